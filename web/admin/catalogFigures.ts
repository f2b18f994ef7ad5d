// The catalog's figures worked out from the listed rows, so that they agree with the table in every view,
// the past ones included (the API's summary knows only today's status).
import type { RecommendationRow, Summary } from './api';

export function cardsFromRows(rows: RecommendationRow[], total: number) {
  const count = <K extends 'status' | 'health'>(key: K) => {
    const counts = new Map<RecommendationRow[K], number>();
    for (const r of rows) counts.set(r[key], (counts.get(r[key]) ?? 0) + 1);
    return [...counts];
  };
  return {
    total,
    averageProgress: rows.length ? rows.reduce((a, r) => a + r.progress, 0) / rows.length : 0,
    byStatus: count('status').map(([status, n]) => ({ status, count: n })),
    byHealth: count('health').map(([health, n]) => ({ health, count: n })),
    indicators: indicatorCounts(rows),
  };
}

/** The listed records' indicators by status, as of the list's date (each row's indicators follow its asOf). */
export function indicatorCounts(rows: Pick<RecommendationRow, 'indicators'>[]) {
  const all = rows.flatMap((r) => r.indicators);
  const of = (status: string) => all.filter((i) => i.status === status).length;
  return {
    total: all.length,
    onTrack: of('ON_TRACK'),
    offTrack: of('OFF_TRACK'),
    achieved: of('ACHIEVED'),
    noData: of('NO_DATA'),
  };
}

export function themeStatsFromRows(rows: RecommendationRow[]): Summary['byTheme'] {
  const byTheme = new Map<string, RecommendationRow[]>();
  for (const r of rows) byTheme.set(r.theme.code, [...(byTheme.get(r.theme.code) ?? []), r]);
  return [...byTheme].map(([code, list]) => ({
    theme: { code },
    total: list.length,
    implemented: list.filter((r) => r.status === 'IMPLEMENTED').length,
    averageProgress: list.reduce((a, r) => a + r.progress, 0) / list.length,
    overdue: list.filter((r) => r.health === 'OVERDUE').length,
  }));
}

/**
 * The monthly series as of a past day: the API counts each month at its end, so the month holding `asOf` would
 * count what happened after it. That month takes the listed rows' statuses instead (the figures' and table's).
 */
export function seriesAsOf(
  series: Summary['timeSeries'],
  rows: RecommendationRow[],
  asOf: string,
): Summary['timeSeries'] {
  const month = asOf.slice(0, 7);
  const counts = cardsFromRows(rows, rows.length).byStatus;
  return series
    .filter((m) => m.month <= month)
    .map((m) =>
      m.month === month
        ? {
            ...m,
            counts: m.counts.map((c) => ({ ...c, count: counts.find((x) => x.status === c.status)?.count ?? 0 })),
          }
        : m,
    );
}
