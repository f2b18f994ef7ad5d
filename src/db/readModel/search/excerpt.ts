// A field's excerpt for searchMatches: about 80 characters of the original text around the first place a
// search term occurs, found in a character-by-character normalised copy (so full-width and case differ
// from the term without moving the offsets); the start of the text when no single term is found as typed.
import { normalizeSearchText } from './normalize';

const WIDTH = 80;
const BEFORE = 24;

export function excerptOf(text: string, terms: string[]): string {
  const chars = [...text.replace(/\s+/g, ' ')];
  const folded = chars.map((c) => [...(normalizeSearchText(c) || ' ')][0]).join('');
  const found = terms.map((t) => folded.indexOf(t)).filter((i) => i >= 0);
  // indexOf counts UTF-16 units of `folded`, whose characters are one unit each but for the astral ones.
  const at = found.length ? [...folded.slice(0, Math.min(...found))].length : 0;
  const start = Math.max(0, Math.min(at - BEFORE, chars.length - WIDTH));
  const end = Math.min(chars.length, start + WIDTH);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('').trim()}${end < chars.length ? '…' : ''}`;
}
