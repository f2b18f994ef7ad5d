// Health is computed, never typed by hand. healthOf (one record) and healthWhere (a database filter)
// encode the same rules; a test checks them against each other at every boundary.
import type { Prisma, RecommendationStatus } from '../generated/prisma/client';
import type { Config } from '../config';

export type Health = 'ON_TRACK' | 'AT_RISK' | 'OVERDUE' | 'DONE';
export const HEALTHS: readonly Health[] = ['ON_TRACK', 'AT_RISK', 'OVERDUE', 'DONE'];
export type HealthThresholds = Config['health'];

const CLOSED: RecommendationStatus[] = ['IMPLEMENTED', 'ABANDONED'];
const DAY = 86_400_000;

export interface HealthInput {
  status: RecommendationStatus;
  progress: number;
  targetDate: Date | null;
  lastProgressAt: Date | null;
  createdAt: Date;
}

/** Midnight UTC of the day `now` falls on: target dates are calendar dates. */
export const startOfUtcDay = (now: Date) =>
  new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));

function boundaries(now: Date, t: HealthThresholds) {
  const today = startOfUtcDay(now);
  return {
    today,
    staleBefore: new Date(now.getTime() - t.staleDays * DAY),
    dueSoonBefore: new Date(today.getTime() + t.dueSoonDays * DAY),
  };
}

export function healthOf(r: HealthInput, now: Date, t: HealthThresholds): Health {
  if (CLOSED.includes(r.status)) return 'DONE';
  const b = boundaries(now, t);
  if (r.targetDate && r.targetDate < b.today) return 'OVERDUE';
  const lastActivity = r.lastProgressAt ?? r.createdAt;
  if (lastActivity < b.staleBefore) return 'AT_RISK';
  if (r.targetDate && r.targetDate < b.dueSoonBefore && r.progress < t.dueSoonMinProgress) return 'AT_RISK';
  return 'ON_TRACK';
}

/**
 * The first instant after `now` at which healthOf(r) may differ from its value at `now`, the clock alone
 * moving: the next UTC midnight (the date rules) or the moment the record turns stale. Every rule only
 * ever moves one way as time passes, so the value holds until then.
 */
export function healthHoldsUntil(r: HealthInput, now: Date, t: HealthThresholds): number {
  const midnight = startOfUtcDay(now).getTime() + DAY;
  if (CLOSED.includes(r.status)) return Infinity;
  const turnsStale = (r.lastProgressAt ?? r.createdAt).getTime() + t.staleDays * DAY;
  return turnsStale >= now.getTime() ? Math.min(midnight, turnsStale) : midnight;
}

export function healthWhere(health: Health, now: Date, t: HealthThresholds): Prisma.RecommendationWhereInput {
  const b = boundaries(now, t);
  const open: Prisma.RecommendationWhereInput = { status: { notIn: CLOSED } };
  const notOverdue: Prisma.RecommendationWhereInput = { OR: [{ targetDate: null }, { targetDate: { gte: b.today } }] };
  const stale: Prisma.RecommendationWhereInput = {
    OR: [{ lastProgressAt: { lt: b.staleBefore } }, { lastProgressAt: null, createdAt: { lt: b.staleBefore } }],
  };
  const dueSoonLow: Prisma.RecommendationWhereInput = {
    targetDate: { lt: b.dueSoonBefore },
    progress: { lt: t.dueSoonMinProgress },
  };
  // Spelled out rather than NOT(...): SQL's NOT over a NULL column drops the row instead of keeping it.
  const fresh: Prisma.RecommendationWhereInput = {
    OR: [{ lastProgressAt: { gte: b.staleBefore } }, { lastProgressAt: null, createdAt: { gte: b.staleBefore } }],
  };
  const notDueSoonLow: Prisma.RecommendationWhereInput = {
    OR: [{ targetDate: null }, { targetDate: { gte: b.dueSoonBefore } }, { progress: { gte: t.dueSoonMinProgress } }],
  };
  switch (health) {
    case 'DONE':
      return { status: { in: CLOSED } };
    case 'OVERDUE':
      return { AND: [open, { targetDate: { lt: b.today } }] };
    case 'AT_RISK':
      return { AND: [open, notOverdue, { OR: [stale, dueSoonLow] }] };
    case 'ON_TRACK':
      return { AND: [open, notOverdue, fresh, notDueSoonLow] };
  }
}
