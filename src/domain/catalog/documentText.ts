// A document's stored text: what every format (plain text, Markdown, HTML, PDF, DOCX) is reduced to, and what
// quotes, sections and candidates count offsets in (UTF-16 code units of `text`, end exclusive). Each parser turns
// its format into blocks (headings and paragraphs of runs); this file lays them out one way for all of them, so
// that the same document sent as Markdown or as DOCX is stored the same, and its hash refuses the second.
import { createHash } from 'node:crypto';
import { normalizeQuote } from './normalizeArticle';

export interface TextRun {
  readonly text: string;
  readonly bold?: boolean;
}

export type TextBlock =
  | { readonly kind: 'heading'; readonly level: number; readonly text: string }
  | { readonly kind: 'paragraph'; readonly runs: readonly TextRun[] };

export type Section = {
  readonly heading: string;
  /** 1 is the document's top level (the highest heading level it uses), 2 the one below, … */
  readonly level: number;
  /** The heading's first character. */
  readonly start: number;
  /** Where the next heading of the same or a higher level starts, or the text's end. */
  readonly end: number;
};

export type Span = {
  readonly start: number;
  readonly end: number;
};

export interface DocumentText {
  readonly text: string;
  readonly sections: Section[];
  readonly emphasis: Span[];
}

// Han ideographs and the CJK punctuation and full-width forms that sit between them.
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
// Marks that end a Chinese sentence or clause: a paragraph ending otherwise was cut by a page or line break.
const CJK_END = /[。！？；：”」』）…]$/u;
// Zero-width and soft-hyphen characters that PDF and HTML extraction leave behind.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/gu;

const clean = (raw: string) => raw.normalize('NFC').replace(INVISIBLE, '');

/**
 * One paragraph's or heading's characters: line breaks and runs of spaces become one space, and none between two
 * CJK characters (a line break inside a Chinese sentence is layout). Bold runs keep their place in the result.
 */
function normalizeRuns(runs: readonly TextRun[]): { text: string; bold: Span[] } {
  let text = '';
  let pendingSpace = false;
  const bold: Span[] = [];
  for (const run of runs) {
    let first = -1;
    for (const ch of clean(run.text)) {
      if (/\s/u.test(ch)) {
        pendingSpace = text.length > 0;
        continue;
      }
      if (pendingSpace && !(CJK.test(text.at(-1)!) && CJK.test(ch))) text += ' ';
      pendingSpace = false;
      if (first < 0) first = text.length;
      text += ch;
    }
    if (run.bold && first >= 0) bold.push({ start: first, end: text.length });
  }
  return { text, bold };
}

/** A heading's or a line's text, normalised as a paragraph's is. */
const normalizeLine = (raw: string) => normalizeRuns([{ text: raw }]).text;

interface Laid {
  kind: 'heading' | 'paragraph';
  level: number;
  text: string;
  bold: Span[];
}

function toLaid(block: TextBlock): Laid | null {
  if (block.kind === 'heading') {
    const text = normalizeLine(block.text);
    return text ? { kind: 'heading', level: block.level, text, bold: [] } : null;
  }
  const { text, bold } = normalizeRuns(block.runs);
  return text ? { kind: 'paragraph', level: 0, text, bold } : null;
}

/** A paragraph of Chinese text cut by a page break continues in the next one: they are one paragraph again. */
function continues(previous: Laid | undefined, next: Laid): boolean {
  return (
    previous?.kind === 'paragraph' &&
    next.kind === 'paragraph' &&
    CJK.test(previous.text.at(-1)!) &&
    !CJK_END.test(previous.text) &&
    CJK.test(next.text[0]!)
  );
}

/** Lays the blocks out as the stored text: one block per paragraph, separated by a blank line. */
export function layoutText(blocks: readonly TextBlock[]): DocumentText {
  const laid: Laid[] = [];
  for (const block of blocks) {
    const next = toLaid(block);
    if (!next) continue;
    const previous = laid.at(-1);
    if (previous && continues(previous, next)) {
      const offset = previous.text.length;
      previous.text += next.text;
      previous.bold.push(...next.bold.map((s) => ({ start: s.start + offset, end: s.end + offset })));
    } else laid.push(next);
  }
  let text = '';
  const emphasis: Span[] = [];
  const headings: { heading: string; rawLevel: number; start: number }[] = [];
  for (const block of laid) {
    if (text) text += '\n\n';
    if (block.kind === 'heading') headings.push({ heading: block.text, rawLevel: block.level, start: text.length });
    emphasis.push(...block.bold.map((s) => ({ start: s.start + text.length, end: s.end + text.length })));
    text += block.text;
  }
  return { text, sections: sectionsOf(headings, text.length), emphasis };
}

function sectionsOf(headings: { heading: string; rawLevel: number; start: number }[], length: number): Section[] {
  const levels = [...new Set(headings.map((h) => h.rawLevel))].sort((a, b) => a - b);
  return headings.map((h, i) => {
    const next = headings.slice(i + 1).find((o) => o.rawLevel <= h.rawLevel);
    return { heading: h.heading, level: levels.indexOf(h.rawLevel) + 1, start: h.start, end: next?.start ?? length };
  });
}

/** The top-level sections: one theme each when a document is added without themes. */
export const topLevelSections = (sections: readonly Section[]) => sections.filter((s) => s.level === 1);

/** SHA-256 (hex) of the text under the quote normalisation: the same document, however laid out, hashes the same. */
export const contentHashOf = (text: string) => createHash('sha256').update(normalizeQuote(text)).digest('hex');

// Markdown, as far as documents use it: ATX headings and bold. Lists, quotes and rules are paragraphs.
const ATX_HEADING = /^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const BOLD = /\*\*(.+?)\*\*|__(.+?)__/gu;

function markdownRuns(paragraph: string): TextRun[] {
  const runs: TextRun[] = [];
  let at = 0;
  for (const m of paragraph.matchAll(BOLD)) {
    if (m.index > at) runs.push({ text: paragraph.slice(at, m.index) });
    runs.push({ text: m[1] ?? m[2]!, bold: true });
    at = m.index + m[0].length;
  }
  if (at < paragraph.length) runs.push({ text: paragraph.slice(at) });
  return runs;
}

/**
 * Markdown (and plain text, which is Markdown without marks) into blocks. `dropLine` removes page furniture
 * (running titles, bylines) before paragraphs are formed, so the sentence a page break cut is joined again.
 */
export function markdownBlocks(source: string, dropLine: (line: string) => boolean = () => false): TextBlock[] {
  const blocks: TextBlock[] = [];
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: markdownRuns(paragraph.join('\n')) });
    paragraph = [];
  };
  for (const line of source.split(/\r\n|\r|\n/)) {
    if (dropLine(line)) continue;
    const heading = ATX_HEADING.exec(line);
    if (heading) {
      flush();
      blocks.push({ kind: 'heading', level: heading[1]!.length, text: heading[2]!.replace(BOLD, '$1$2') });
    } else if (!line.trim()) flush();
    else paragraph.push(line);
  }
  flush();
  return blocks;
}

/** Plain text: paragraphs at blank lines, no headings, no emphasis (asterisks are kept as written). */
export function plainTextBlocks(source: string): TextBlock[] {
  return source
    .split(/(?:\r\n|\r|\n)\s*(?:\r\n|\r|\n)/)
    .map((p): TextBlock => ({ kind: 'paragraph', runs: [{ text: p }] }));
}
