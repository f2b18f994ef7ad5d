// The dashboard. A fixed number of statements whatever the catalog size: one read of the matching rows'
// few numeric columns through the read model (aggregated here, with the same healthOf as every other
// field), one for the monthly series, one for the latest entries.
import type { RecommendationStatus, Theme } from '../generated/prisma/client';
import type { AppContext } from '../context';
import { authorizeRead } from './auth';
import { badInput } from '../errors';
import { healthHoldsUntil, healthOf, HEALTHS, type Health } from './health';
import { listQuery, type RecommendationFilterInput } from './recommendationFilter';
import { cachedByVersion } from './summaryCache';
import { STATUSES } from '../db/readModel/filter';
import { monthlyStatuses, recentEntries, summaryRows } from '../db/readModel/summary';
import type { ListQuery } from '../db/readModel/page';

export interface ThemeFigures {
  themeId: number;
  theme: Theme;
  total: number;
  implemented: number;
  averageProgress: number;
  overdue: number;
}

export interface SummaryData {
  ids: number[];
  total: number;
  averageProgress: number;
  byStatus: { status: RecommendationStatus; count: number }[];
  byHealth: { health: Health; count: number }[];
  byTheme: ThemeFigures[];
  /** Until when (ms) these figures stay exact if nothing is written: see healthHoldsUntil. */
  validUntil: number;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/**
 * Served from summaryCache while no change has committed and no health has moved with the clock. A health
 * filter is computed afresh: records outside the matches can move into them as time passes.
 */
export async function getSummary(ctx: AppContext, filter: RecommendationFilterInput): Promise<SummaryData> {
  authorizeRead(ctx.actor, ctx.config);
  const query = listQuery(ctx, filter);
  if (query.filter.health) return computeSummary(ctx, query);
  return cachedByVersion(ctx.db, JSON.stringify([filter ?? null, ctx.config.health]), ctx.now, () =>
    computeSummary(ctx, query),
  );
}

async function computeSummary(ctx: AppContext, query: ListQuery): Promise<SummaryData> {
  const rows = await summaryRows(ctx.db, query);
  const status = new Map(STATUSES.map((s) => [s, 0]));
  const health = new Map(HEALTHS.map((h) => [h, 0]));
  const themes = new Map<number, { total: number; implemented: number; progress: number; overdue: number }>();
  let progressSum = 0;
  let validUntil = Infinity;
  for (const r of rows) {
    const h = healthOf(r, ctx.now, ctx.config.health);
    validUntil = Math.min(validUntil, healthHoldsUntil(r, ctx.now, ctx.config.health));
    status.set(r.status, status.get(r.status)! + 1);
    health.set(h, health.get(h)! + 1);
    progressSum += r.progress;
    const t = themes.get(r.themeId) ?? { total: 0, implemented: 0, progress: 0, overdue: 0 };
    t.total += 1;
    t.progress += r.progress;
    if (r.status === 'IMPLEMENTED') t.implemented += 1;
    if (h === 'OVERDUE') t.overdue += 1;
    themes.set(r.themeId, t);
  }
  return {
    ids: rows.map((r) => r.id),
    total: rows.length,
    averageProgress: rows.length ? round1(progressSum / rows.length) : 0,
    byStatus: STATUSES.map((s) => ({ status: s, count: status.get(s)! })),
    byHealth: HEALTHS.map((h) => ({ health: h, count: health.get(h)! })),
    byTheme: await withThemes(
      ctx,
      [...themes.entries()]
        .sort(([a], [b]) => a - b)
        .map(([themeId, t]) => ({
          themeId,
          total: t.total,
          implemented: t.implemented,
          overdue: t.overdue,
          averageProgress: round1(t.progress / t.total),
        })),
    ),
    validUntil,
  };
}

/** The theme rows travel with the figures, so a cached summary needs no statement for them (theme changes bump the change counter too). */
async function withThemes(ctx: AppContext, figures: Omit<ThemeFigures, 'theme'>[]): Promise<ThemeFigures[]> {
  const rows = await ctx.loaders.theme.loadMany(figures.map((f) => f.themeId));
  return figures.map((f, i) => {
    const theme = rows[i];
    if (!theme || theme instanceof Error) throw theme ?? new Error(`Theme ${f.themeId} not found`);
    return { ...f, theme };
  });
}

const MAX_MONTHS = 120;

/** Status counts at the end of each month, replayed from the log (db/readModel/replay.ts). */
export async function monthlyStatusCounts(ctx: AppContext, summary: SummaryData, from: Date, to: Date) {
  const months = (to.getUTCFullYear() - from.getUTCFullYear()) * 12 + to.getUTCMonth() - from.getUTCMonth() + 1;
  if (months < 1) throw badInput('timeSeries: `to` must not be before `from`.');
  if (months > MAX_MONTHS) throw badInput(`timeSeries covers at most ${MAX_MONTHS} months.`);
  const rows = await monthlyStatuses(ctx.db, summary.ids, from, to);
  const byMonth = new Map<string, Map<string, number>>();
  for (const r of rows) {
    if (!byMonth.has(r.month)) byMonth.set(r.month, new Map());
    byMonth.get(r.month)!.set(r.status, r.count);
  }
  return Array.from({ length: months }, (_, i) => {
    const d = new Date(Date.UTC(from.getUTCFullYear(), from.getUTCMonth() + i, 1));
    const month = d.toISOString().slice(0, 7);
    return { month, counts: STATUSES.map((s) => ({ status: s, count: byMonth.get(month)?.get(s) ?? 0 })) };
  });
}

export async function recentUpdates(ctx: AppContext, summary: SummaryData, first: number) {
  if (!Number.isInteger(first) || first < 0 || first > 100)
    throw badInput('recentUpdates: first must be between 0 and 100.');
  return recentEntries(ctx.db, summary.ids, first);
}
