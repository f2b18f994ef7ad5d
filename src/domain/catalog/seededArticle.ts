// The seeded article's stored text (SourceDocument.text), from its print-layout extraction
// (prisma/catalog/source-article.zh.txt). The file's level-one headings are running titles and its byline lines
// page furniture, dropped before paragraphs are formed, so the sentences a page break cut are joined again; its
// level-two headings are the article's own sections. The text ends with the author note that closes the
// article: what the file carries after it (a second, unrelated article and a reprint) is not this document.
import { AUTHOR_NOTE, DEFAULT_BYLINES, normalizeQuote } from './normalizeArticle';
import { layoutText, markdownBlocks, type DocumentText } from './documentText';

const RUNNING_TITLE = /^\s*#\s/;

export function seededArticleText(file: string): DocumentText {
  const lines = file.split(/\r\n|\r|\n/);
  const note = lines.findIndex((line) => normalizeQuote(line) === AUTHOR_NOTE);
  if (note < 0) throw new Error('The article has no closing author note: cannot tell where it ends.');
  const article = lines.slice(0, note + 1).join('\n');
  return layoutText(
    markdownBlocks(article, (line) => RUNNING_TITLE.test(line) || DEFAULT_BYLINES.includes(line.trim())),
  );
}
