// The dashboard. A fixed number of statements whatever the catalog size: one for the figures (kept counts
// and index reads for the common dashboard, one grouped pass otherwise: db/readModel/summaryCounts.ts), one
// for the monthly series, one for the latest entries.
import type { RecommendationStatus, Theme } from '../../generated/prisma/client';
import type { AppContext } from '../../context';
import { badInput } from '../../errors';
import { healthHoldsUntil, HEALTHS, type Health } from '../health';
import { listQuery, type RecommendationFilterInput } from './recommendationFilter';
import { cachedByVersion } from './summaryCache';
import { STATUSES } from '../../db/readModel/filter';
import { CLOSED_STATUSES } from '../../db/readModel/health';
import { matchingIds, monthlyStatuses, recentEntries } from '../../db/readModel/summary';
import { summaryFigures, type SummaryFigures } from '../../db/readModel/summaryCounts';
import type { ListQuery } from '../../db/readModel/page';

export interface ThemeFigures {
  themeId: number;
  theme: Theme;
  total: number;
  implemented: number;
  averageProgress: number;
  overdue: number;
}

interface Figures {
  total: number;
  averageProgress: number;
  byStatus: { status: RecommendationStatus; count: number }[];
  byHealth: { health: Health; count: number }[];
  byTheme: ThemeFigures[];
  /** Until when (ms) these figures stay exact if nothing is written: see healthHoldsUntil. */
  validUntil: number;
}

/** The figures, and the matching records' ids, read once a request's monthly series or entries need them. */
export interface SummaryData extends Figures {
  ids: () => Promise<number[]>;
}

const round1 = (n: number) => Math.round(n * 10) / 10;
const CLOSED: readonly RecommendationStatus[] = CLOSED_STATUSES;

/**
 * Served from summaryCache while no change has committed and no health has moved with the clock. A health
 * filter is computed afresh: records outside the matches can move into them as time passes.
 */
export async function getSummary(ctx: AppContext, filter: RecommendationFilterInput): Promise<SummaryData> {
  const query = listQuery(ctx, filter);
  const figures = query.filter.health
    ? await computeSummary(ctx, query)
    : await cachedByVersion(ctx.db, JSON.stringify([filter ?? null, ctx.config.health]), ctx.now, () =>
        computeSummary(ctx, query),
      );
  let ids: Promise<number[]> | undefined;
  return { ...figures, ids: () => (ids ??= matchingIds(ctx.db, query)) };
}

async function computeSummary(ctx: AppContext, query: ListQuery): Promise<Figures> {
  const f = await summaryFigures(ctx.db, query);
  const count = (keep: (c: SummaryFigures['cells'][number]) => boolean) =>
    f.cells.reduce((n, c) => (keep(c) ? n + c.n : n), 0);
  const total = count(() => true);
  const done = count((c) => CLOSED.includes(c.status));
  const overdue = f.overdue.reduce((n, o) => n + o.n, 0);
  const health: Record<Health, number> = {
    ON_TRACK: total - done - overdue - f.atRisk,
    AT_RISK: f.atRisk,
    OVERDUE: overdue,
    DONE: done,
  };
  const progressSum = f.cells.reduce((n, c) => n + c.progress, 0);
  const themeIds = [...new Set(f.cells.map((c) => c.themeId))].sort((a, b) => a - b);
  const figures = themeIds.map((themeId) => {
    const cells = f.cells.filter((c) => c.themeId === themeId);
    const themeTotal = cells.reduce((n, c) => n + c.n, 0);
    return {
      themeId,
      total: themeTotal,
      implemented: cells.find((c) => c.status === 'IMPLEMENTED')?.n ?? 0,
      overdue: f.overdue.find((o) => o.themeId === themeId)?.n ?? 0,
      averageProgress: round1(cells.reduce((n, c) => n + c.progress, 0) / themeTotal),
    };
  });
  return {
    total,
    averageProgress: total ? round1(progressSum / total) : 0,
    byStatus: STATUSES.map((s) => ({ status: s, count: count((c) => c.status === s) })),
    byHealth: HEALTHS.map((h) => ({ health: h, count: health[h] })),
    byTheme: await withThemes(ctx, figures),
    validUntil: healthHoldsUntil(total > done, f.nextStale, ctx.now, ctx.config.health),
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
  const rows = await monthlyStatuses(ctx.db, await summary.ids(), from, to);
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
  return recentEntries(ctx.db, await summary.ids(), first);
}
