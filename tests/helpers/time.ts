// Time relative to the moment a test runs: health and "may not be in the future" rules depend on now.
const DAY = 86_400_000;

/** An instant `n` days before now (to the millisecond). */
export const daysAgo = (n: number, now = new Date()) => new Date(now.getTime() - n * DAY);

/** UTC midnight of the calendar day `n` days from today (negative for the past), as a @db.Date stores it. */
export function dayFromToday(n: number, now = new Date()): Date {
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + n));
}

/** The `YYYY-MM-DD` form the Date scalar uses. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);
