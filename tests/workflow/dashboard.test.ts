// The dashboard: summary(filter:) over a known catalog and a known history.
import { ADMIN_TOKEN, errorCode, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { dayFromToday } from '../helpers/time';
import { LogDocument, SeriesDocument, SummaryDocument } from '../__generated__/dashboard';
import type { LogProgressInput, RecommendationStatus } from '../__generated__/schemaTypes';

const s = useTestServer({ reset: true });

const STATUSES = ['NOT_STARTED', 'PLANNED', 'IN_PROGRESS', 'STALLED', 'IMPLEMENTED', 'ABANDONED'];
/** All six statuses in schema order, zero unless given. */
const counts = (given: Record<string, number>) => STATUSES.map((status) => ({ status, count: given[status] ?? 0 }));

async function log(
  code: string,
  occurredOn: string,
  status: RecommendationStatus | undefined,
  progress: number,
  extra: Partial<LogProgressInput> = {},
) {
  const res = await s.exec(
    LogDocument,
    { input: { code, note: `${code} ${occurredOn}`, occurredOn, status, progress, ...extra } },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
}

/**
 * Themes ONE (A, B) and TWO (C, D). History:
 * A: 01-10 PLANNED 10, 03-05 IN_PROGRESS 40 · B: 02-15 PLANNED 5, 02-20 IN_PROGRESS 20, 03-31 STALLED
 * C: no entries, target yesterday (OVERDUE) · D: 01-31 IN_PROGRESS 50, 03-01 IMPLEMENTED 100.
 */
async function knownHistory() {
  const one = await createTheme(s.db, { code: 'ONE' });
  const two = await createTheme(s.db, { code: 'TWO' });
  await createRecommendation(s.db, { code: 'GOV-A', themeId: one.id });
  await createRecommendation(s.db, { code: 'GOV-B', themeId: one.id, targetDate: dayFromToday(10) });
  await createRecommendation(s.db, { code: 'GOV-C', themeId: two.id, targetDate: dayFromToday(-1) });
  await createRecommendation(s.db, { code: 'GOV-D', themeId: two.id });
  await log('GOV-A', '2026-01-10', 'PLANNED', 10);
  await log('GOV-A', '2026-03-05', 'IN_PROGRESS', 40);
  await log('GOV-B', '2026-02-15', 'PLANNED', 5);
  await log('GOV-B', '2026-02-20', 'IN_PROGRESS', 20);
  await log('GOV-B', '2026-03-31', 'STALLED', 20);
  await log('GOV-D', '2026-01-31', 'IN_PROGRESS', 50);
  await log('GOV-D', '2026-03-01', 'IMPLEMENTED', 100, { evidenceUrls: ['https://www.gov.cn/d.html'] });
}

describe('summary', () => {
  it('counts by status and health, per theme, month by month from the log, and lists the latest entries', async () => {
    await knownHistory();
    const res = await s.exec(SummaryDocument, { from: '2025-12-15', to: '2026-03-01', recent: 3 });
    expect(res).toEqual({
      data: {
        summary: {
          total: 4,
          averageProgress: 40,
          byStatus: counts({ NOT_STARTED: 1, IN_PROGRESS: 1, STALLED: 1, IMPLEMENTED: 1 }),
          byHealth: [
            { health: 'ON_TRACK', count: 1 },
            { health: 'AT_RISK', count: 1 },
            { health: 'OVERDUE', count: 1 },
            { health: 'DONE', count: 1 },
          ],
          byTheme: [
            { theme: { code: 'ONE' }, total: 2, implemented: 0, averageProgress: 30, overdue: 0 },
            { theme: { code: 'TWO' }, total: 2, implemented: 1, averageProgress: 50, overdue: 1 },
          ],
          timeSeries: [
            { month: '2025-12', counts: counts({ NOT_STARTED: 4 }) },
            // Entries on the last day of a month (D on 01-31, B on 03-31) count in that month.
            { month: '2026-01', counts: counts({ NOT_STARTED: 2, PLANNED: 1, IN_PROGRESS: 1 }) },
            { month: '2026-02', counts: counts({ NOT_STARTED: 1, PLANNED: 1, IN_PROGRESS: 2 }) },
            { month: '2026-03', counts: counts({ NOT_STARTED: 1, IN_PROGRESS: 1, STALLED: 1, IMPLEMENTED: 1 }) },
          ],
          recentUpdates: [
            { note: 'GOV-D 2026-03-01', occurredOn: '2026-03-01', recommendation: { code: 'GOV-D' } },
            { note: 'GOV-D 2026-01-31', occurredOn: '2026-01-31', recommendation: { code: 'GOV-D' } },
            { note: 'GOV-B 2026-03-31', occurredOn: '2026-03-31', recommendation: { code: 'GOV-B' } },
          ],
        },
      },
    });
  });

  it('covers only the recommendations matching its filter, in every part', async () => {
    await knownHistory();
    const res = await s.exec(SummaryDocument, {
      filter: { theme: ['TWO'] },
      from: '2026-01-01',
      to: '2026-02-28',
      recent: 10,
    });
    expect(res.data!.summary).toEqual({
      total: 2,
      averageProgress: 50,
      byStatus: counts({ NOT_STARTED: 1, IMPLEMENTED: 1 }),
      byHealth: [
        { health: 'ON_TRACK', count: 0 },
        { health: 'AT_RISK', count: 0 },
        { health: 'OVERDUE', count: 1 },
        { health: 'DONE', count: 1 },
      ],
      byTheme: [{ theme: { code: 'TWO' }, total: 2, implemented: 1, averageProgress: 50, overdue: 1 }],
      timeSeries: [
        { month: '2026-01', counts: counts({ NOT_STARTED: 1, IN_PROGRESS: 1 }) },
        { month: '2026-02', counts: counts({ NOT_STARTED: 1, IN_PROGRESS: 1 }) },
      ],
      recentUpdates: [
        { note: 'GOV-D 2026-03-01', occurredOn: '2026-03-01', recommendation: { code: 'GOV-D' } },
        { note: 'GOV-D 2026-01-31', occurredOn: '2026-01-31', recommendation: { code: 'GOV-D' } },
      ],
    });
  });

  it('leaves archived recommendations out unless includeArchived is set', async () => {
    await knownHistory();
    await s.db.recommendation.update({ where: { code: 'GOV-D' }, data: { archivedAt: new Date() } });
    const vars = { from: '2026-03-01', to: '2026-03-01', recent: 10 };
    const hidden = (await s.exec(SummaryDocument, vars)).data!.summary;
    expect([hidden.total, hidden.recentUpdates.length, hidden.timeSeries[0].counts[4].count]).toEqual([3, 5, 0]);
    const shown = (await s.exec(SummaryDocument, { ...vars, filter: { includeArchived: true } })).data!.summary;
    expect([shown.total, shown.recentUpdates.length, shown.timeSeries[0].counts[4].count]).toEqual([4, 7, 1]);
  });

  it('is all zeros for an empty catalog', async () => {
    const res = await s.exec(SummaryDocument, { from: '2026-01-01', to: '2026-01-31' });
    expect(res.data!.summary).toEqual({
      total: 0,
      averageProgress: 0,
      byStatus: counts({}),
      byHealth: ['ON_TRACK', 'AT_RISK', 'OVERDUE', 'DONE'].map((health) => ({ health, count: 0 })),
      byTheme: [],
      timeSeries: [{ month: '2026-01', counts: counts({}) }],
      recentUpdates: [],
    });
  });

  it('refuses a series whose end is before its start, or longer than 120 months, with BAD_USER_INPUT', async () => {
    expect(errorCode(await s.exec(SeriesDocument, { from: '2026-03-01', to: '2026-02-28' }))).toBe('BAD_USER_INPUT');
    expect(errorCode(await s.exec(SeriesDocument, { from: '2016-01-01', to: '2026-01-01' }))).toBe('BAD_USER_INPUT');
    expect(
      (await s.exec(SeriesDocument, { from: '2016-02-01', to: '2026-01-01' })).data!.summary.timeSeries,
    ).toHaveLength(120);
  });
});
