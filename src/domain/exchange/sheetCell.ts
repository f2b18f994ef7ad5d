// One cell of an exported sheet, out and back in, for files that people open in a spreadsheet. A spreadsheet
// runs a text starting with "=", "+", "-", "@", a tab or a carriage return (OWASP's list), or with a full-width
// "＝", "＋", "－" or "＠" (which East Asian spreadsheets read as the ASCII ones), as a formula. Such a text is
// written after an apostrophe, which spreadsheets show as text and never run, and the import takes it off. A
// text that starts with an apostrophe of its own gets one more, so that taking one off always gives it back.
// A text that is wholly a number, in the form JavaScript writes that number, is written as the number: it is no
// formula, a negative value stays a number in the spreadsheet, and it reads back as the same text.

export type Cell = string | number | null;

const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;
/** What cellOut writes for those texts and for an apostrophe of the text's own: an apostrophe before either. */
const NEUTRALISED = /^'[=+\-@\t\r＝＋－＠']/;

const isNumberText = (text: string) => text !== '' && Number.isFinite(Number(text)) && String(Number(text)) === text;

export function cellOut(value: Cell): Cell {
  if (typeof value !== 'string') return value;
  if (isNumberText(value)) return Number(value);
  return FORMULA_START.test(value) || value.startsWith("'") ? `'${value}` : value;
}

/** The inverse, on import: an apostrophe before a formula start or before another apostrophe was cellOut's. */
export const cellIn = (text: string): string => (NEUTRALISED.test(text) ? text.slice(1) : text);
