// The source article is a print-layout extraction: page breaks split words
// across lines, a running heading and byline are dropped into the middle of a
// sentence, and section titles carry markdown bold markers. After the article's
// closing author note the file goes on with a second, unrelated article, into
// which part of our governance section is printed a second time. Catalog quotes
// are stored clean, so both sides are reduced to the same bare character stream
// before they are compared, and only the article itself counts (mainArticle).

// Only the author's own byline is known to land mid-sentence. Matching it as a
// whole line (not as a substring) keeps the name intact where it might appear
// inside prose.
export const DEFAULT_BYLINES: readonly string[] = ['苗圩'];

// Markdown headings in the extraction are page furniture (running titles and
// section banners), never part of a sentence a quote could span.
const HEADING_LINE = /^\s*#{1,6}\s/;

// `\s` with the `u` flag also covers full-width and non-breaking spaces, which
// the PDF extraction leaves behind around page breaks.
const WHITESPACE = /\s+/gu;
const BOLD_MARKER = /\*\*/g;

export function normalizeQuote(q: string): string {
  return q.replace(WHITESPACE, '').replace(BOLD_MARKER, '');
}

export function normalizeArticle(text: string, bylines: readonly string[] = DEFAULT_BYLINES): string {
  // Lines must be filtered before whitespace is stripped: once the text is one
  // stream, a heading can no longer be told apart from the sentence it interrupts.
  const kept = text.split(/\r\n|\r|\n/).filter((line) => !HEADING_LINE.test(line) && !bylines.includes(line.trim()));
  // Joining with no separator is what rejoins words split by a page break.
  return normalizeQuote(kept.join(''));
}

// The note that closes the article. The reprinted passage copies it too, so its first occurrence is the end.
export const AUTHOR_NOTE = normalizeQuote('(作者为全国政协常委、经济委员会副主任)');

/** The article alone, normalised: everything from its author note on (the second article, the reprint) is cut. */
export function mainArticle(text: string): string {
  const all = normalizeArticle(text);
  const end = all.indexOf(AUTHOR_NOTE);
  if (end < 0) throw new Error('The article has no closing author note: cannot tell where it ends.');
  return all.slice(0, end);
}
