// Proposes candidate measures from a document's stored text: pure, no database. A policy text states its measures
// as directive clauses ("应加快完善相关制度安排", "Agencies shall publish…"); facts, figures, reported speech and
// rationale are not measures. The word lists are data (rules.json); this file is how they are applied.
import { RULES, wordAt, type ChineseRules, type EnglishRules, type ExtractionRules } from './rules';

export interface ExtractionInput {
  /** The stored text (SourceDocument.text): paragraphs separated by blank lines, headings on lines of their own. */
  readonly text: string;
  /** The document's language: 'zh' (Chinese), 'en' (English); anything else proposes nothing. */
  readonly language: string;
  readonly sections?: readonly { readonly heading: string; readonly start: number; readonly end: number }[];
  /** Bold spans of `text`: a bold sentence heading a paragraph names what the paragraph's measures are about. */
  readonly emphasis?: readonly { readonly start: number; readonly end: number }[];
}

export interface ExtractedCandidate {
  /** Verbatim: text.slice(start, end). */
  readonly quote: string;
  /** UTF-16 code units of the text, end exclusive. */
  readonly start: number;
  readonly end: number;
  /** The innermost document heading above it, if any. */
  readonly sectionHeading: string | null;
  /** What it is about: the bold lead of its paragraph, else its section's heading (a theme's name, often). */
  readonly suggestedTheme: string | null;
  /** Short, in the document's language. */
  readonly suggestedTitle: string;
  /** 0 to 1: how sure the rules are that this is a measure. */
  readonly confidence: number;
  /** Which rules proposed it, in words. */
  readonly reason: string;
}

interface Range {
  start: number;
  end: number;
}

/** Every candidate of the document, in text order, none overlapping. */
export function extractCandidates(input: ExtractionInput, rules: ExtractionRules = RULES): ExtractedCandidate[] {
  const lang = input.language.toLowerCase();
  if (lang.startsWith('zh')) return extractChinese(input, rules.zh);
  if (lang.startsWith('en')) return extractEnglish(input, rules.en);
  return [];
}

// ---- Shared layout ------------------------------------------------------------------------------------------

/** The text's lines that are prose: not blank, not a heading line (Markdown, or a section's own heading). */
function proseLines(input: ExtractionInput): Range[] {
  const headingStarts = new Set((input.sections ?? []).map((s) => s.start));
  const lines: Range[] = [];
  let at = 0;
  for (const line of input.text.split('\n')) {
    const start = at;
    at += line.length + 1;
    if (!line.trim() || headingStarts.has(start) || /^\s*#{1,6}\s/.test(line)) continue;
    lines.push({ start, end: start + line.length });
  }
  return lines;
}

function sectionAt(input: ExtractionInput, at: number): string | null {
  let best: { heading: string; start: number; end: number } | null = null;
  for (const s of input.sections ?? []) if (s.start <= at && at < s.end && (!best || s.start >= best.start)) best = s;
  return best?.heading ?? null;
}

/** Moves a range's ends inward past whitespace. */
function trimmed(text: string, r: Range): Range {
  let { start, end } = r;
  while (start < end && /\s/u.test(text[start]!)) start++;
  while (end > start && /\s/u.test(text[end - 1]!)) end--;
  return { start, end };
}

const round2 = (n: number) => Math.round(Math.min(1, Math.max(0, n)) * 100) / 100;

// ---- Chinese ------------------------------------------------------------------------------------------------

// A private-use character: never in a stored text, so a masked span can only be speech.
const SPEECH = '\ue000';
const SENTENCE_END = /[。！？!?]/u;
const SEGMENT_END = /[。！？；：!?;:\ue000]/u;
const OPENERS: Record<string, string> = { '“': '”', '（': '）', '(': ')', '《': '》', '「': '」', '‘': '’' };

/**
 * Reported speech (a leader's words after "指出：", and a quotation that follows one directly) is masked: it is
 * cited as the reason for measures, never a measure of this document. Offsets are kept, the characters hidden.
 */
function maskSpeech(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  let i = 0;
  let lastSpeechEnd = -1;
  while ((i = text.indexOf('“', i)) >= 0) {
    const close = text.indexOf('”', i + 1);
    if (close < 0) break;
    let before = i - 1;
    while (before >= 0 && /\s/u.test(text[before]!)) before--;
    const isSpeech = text[before] === '：' || text[before] === ':' || lastSpeechEnd === i;
    if (isSpeech) {
      parts.push(text.slice(copied, i), SPEECH.repeat(close + 1 - i));
      copied = close + 1;
      lastSpeechEnd = close + 1;
    }
    i = close + 1;
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** Splits [start, end) of `text` at the characters `at` matches, outside brackets and quotation marks. */
function splitOutside(text: string, r: Range, at: RegExp): Range[] {
  const parts: Range[] = [];
  const stack: string[] = [];
  let from = r.start;
  for (let i = r.start; i < r.end; i++) {
    const ch = text[i]!;
    if (OPENERS[ch]) stack.push(OPENERS[ch]);
    else if (stack.length && ch === stack.at(-1)) stack.pop();
    else if (!stack.length && at.test(ch)) {
      parts.push({ start: from, end: i });
      from = i + 1;
    }
  }
  parts.push({ start: from, end: r.end });
  return parts.map((p) => trimmed(text, p)).filter((p) => p.end > p.start);
}

type ClauseKind = 'time' | 'purpose' | 'result' | 'leadIn' | 'directive' | 'effect' | 'declarative' | 'other';

interface Clause extends Range {
  text: string;
  kind: ClauseKind;
  /** The words that decided the kind. */
  words: string[];
  /** A modal (应, 要, 必须…) opens it. */
  modal: boolean;
}

/** Skips a subject, a modal and adverbs at `at`: where the verb of a directive clause would begin. */
function verbStart(c: string, rules: ChineseRules): { at: number; modal: string | undefined } {
  let at = 0;
  const subject = wordAt(c, at, rules.subjects);
  if (subject) at += subject.length;
  let modal: string | undefined;
  const m = wordAt(c, at, rules.modals);
  if (m && !wordAt(c, at, rules.notModals)) {
    modal = m;
    at += m.length;
  }
  for (let adverb = wordAt(c, at, rules.adverbs); adverb; adverb = wordAt(c, at, rules.adverbs)) at += adverb.length;
  return { at, modal };
}

/** The first of `words` that `c` contains anywhere, unless only as part of a longer word of `not` (了 in 了解). */
function hasAny(c: string, words: readonly string[], not: readonly string[] = []): string | undefined {
  const inLonger = (w: string, i: number) => not.some((n) => n.includes(w) && c.startsWith(n, i - n.indexOf(w)));
  for (const w of words) for (let i = c.indexOf(w); i >= 0; i = c.indexOf(w, i + 1)) if (!inLonger(w, i)) return w;
  return undefined;
}

/** A directive verb inside a lead-in clause, opened by an adverb or modal ("在…领域先行开展…"). */
function innerDirective(c: string, rules: ChineseRules): string | undefined {
  for (let i = 1; i < c.length; i++) {
    const opener = wordAt(c, i, rules.adverbs) ?? wordAt(c, i, rules.modals);
    if (!opener || wordAt(c, i, rules.notModals)) continue;
    let at = i + opener.length;
    for (let adverb = wordAt(c, at, rules.adverbs); adverb; adverb = wordAt(c, at, rules.adverbs)) at += adverb.length;
    const verb = wordAt(c, at, rules.directives);
    if (verb) return `${opener}${verb}`;
  }
  return undefined;
}

function classify(text: string, r: Range, rules: ChineseRules): Clause {
  const c = text.slice(r.start, r.end);
  const clause = (kind: ClauseKind, words: string[] = [], modal = false): Clause => ({
    ...r,
    text: c,
    kind,
    words,
    modal,
  });
  const time = wordAt(c, 0, rules.times);
  if (time && c.length <= time.length + 1) return clause('time', [time]);
  const purpose = wordAt(c, 0, rules.purposes);
  if (purpose) return clause('purpose', [purpose]);
  const result = wordAt(c, 0, rules.results);
  if (result) return clause('result', [result]);
  const subject = wordAt(c, 0, rules.subjects)?.length ?? 0;
  const lead = wordAt(c, subject, rules.leadIns);
  if (lead && !wordAt(c, subject, rules.notLeadIns)) {
    const inner = innerDirective(c, rules);
    return inner ? clause('directive', [lead, inner]) : clause('leadIn', [lead]);
  }
  const { at, modal } = verbStart(c, rules);
  const effect = wordAt(c, at, rules.effects);
  const directive = wordAt(c, at, rules.directives);
  if (modal) return clause('directive', [modal, ...(directive ? [directive] : [])], true);
  if (effect && (!directive || effect.length >= directive.length)) return clause('effect', [effect]);
  if (directive) return clause('directive', [directive]);
  const declarative = hasAny(c, rules.declaratives, rules.notFactMarkers);
  if (declarative) return clause('declarative', [declarative]);
  return clause('other');
}

interface Unit {
  clauses: Clause[];
  /** Set when the next directive clause belongs to this unit (a short headline, or a "加大…力度" frame). */
  takesNext: boolean;
}

/**
 * The measures of one segment (a sentence, or a part of one between "；"): each begins at a directive clause,
 * with the lead-in before it, and runs on over the clauses that elaborate it.
 */
function segmentUnits(text: string, seg: Range, rules: ChineseRules): Clause[][] {
  const segText = text.slice(seg.start, seg.end);
  // A report of what was done ("实现了…") is a fact, not a measure.
  if (hasAny(segText, rules.factMarkers, rules.notFactMarkers)) return [];
  const clauses = splitOutside(text, seg, /[，,]/u).map((r) => classify(text, r, rules));
  const units: Unit[] = [];
  let current: Unit | null = null;
  let lead: Clause[] = [];
  let purpose: Clause | null = null;
  const open = (c: Clause) => {
    const takesNext =
      c.kind === 'directive' &&
      (c.end - c.start <= rules.shortClauseMaxChars || rules.frameEndings.some((f) => c.text.endsWith(f)));
    current = { clauses: [...lead, c], takesNext };
    units.push(current);
    lead = [];
  };
  for (const c of clauses) {
    const cur = current as Unit | null;
    if (c.kind === 'time' && !cur && !lead.length) continue;
    if (c.kind === 'leadIn') {
      current = null;
      lead.push(c);
      continue;
    }
    if (c.kind === 'directive' || (c.kind === 'effect' && !cur)) {
      if (cur?.takesNext && !lead.length) {
        cur.clauses.push(c);
        cur.takesNext = rules.frameEndings.some((f) => c.text.endsWith(f));
      } else open(c);
      continue;
    }
    if (c.kind === 'effect' || (c.kind === 'other' && cur)) {
      cur!.clauses.push(c);
      cur!.takesNext = false;
      continue;
    }
    if (c.kind === 'other' && lead.length) {
      lead.push(c);
      continue;
    }
    if (c.kind === 'purpose' && cur) {
      purpose = c;
      break;
    }
    // A declarative clause, a result, or anything else before a measure began: the segment states, it does not direct.
    if (!units.length) return [];
    // "…，是…的关键路径": what came before was the subject of a statement.
    if (c.kind === 'declarative' && wordAt(c.text, 0, rules.copulaStarts)) return [];
    break;
  }
  // A closing purpose ("让…") belongs to the one measure it follows; after several it is the aim of them all.
  if (purpose && units.length === 1) units[0]!.clauses.push(purpose);
  return units.map((u) => u.clauses);
}

/**
 * The segments of a paragraph: its sentences, cut again at "；" and "：". A sentence that opens with an example
 * marker ("比如，…；…；等等") illustrates what was done, to its full stop: none of its segments is a measure.
 */
function segmentsOf(text: string, r: Range, rules: ChineseRules): Range[] {
  return splitOutside(text, r, SENTENCE_END)
    .filter((s) => !wordAt(text, s.start, rules.exampleMarkers))
    .flatMap((s) => splitOutside(text, s, SEGMENT_END));
}

/** The bold sentence a paragraph opens with, if any. */
function boldLead(input: ExtractionInput, line: Range): Range | null {
  const first = trimmed(input.text, line).start;
  const span = (input.emphasis ?? []).find((e) => e.start === first && e.end <= line.end);
  return span ? { start: span.start, end: span.end } : null;
}

function chineseTitle(unit: Clause[], rules: ChineseRules): string {
  const main = unit.find((c) => c.kind === 'directive' || c.kind === 'effect') ?? unit[0]!;
  let title = main.text;
  const subject = wordAt(title, 0, rules.subjects);
  if (subject) title = title.slice(subject.length);
  const modal = wordAt(title, 0, rules.modals);
  if (modal && !wordAt(title, 0, rules.notModals)) title = title.slice(modal.length);
  title = title.replace(/[。；，：]+$/u, '');
  return [...title].length > 30 ? `${[...title].slice(0, 29).join('')}…` : title;
}

function chineseCandidate(
  input: ExtractionInput,
  unit: Clause[],
  theme: string | null,
  rules: ChineseRules,
): ExtractedCandidate {
  const start = unit[0]!.start;
  const end = unit.at(-1)!.end;
  const main = unit.find((c) => c.kind === 'directive' || c.kind === 'effect') ?? unit[0]!;
  const section = sectionAt(input, start);
  let confidence = 0.55;
  const why: string[] = [];
  if (main.modal) {
    confidence += 0.2;
    why.push(`modal ${main.words[0]} opens a directive clause`);
  } else why.push(`directive verb ${main.words.join('…')} opens a clause`);
  if (theme && theme !== section) {
    confidence += 0.15;
    why.push(`in a paragraph led by the bold sentence ${theme}`);
  }
  if (unit.length > 3) confidence -= 0.1;
  return {
    quote: input.text.slice(start, end),
    start,
    end,
    sectionHeading: section,
    suggestedTheme: theme ?? section,
    suggestedTitle: chineseTitle(unit, rules),
    confidence: round2(confidence),
    reason: why.join('; '),
  };
}

function extractChinese(input: ExtractionInput, rules: ChineseRules): ExtractedCandidate[] {
  const masked = maskSpeech(input.text);
  const out: ExtractedCandidate[] = [];
  for (const line of proseLines(input)) {
    const lead = boldLead(input, line);
    const leadText = lead ? input.text.slice(lead.start, lead.end).replace(/[。！？]$/u, '') : null;
    const body = { start: lead ? lead.end : line.start, end: line.end };
    const found: ExtractedCandidate[] = [];
    for (const seg of segmentsOf(masked, body, rules))
      for (const unit of segmentUnits(masked, seg, rules)) found.push(chineseCandidate(input, unit, leadText, rules));
    // A bold lead that directs and whose paragraph proposes nothing else is the measure itself.
    if (lead && !found.length)
      for (const seg of segmentsOf(masked, lead, rules))
        for (const unit of segmentUnits(masked, seg, rules)) out.push(chineseCandidate(input, unit, null, rules));
    out.push(...found);
  }
  return out.map((c) => ({ ...c, quote: input.text.slice(c.start, c.end) }));
}

// ---- English ------------------------------------------------------------------------------------------------

const LIST_MARKER = /^\s*(?:[-*•]|\d+[.)]|\([a-z0-9]+\))\s+/iu;

function englishSentences(text: string, r: Range): Range[] {
  const parts: Range[] = [];
  let from = r.start;
  const re = /[.!?;](?=\s|$)/gu;
  const slice = text.slice(r.start, r.end);
  for (const m of slice.matchAll(re)) {
    parts.push({ start: from, end: r.start + m.index });
    from = r.start + m.index + 1;
  }
  parts.push({ start: from, end: r.end });
  return parts.map((p) => trimmed(text, p)).filter((p) => p.end > p.start);
}

function englishTitle(quote: string): string {
  const words = quote.replace(/[.;:,]+$/u, '').split(/\s+/u);
  return words.length > 10 ? `${words.slice(0, 10).join(' ')}…` : words.join(' ');
}

function extractEnglish(input: ExtractionInput, rules: EnglishRules): ExtractedCandidate[] {
  const out: ExtractedCandidate[] = [];
  const modal = new RegExp(`\\b(${rules.modals.join('|')})\\s+(?:not\\s+)?([a-z]+(?:\\s+[a-z]+)?)`, 'iu');
  for (const line of proseLines(input)) {
    const marker = LIST_MARKER.exec(input.text.slice(line.start, line.end));
    const body = { start: line.start + (marker?.[0].length ?? 0), end: line.end };
    for (const s of englishSentences(input.text, body)) {
      const quote = input.text.slice(s.start, s.end);
      const m = modal.exec(quote);
      const first = quote.split(/\s+/u)[0]!.toLowerCase();
      const imperative = marker ? rules.imperatives.find((v) => quote.toLowerCase().startsWith(`${v} `)) : undefined;
      let confidence: number;
      let reason: string;
      const afterModal = m ? quote.slice(m.index + m[0].length - m[2]!.length).toLowerCase() : '';
      if (m && !rules.notAfterModal.some((n) => afterModal.startsWith(n))) {
        const word = m[1]!.toLowerCase();
        confidence = word === 'shall' || word === 'must' ? 0.8 : word === 'should' ? 0.7 : 0.5;
        reason = `modal obligation "${word}"`;
      } else if (imperative) {
        confidence = 0.7;
        reason = `list item opening with the imperative "${first}"`;
      } else continue;
      const section = sectionAt(input, s.start);
      out.push({
        quote,
        start: s.start,
        end: s.end,
        sectionHeading: section,
        suggestedTheme: section,
        suggestedTitle: englishTitle(quote),
        confidence,
        reason,
      });
    }
  }
  return out;
}
