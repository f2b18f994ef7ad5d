// The title of a captured page, read in one forward pass: no character is read more than a bounded number
// of times, so the work grows with the page, and a page built against the reader (`<title<title<title…`,
// which made the regex this replaces quadratic) costs what any page of its size costs. The HTML reader
// follows the tokenizer where it matters for the title: comments, tags with quoted attributes, and elements
// whose content is not markup (script, style, svg…); the first <title> outside them wins. The meter counts
// the steps, for the test that holds the work linear.

export interface ScanMeter {
  steps: number;
}

/** Elements whose content runs to their end tag without markup (raw text, RCDATA, foreign content). */
const OPAQUE = new Set([
  'script',
  'style',
  'xmp',
  'iframe',
  'noembed',
  'noframes',
  'noscript',
  'textarea',
  'svg',
  'math',
]);
const TAG_END = /[\t\n\f\r />]/;
const SPACE = /[\t\n\f\r ]/;
const LETTER = /[A-Za-z]/;

/** A reader over `text` that charges the meter one step per character it moves over or looks at. */
function reader(text: string, meter: ScanMeter) {
  return {
    /** Where `needle` next starts at or after `from`, or -1; indexOf reads that stretch once. */
    seek(needle: string, from: number): number {
      const at = text.indexOf(needle, from);
      meter.steps += (at < 0 ? text.length : at) - from + 1;
      return at;
    },
    /** The first index at or after `from` whose character fails `keep` (or the end). */
    skip(from: number, keep: (c: string) => boolean): number {
      let i = from;
      while (i < text.length && keep(text[i])) i++;
      meter.steps += i - from + 1;
      return i;
    },
  };
}

/** The raw text of the first HTML <title> element, or null when there is none before the end. */
export function htmlTitle(html: string, meter: ScanMeter = { steps: 0 }): string | null {
  const r = reader(html, meter);
  /** Where the end tag `</name` (any case, then a space, / or >) starts, at or after `from`; -1 if none. */
  const endTag = (name: string, from: number): number => {
    for (let at = r.seek('</', from); at >= 0; at = r.seek('</', at + 2)) {
      meter.steps += name.length + 1;
      const next = html[at + 2 + name.length] ?? '';
      if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name && TAG_END.test(next)) return at;
    }
    return -1;
  };
  /** From a tag's name to just past its `>`, over attributes and quoted values; -1 if it never closes. */
  const tagEnd = (from: number): number => {
    for (let i = from; i < html.length;) {
      const c = html[i];
      meter.steps++;
      if (c === '>') return i + 1;
      if (c !== '=') {
        i++;
        continue;
      }
      i = r.skip(i + 1, (ch) => SPACE.test(ch));
      const quote = html[i];
      if (quote === '"' || quote === "'") {
        const close = r.seek(quote, i + 1);
        if (close < 0) return -1;
        i = close + 1;
      }
    }
    return -1;
  };
  for (let i = 0; ;) {
    const lt = r.seek('<', i);
    if (lt < 0) return null;
    const next = html[lt + 1] ?? '';
    const closing = next === '/';
    const nameStart = closing ? lt + 2 : lt + 1;
    if (html.startsWith('!--', lt + 1)) {
      // A comment; `<!-->` and `<!--->` end at once.
      const body = lt + 4;
      const end = html.startsWith('>', body) ? body - 2 : html.startsWith('->', body) ? body - 1 : r.seek('-->', body);
      if (end < 0) return null;
      i = end + 3;
    } else if (next === '!' || next === '?' || (closing && !LETTER.test(html[nameStart] ?? ''))) {
      // A doctype, or a bogus comment: to the next `>`.
      const end = r.seek('>', nameStart);
      if (end < 0) return null;
      i = end + 1;
    } else if (!LETTER.test(html[nameStart] ?? '')) {
      i = lt + 1; // a `<` in text
    } else {
      const nameEnd = r.skip(nameStart, (ch) => !TAG_END.test(ch));
      // Only short names can be ones that matter; a long one is skipped unread.
      const name = nameEnd - nameStart <= 10 ? html.slice(nameStart, nameEnd).toLowerCase() : '';
      i = tagEnd(nameEnd);
      if (i < 0) return null;
      if (closing) continue;
      if (name === 'title') {
        const end = endTag('title', i);
        return end < 0 ? null : html.slice(i, end);
      }
      if (name === 'plaintext') return null;
      if (OPAQUE.has(name)) {
        i = endTag(name, i);
        if (i < 0) return null;
      }
    }
  }
}

/** A PDF's first /Title literal of 1 to 500 characters, as the regex `/Title\s*\(([^)]{1,500})\)` read it. */
export function pdfTitle(text: string, meter: ScanMeter = { steps: 0 }): string | null {
  const r = reader(text, meter);
  // The next `)` after the last `(` looked at: found once, reused while it is still ahead.
  let close = -2;
  for (let from = 0; ;) {
    const at = r.seek('/Title', from);
    if (at < 0) return null;
    const open = r.skip(at + 6, (ch) => /\s/.test(ch));
    from = open;
    if (text[open] !== '(') continue;
    from = open + 1;
    if (close !== -1 && close <= open) close = r.seek(')', open + 1);
    if (close < 0) return null;
    if (close - open - 1 >= 1 && close - open - 1 <= 500) return text.slice(open + 1, close);
  }
}
