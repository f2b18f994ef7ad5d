// Health as a SQL expression over the page's `"Recommendation" r`, for the compiled path: the rules of
// domain/health.ts's healthOf, with the same boundaries computed from the request's `now`.
import { startOfUtcDay, type HealthThresholds } from '../../domain/health';

const DAY = 86_400_000;

/** A CASE expression whose value is the record's health ('DONE', 'OVERDUE', 'AT_RISK' or 'ON_TRACK'). */
export function healthSql(now: Date, t: HealthThresholds, p: (v: unknown) => string): string {
  const today = startOfUtcDay(now);
  const isoDate = (d: Date) => d.toISOString().slice(0, 10);
  const todayParam = `${p(isoDate(today))}::date`;
  const staleBefore = `(${p(new Date(now.getTime() - t.staleDays * DAY).toISOString())}::timestamptz AT TIME ZONE 'UTC')`;
  const dueSoonBefore = `${p(isoDate(new Date(today.getTime() + t.dueSoonDays * DAY)))}::date`;
  return `CASE
    WHEN r.status IN ('IMPLEMENTED', 'ABANDONED') THEN 'DONE'
    WHEN r."targetDate" < ${todayParam} THEN 'OVERDUE'
    WHEN COALESCE(r."lastProgressAt", r."createdAt") < ${staleBefore} THEN 'AT_RISK'
    WHEN r."targetDate" < ${dueSoonBefore} AND r.progress < ${p(t.dueSoonMinProgress)}::int THEN 'AT_RISK'
    ELSE 'ON_TRACK' END`;
}
