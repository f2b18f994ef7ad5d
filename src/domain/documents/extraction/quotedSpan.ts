// Where a record's quote sits in its document's stored text, so that the extraction does not propose it again.
import { normalizeQuote } from '../../catalog/normalizeArticle';

/**
 * The first span of `text` that reads as `quote` under the quote normalisation (whitespace and bold markers
 * aside), or null when the text has none.
 */
export function quotedSpan(text: string, quote: string): { start: number; end: number } | null {
  const q = normalizeQuote(quote);
  if (!q) return null;
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i]!) || (text[i] === '*' && (text[i + 1] === '*' || text[i - 1] === '*'))) continue;
    chars += text[i];
    at.push(i);
  }
  const from = chars.indexOf(q);
  return from < 0 ? null : { start: at[from]!, end: at[from + q.length - 1]! + 1 };
}
