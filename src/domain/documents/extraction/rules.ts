// The extraction rules as data (rules.json, reviewed like the search synonyms), typed and ordered for matching.
import ruleFile from './rules.json';

export interface ChineseRules {
  modals: readonly string[];
  notModals: readonly string[];
  subjects: readonly string[];
  adverbs: readonly string[];
  directives: readonly string[];
  effects: readonly string[];
  leadIns: readonly string[];
  notLeadIns: readonly string[];
  times: readonly string[];
  purposes: readonly string[];
  results: readonly string[];
  declaratives: readonly string[];
  frameEndings: readonly string[];
  exampleMarkers: readonly string[];
  copulaStarts: readonly string[];
  factMarkers: readonly string[];
  notFactMarkers: readonly string[];
  shortClauseMaxChars: number;
}

export interface EnglishRules {
  modals: readonly string[];
  notAfterModal: readonly string[];
  imperatives: readonly string[];
}

export interface ExtractionRules {
  zh: ChineseRules;
  en: EnglishRules;
}

export const RULES: ExtractionRules = ruleFile;

/** The longest entry of `words` that `text` starts with at `at`, or undefined. */
export function wordAt(text: string, at: number, words: readonly string[]): string | undefined {
  let best: string | undefined;
  for (const w of words) if (text.startsWith(w, at) && (!best || w.length > best.length)) best = w;
  return best;
}
