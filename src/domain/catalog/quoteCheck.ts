// The one quote rule, for every document: a top-level record's quote is a verbatim span of its document's stored
// text, under the seeded article's normalisation (normalizeQuote: whitespace and bold markers aside). A quote
// that is not gets the closest span the text does contain, so that the curator can see what differs.
import { badInput } from '../../errors';
import { normalizeQuote } from './normalizeArticle';
import type { Span } from './documentText';

/** The text as normalizeQuote reduces it, with each kept character's offset in the stored text. */
interface Stream {
  readonly chars: string;
  readonly at: readonly number[];
}

function streamOf(text: string): Stream {
  let chars = '';
  const at: number[] = [];
  for (let i = 0; i < text.length; i++) {
    if (/\s/u.test(text[i]!)) continue;
    chars += text[i];
    at.push(i);
  }
  // normalizeQuote drops whitespace first and then every `**`, left to right: the same here, offsets kept.
  let kept = '';
  const keptAt: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '*' && chars[i + 1] === '*') {
      i++;
      continue;
    }
    kept += chars[i];
    keptAt.push(at[i]!);
  }
  return { chars: kept, at: keptAt };
}

const spanIn = (stream: Stream, from: number, length: number, text: string): Span => ({
  start: stream.at[from]!,
  end: length ? stream.at[from + length - 1]! + 1 : (stream.at[from] ?? text.length),
});

/** Where the quote is in the stored text (its first occurrence), or null when it is not verbatim there. */
export const findQuote = (text: string, quote: string): Span | null => quoteLocator(text)(quote);

/** findQuote for many quotes of one text: the text is reduced once. */
export function quoteLocator(text: string): (quote: string) => Span | null {
  const stream = streamOf(text);
  return (quote) => {
    const q = normalizeQuote(quote);
    if (!q) return null;
    const from = stream.chars.indexOf(q);
    return from < 0 ? null : spanIn(stream, from, q.length, text);
  };
}

/**
 * The span of the text most like the quote: the alignment that the most of the quote's character pairs agree on
 * (an edited word moves few of them), as long as the quote. Linear in the text.
 */
export function closestSpan(text: string, quote: string): string {
  const q = normalizeQuote(quote);
  const stream = streamOf(text);
  if (!q || !stream.chars) return '';
  const pairs = new Map<string, number[]>();
  for (let j = 0; j + 1 < q.length; j++) pairs.set(q.slice(j, j + 2), [...(pairs.get(q.slice(j, j + 2)) ?? []), j]);
  const votes = new Map<number, number>();
  let best = 0;
  let bestVotes = 0;
  for (let p = 0; p + 1 < stream.chars.length; p++) {
    for (const j of pairs.get(stream.chars.slice(p, p + 2)) ?? []) {
      const start = p - j;
      const n = (votes.get(start) ?? 0) + 1;
      votes.set(start, n);
      if (n > bestVotes) [best, bestVotes] = [start, n];
    }
  }
  const from = Math.max(0, Math.min(best, stream.chars.length - 1));
  const length = Math.min(q.length, stream.chars.length - from);
  const span = spanIn(stream, from, length, text);
  return text.slice(span.start, span.end);
}

interface QuotedDocument {
  readonly slug: string;
  readonly text: string;
}

/** Refuses (BAD_USER_INPUT, field `quote`) a quote that is not a verbatim span of the document's text. */
export function assertVerbatim(doc: QuotedDocument, quote: string, field = 'quote'): void {
  if (!doc.text)
    throw badInput(`Document ${doc.slug} has no stored text to quote from: give it one with reviseSourceDocument.`, {
      field,
    });
  if (findQuote(doc.text, quote)) return;
  const closest = closestSpan(doc.text, quote);
  throw badInput(
    `The quote is not verbatim in document ${doc.slug}. The closest span its text contains is “${closest}”.`,
    { field },
  );
}
