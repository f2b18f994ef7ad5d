// A search string as a tsquery over the search documents (migration 20261201201000_raw_search): its words,
// all of which must match, in any order, anywhere in a record; each word, or phrase of the synonym list,
// one group of alternatives. A Latin word matches a word that starts with it (at least three characters;
// shorter ones match whole words, so that "AI" does not find "aim"); CJK text matches as a substring.
import synonymFile from './synonyms.json';
import { normalizeSearchText, wordsOf, type Term } from './normalize';

/** One alternative: terms that must all match. */
type Alternative = Term[];
/** A query: groups that must all match, each by any of its alternatives. */
export interface SearchQuery {
  groups: Alternative[][];
}

/** The most words a search may have: each costs the index a lookup. */
export const MAX_SEARCH_WORDS = 16;
/** The longest search, in characters. */
export const MAX_SEARCH_CHARS = 200;

interface Synonym {
  words: string[];
  alternatives: Alternative[];
}

/** Each synonym group's members, normalised as queries are, with the group's alternatives. */
const SYNONYMS: Synonym[] = synonymFile.groups.flatMap((members) => {
  const normalized = members.map((m) => normalizeSearchText(m));
  const alternatives = normalized.map((n) => wordsOf(n).flat());
  return normalized.map((n) => ({ words: n.split(' '), alternatives }));
});

const matchesAt = (words: string[], i: number, s: Synonym) => s.words.every((w, k) => words[i + k] === w);

/** The search's groups (none when nothing is left after normalisation: the search then matches every record). */
export function parseSearch(search: string): SearchQuery {
  const normalized = normalizeSearchText(search);
  const terms = wordsOf(normalized);
  const words = normalized ? normalized.split(' ') : [];
  const groups: Alternative[][] = [];
  for (let i = 0; i < words.length;) {
    const synonym = SYNONYMS.filter((s) => matchesAt(words, i, s)).sort((a, b) => b.words.length - a.words.length)[0];
    groups.push(synonym ? synonym.alternatives : [terms[i]]);
    i += synonym ? synonym.words.length : 1;
  }
  return { groups };
}

export const countWords = (search: string): number => wordsOf(normalizeSearchText(search)).length;

const lexeme = (text: string, weights: string, prefix = false) =>
  `'${text.replace(/\\/g, '\\\\').replace(/'/g, "''")}':${prefix ? '*' : ''}${weights}`;

/**
 * A term in tsquery syntax, restricted to `weights` ('' for any). A CJK run of three or more characters:
 * its bigrams (which the index serves) and the phrase of its characters (exact: consecutive positions).
 */
function termQuery(t: Term, weights: string): string {
  if (!t.cjk) return lexeme(t.text, weights, [...t.text].length >= 3);
  const chars = [...t.text];
  if (chars.length <= 2) return lexeme(t.text, weights);
  const bigrams = chars.slice(1).map((c, i) => lexeme(chars[i] + c, weights));
  return `(${bigrams.join(' & ')} & (${chars.map((c) => lexeme(c, weights)).join(' <-> ')}))`;
}

const groupQuery = (g: Alternative[], weights: string) =>
  `(${g.map((a) => `(${a.map((t) => termQuery(t, weights)).join(' & ')})`).join(' | ')})`;

/** The whole query: every group. */
export const tsqueryOf = (q: SearchQuery, weights = ''): string =>
  q.groups.map((g) => groupQuery(g, weights)).join(' & ');
/** Any group (in tokens of these weights): what a single field must match to be named in searchMatches. */
export const anyGroupTsquery = (q: SearchQuery, weights = ''): string =>
  q.groups.map((g) => groupQuery(g, weights)).join(' | ');
/** One group each, restricted to the fields of each relevance class (weights, migration's header). */
export const rankTsqueries = (q: SearchQuery): string[] =>
  q.groups.flatMap((g) => ['A', 'AB', 'ABC'].map((w) => groupQuery(g, w)));

/** The words a field's excerpt is centred on: every term's text. */
export const excerptTerms = (q: SearchQuery): string[] =>
  q.groups.flatMap((g) => g.flatMap((a) => a.map((t) => t.text)));
