// The search normalisation, as the migration's tracker_search_normalize writes it in SQL (documents are
// normalised by PostgreSQL, queries here): tests/search/normalize.test.ts holds the two to the same output.
// NFKC (full-width to half-width), lower case (ICU's root rules on both sides), every character that is
// neither a letter nor a decimal digit a space, and no space between two CJK characters.

/** The CJK ranges, exactly as the migration lists them: each such character is indexed alone and in pairs. */
const CJK_RANGES =
  '\u1100-\u11FF\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF' +
  '\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\u{20000}-\u{3FFFF}';
const NOT_WORD = /[^\p{L}\p{Nd}]+/gu;
const SPACE_IN_CJK = new RegExp(`([${CJK_RANGES}]) (?=[${CJK_RANGES}])`, 'gu');
/** A run of CJK characters, or a run of other word characters. */
const RUN = new RegExp(`[${CJK_RANGES}]+|[^${CJK_RANGES} ]+`, 'gu');
const CJK = new RegExp(`^[${CJK_RANGES}]`, 'u');

export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(NOT_WORD, ' ').replace(SPACE_IN_CJK, '$1').trim();
}

/** One unit a query word is made of: a Latin (or other non-CJK) word, or a run of CJK characters. */
export interface Term {
  text: string;
  cjk: boolean;
}

/** The words of normalised text (split at spaces), each as its runs of one script. */
export const wordsOf = (normalized: string): Term[][] =>
  normalized
    ? normalized.split(' ').map((w) => (w.match(RUN) ?? []).map((text) => ({ text, cjk: CJK.test(text) })))
    : [];
