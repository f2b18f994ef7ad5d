// Health is computed, never typed by hand. healthOf is its one copy in JS (a single record; the dashboard's
// cache validity is healthHoldsUntil); its one copy in SQL is the read model's healthSql
// (db/readModel/health.ts). Both take their boundaries from healthBoundaries, and
// tests/readModel/healthGrid.test.ts holds the two against each other around every threshold.
import type { RecommendationStatus } from '../generated/prisma/client';
import { CLOSED_STATUSES, healthBoundaries, startOfUtcDay } from '../db/readModel/health';
import type { Health, HealthThresholds } from '../db/readModel/health';

export { HEALTHS, startOfUtcDay, type Health, type HealthThresholds } from '../db/readModel/health';

const CLOSED: readonly RecommendationStatus[] = CLOSED_STATUSES;
const DAY = 86_400_000;

export interface HealthInput {
  status: RecommendationStatus;
  progress: number;
  targetDate: Date | null;
  lastProgressAt: Date | null;
  createdAt: Date;
  /** Whether one of its unarchived indicators is OFF_TRACK (domain/indicators): the record is then at least AT_RISK. */
  offTrackIndicator?: boolean;
}

export function healthOf(r: HealthInput, now: Date, t: HealthThresholds): Health {
  if (CLOSED.includes(r.status)) return 'DONE';
  const b = healthBoundaries(now, t);
  if (r.targetDate && r.targetDate < b.today) return 'OVERDUE';
  const lastActivity = r.lastProgressAt ?? r.createdAt;
  if (lastActivity < b.staleBefore) return 'AT_RISK';
  if (r.offTrackIndicator) return 'AT_RISK';
  if (r.targetDate && r.targetDate < b.dueSoonBefore && r.progress < t.dueSoonMinProgress) return 'AT_RISK';
  return 'ON_TRACK';
}

/**
 * The first instant after `now` at which the health of some open record may differ from its value at `now`,
 * the clock alone moving: the next UTC midnight (the date rules) or the moment the next record turns stale,
 * the one whose last activity `nextStale` is the earliest not yet stale (null: none). Every rule only ever
 * moves one way as time passes, so every health holds until then. Infinity when no record is open.
 */
export function healthHoldsUntil(anyOpen: boolean, nextStale: Date | null, now: Date, t: HealthThresholds): number {
  if (!anyOpen) return Infinity;
  const midnight = startOfUtcDay(now).getTime() + DAY;
  return nextStale ? Math.min(midnight, nextStale.getTime() + t.staleDays * DAY) : midnight;
}
