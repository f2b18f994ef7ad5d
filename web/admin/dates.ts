// The console's one date style, the same in Chinese and English and in every place: 2026-11-20 for a day,
// 2026-11-20 14:05 for an instant (local time), 2026-11 for a month. Inputs take the same text, so what
// a user reads is what they type (a native date input would show the browser's own format instead).
import { h } from './dom';

const pad = (n: number) => String(n).padStart(2, '0');

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar day written YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const d = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text;
}

export function formatInstant(iso: string | null | undefined): string {
  if (!iso) return '';
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** "2026-07" as it is, or split into ["07", "2026"] for a chart's axis (the year under the first and each January). */
export function formatMonth(month: string): string;
export function formatMonth(month: string, split: true): [string, string];
export function formatMonth(month: string, split = false): string | [string, string] {
  const [y, m] = month.split('-');
  if (!y || !m) return split ? [month, ''] : month;
  return split ? [m, y] : `${y}-${m}`;
}

/** A text input for one day in the console's style (YYYY-MM-DD), checked by the browser's pattern too. */
export function dateInput(attrs: Record<string, string | number | boolean>): HTMLInputElement {
  return h('input', {
    type: 'text',
    inputmode: 'numeric',
    pattern: '\\d{4}-\\d{2}-\\d{2}',
    placeholder: 'YYYY-MM-DD',
    autocomplete: 'off',
    spellcheck: 'false',
    maxlength: 10,
    size: 11,
    ...attrs,
  });
}

/** The first day of the month eleven months before `day`, and `day`: a year of month-ends for the chart. */
export function yearEndingOn(day: string): { from: string; to: string } {
  const [y, m] = day.split('-').map(Number);
  const start = new Date(Date.UTC(y, m - 12, 1));
  return { from: `${start.getUTCFullYear()}-${pad(start.getUTCMonth() + 1)}-01`, to: day };
}
