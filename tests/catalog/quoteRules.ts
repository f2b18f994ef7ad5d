// The rules every catalog quote follows, as one function, so that the catalog test can also show that a quote
// breaking one of them would be caught.
import { normalizeQuote } from '../../src/domain/catalog/normalizeArticle';
import type { CatalogFile, CatalogRecord } from '../../prisma/catalogFile';

/**
 * The quote rule: a quote is the measure's own words, verbatim, without the punctuation that closes its
 * clause or sentence. Most measures are clauses of a longer sentence, ended in the article by "，" or "；", so
 * a closing mark is never part of the measure; leaving every one off is the one rule that fits them all.
 */
const CLOSING_PUNCTUATION = /[。，；：、！？]$/u;

/** Where each theme's paragraph starts: its bold title and full stop survive normalisation. */
function themeSpans(catalog: CatalogFile, article: string): Map<string, [number, number]> {
  const starts = [...catalog.themes]
    .sort((a, b) => a.sortOrder - b.sortOrder)
    .map((t) => ({ code: t.code, start: article.indexOf(`${t.nameZh}。`) }));
  return new Map(starts.map((t, i) => [t.code, [t.start, starts[i + 1]?.start ?? article.length]]));
}

/** What is wrong with each record's quote, against the main article (mainArticle): none when all is well. */
export function quoteProblems(catalog: CatalogFile, article: string, records: CatalogRecord[]): string[] {
  const spans = themeSpans(catalog, article);
  const problems: string[] = [];
  for (const r of records) {
    const [start, end] = spans.get(r.theme) ?? [-1, -1];
    const at = article.indexOf(r.quote, Math.max(start, 0));
    if (normalizeQuote(r.quote) !== r.quote) problems.push(`${r.code}: layout characters in the quote`);
    else if (CLOSING_PUNCTUATION.test(r.quote)) problems.push(`${r.code}: ends with closing punctuation`);
    else if (!article.includes(r.quote)) problems.push(`${r.code}: not in the article`);
    else if (start < 0 || at < 0 || at + r.quote.length > end) problems.push(`${r.code}: outside its theme`);
  }
  return problems;
}
