// Health in SQL, the one copy of domain/health.ts's healthOf that runs in PostgreSQL (lists, the health
// filter, the compiled path). Both read their boundaries from healthBoundaries below, and
// tests/readModel/healthGrid.test.ts holds the two against each other around every threshold.
import { Prisma } from '../../generated/prisma/client';

export type Health = 'ON_TRACK' | 'AT_RISK' | 'OVERDUE' | 'DONE';
export const HEALTHS: readonly Health[] = ['ON_TRACK', 'AT_RISK', 'OVERDUE', 'DONE'];
/** HEALTH_STALE_DAYS, HEALTH_DUE_SOON_DAYS and HEALTH_DUE_SOON_MIN_PROGRESS (config.ts). */
export interface HealthThresholds {
  readonly staleDays: number;
  readonly dueSoonDays: number;
  readonly dueSoonMinProgress: number;
}
export const CLOSED_STATUSES = ['IMPLEMENTED', 'ABANDONED'] as const;

const DAY = 86_400_000;
/** Written into the text: constants, and a parameter would only make the planner guess. */
const CLOSED_LIST = Prisma.raw(CLOSED_STATUSES.map((s) => `'${s}'`).join(', '));

/** Midnight UTC of the day `now` falls on: target dates are calendar dates. */
export const startOfUtcDay = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

/** The instants the rules compare with, for a request's clock. */
export function healthBoundaries(now: Date, t: HealthThresholds) {
  const today = startOfUtcDay(now);
  return {
    today,
    staleBefore: new Date(now.getTime() - t.staleDays * DAY),
    dueSoonBefore: new Date(today.getTime() + t.dueSoonDays * DAY),
  };
}

const isoDate = (d: Date) => d.toISOString().slice(0, 10);

/** The boundaries as SQL values, and a row's last activity, for healthSql and the dashboard's counts. */
export function boundarySql(now: Date, t: HealthThresholds, r: Prisma.Sql) {
  const b = healthBoundaries(now, t);
  return {
    today: Prisma.sql`${isoDate(b.today)}::date`,
    staleBefore: Prisma.sql`(${b.staleBefore.toISOString()}::timestamptz AT TIME ZONE 'UTC')`,
    dueSoonBefore: Prisma.sql`${isoDate(b.dueSoonBefore)}::date`,
    lastActivity: Prisma.sql`COALESCE(${r}."lastProgressAt", ${r}."createdAt")`,
  };
}

/** The condition "not closed", written as the open-records indexes' predicate (migration *_raw_summary_counts). */
export const openSql = (r: Prisma.Sql) => Prisma.sql`${r}.status NOT IN (${CLOSED_LIST})`;

/**
 * Whether one of the record's unarchived indicators is OFF_TRACK, by the status its last write stored
 * (domain/indicators/status.ts: the status changes only when an indicator is written).
 */
export const offTrackSql = (r: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Indicator" i WHERE i."recommendationId" = ${r}.id AND i."archivedAt" IS NULL
    AND i.status = 'OFF_TRACK')`;

/** A CASE expression over the Recommendation row `r` whose value is its health, as text. */
export function healthSql(now: Date, t: HealthThresholds, r: Prisma.Sql): Prisma.Sql {
  const { today, staleBefore, dueSoonBefore, lastActivity } = boundarySql(now, t, r);
  return Prisma.sql`CASE
    WHEN ${r}.status IN (${CLOSED_LIST}) THEN 'DONE'
    WHEN ${r}."targetDate" < ${today} THEN 'OVERDUE'
    WHEN ${lastActivity} < ${staleBefore} THEN 'AT_RISK'
    WHEN ${offTrackSql(r)} THEN 'AT_RISK'
    WHEN ${r}."targetDate" < ${dueSoonBefore} AND ${r}.progress < ${t.dueSoonMinProgress}::int THEN 'AT_RISK'
    ELSE 'ON_TRACK' END`;
}
