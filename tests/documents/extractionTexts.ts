// The two texts the extraction's targets are measured on, laid out as documents store them
// (src/domain/catalog/documentText.ts): the seeded article as the seed stores it, and the second, unrelated
// article its source file carries after the author note, without the reprint of our governance section that is
// glued into it (prisma/catalog, the catalog test).
import fs from 'node:fs';
import { articlePath, readCatalog } from '../../prisma/catalogFile';
import { layoutText, markdownBlocks, type DocumentText } from '../../src/domain/catalog/documentText';
import { AUTHOR_NOTE, normalizeQuote } from '../../src/domain/catalog/normalizeArticle';
import { seededArticleText } from '../../src/domain/catalog/seededArticle';

const file = fs.readFileSync(articlePath, 'utf8');

export const seededArticle: DocumentText = seededArticleText(file);

/** The second article: after the first author note, minus the reprint (which runs to the note's second copy). */
export function secondArticle(): DocumentText {
  const lines = file.split(/\r\n|\r|\n/);
  const notes = lines.flatMap((line, i) => (normalizeQuote(line) === AUTHOR_NOTE ? [i] : []));
  const reprint = lines.findIndex((line) => line.startsWith('容的试验环境'));
  if (notes.length !== 2 || reprint < notes[0]!) throw new Error('The source file is not laid out as expected.');
  const text = [...lines.slice(notes[0]! + 1, reprint), ...lines.slice(notes[1]! + 1)].join('\n');
  // Its running title and its author's byline are page furniture, as the seeded article's are.
  return layoutText(markdownBlocks(text, (line) => /^\s*#\s/.test(line) || line.trim() === '王波'));
}

/** Catalog revision 3's live top-level records: code and quote. */
export const catalogQuotes = () => readCatalog().recommendations.map((r) => ({ code: r.code, quote: r.quote }));

/** The measure: a candidate covers a quote when it contains it and is at most twice its length. */
export const covers = (candidate: { quote: string }, quote: string) =>
  candidate.quote.includes(quote) && candidate.quote.length <= 2 * quote.length;
