// History as of a date, reconstructed from the log. Each test builds a known history with occurredOn dates.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import {
  AsOfDocument,
  AsOfLogDocument,
  ListAsOfDocument,
  LogDocument,
  type ListAsOfQueryVariables,
} from '../__generated__/asOf';
import type { RecommendationStatus } from '../__generated__/schemaTypes';

const s = useTestServer({ reset: true });

type Entry = [occurredOn: string, status: RecommendationStatus | undefined, progress: number];
async function history(code: string, entries: Entry[]) {
  for (const [occurredOn, status, progress] of entries) {
    const res = await s.exec(
      LogDocument,
      { input: { code, note: `${occurredOn} report`, occurredOn, status, progress } },
      ADMIN_TOKEN,
    );
    expect(res.errors).toBeUndefined();
  }
}

/** NOT_STARTED → 2026-01-10 PLANNED 10 → 2026-03-05 IN_PROGRESS 40 → 2026-06-20 IN_PROGRESS 80. */
const SANDBOX_HISTORY: Entry[] = [
  ['2026-01-10', 'PLANNED', 10],
  ['2026-03-05', 'IN_PROGRESS', 40],
  ['2026-06-20', undefined, 80],
];

describe('recommendation(code, asOf)', () => {
  it.each([
    ['2026-01-09', 'NOT_STARTED', 0, 'before the first entry: the state the first entry started from'],
    ['2026-01-10', 'PLANNED', 10, 'on the day of the first entry'],
    ['2026-02-28', 'PLANNED', 10, 'between the first and second entries'],
    ['2026-03-05', 'IN_PROGRESS', 40, 'on the day of the second entry'],
    ['2026-06-19', 'IN_PROGRESS', 40, 'the day before the third entry'],
    ['2026-07-01', 'IN_PROGRESS', 80, 'after the last entry'],
  ])('on %s is %s %i (%s)', async (asOf, status, progress) => {
    const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
    await history(rec.code, SANDBOX_HISTORY);
    expect((await s.exec(AsOfDocument, { code: rec.code, asOf })).data).toEqual({
      recommendation: { code: rec.code, status, progress, asOf },
    });
  });

  it('is the current state, with asOf null, when no date is given', async () => {
    const rec = await createRecommendation(s.db, { code: 'GOV-SANDBOX-01' });
    await history(rec.code, SANDBOX_HISTORY);
    expect((await s.exec(AsOfDocument, { code: rec.code })).data).toEqual({
      recommendation: { code: rec.code, status: 'IN_PROGRESS', progress: 80, asOf: null },
    });
  });

  it('orders by the day entries happened, and starts from the state before anything was logged', async () => {
    const rec = await createRecommendation(s.db);
    await history(rec.code, [['2026-05-01', 'PLANNED', 20]]);
    await history(rec.code, [['2026-02-01', undefined, 5]]); // a late report about February, logged while PLANNED
    const at = async (asOf: string) => (await s.exec(AsOfDocument, { code: rec.code, asOf })).data!.recommendation;
    expect(await at('2026-03-01')).toMatchObject({ status: 'PLANNED', progress: 5 });
    expect(await at('2026-05-01')).toMatchObject({ status: 'PLANNED', progress: 20 });
    expect(await at('2026-01-31')).toMatchObject({ status: 'NOT_STARTED', progress: 0 });
  });

  it('shows in updates(first) only the entries that had happened by then, newest first', async () => {
    const rec = await createRecommendation(s.db);
    await history(rec.code, SANDBOX_HISTORY);
    const at = async (asOf?: string) =>
      (await s.exec(AsOfLogDocument, { code: rec.code, asOf })).data!.recommendation!.updates;
    expect(await at('2026-01-09')).toEqual([]);
    expect(await at('2026-04-30')).toEqual([
      { occurredOn: '2026-03-05', status: 'IN_PROGRESS', progress: 40 },
      { occurredOn: '2026-01-10', status: 'PLANNED', progress: 10 },
    ]);
    expect(await at()).toHaveLength(3);
  });
});

describe('recommendations(asOf)', () => {
  async function twoHistories() {
    const theme = await createTheme(s.db);
    const a = await createRecommendation(s.db, { code: 'GOV-ASOF-A', themeId: theme.id });
    const b = await createRecommendation(s.db, { code: 'GOV-ASOF-B', themeId: theme.id });
    await history(a.code, SANDBOX_HISTORY);
    await history(b.code, [['2026-04-01', 'PLANNED', 5]]);
    return { a, b };
  }

  it('returns every recommendation as it stood on that date', async () => {
    await twoHistories();
    const res = await s.exec(ListAsOfDocument, { asOf: '2026-02-01' });
    expect(res.data!.recommendations).toEqual({
      totalCount: 2,
      edges: [
        { node: { code: 'GOV-ASOF-A', status: 'PLANNED', progress: 10, asOf: '2026-02-01' } },
        { node: { code: 'GOV-ASOF-B', status: 'NOT_STARTED', progress: 0, asOf: '2026-02-01' } },
      ],
      pageInfo: { hasNextPage: false, endCursor: expect.any(String) },
    });
  });

  it('filters by the status as it stood on that date, not the current one', async () => {
    await twoHistories(); // today: A IN_PROGRESS, B PLANNED; on 2026-02-01: A PLANNED, B NOT_STARTED
    const planned = await s.exec(ListAsOfDocument, { asOf: '2026-02-01', filter: { status: ['PLANNED'] } });
    expect(planned.data!.recommendations).toMatchObject({
      totalCount: 1,
      edges: [{ node: { code: 'GOV-ASOF-A', status: 'PLANNED' } }],
    });
    const notStarted = await s.exec(ListAsOfDocument, {
      asOf: '2026-02-01',
      filter: { status: ['NOT_STARTED', 'IN_PROGRESS'] },
    });
    expect(notStarted.data!.recommendations).toMatchObject({
      totalCount: 1,
      edges: [{ node: { code: 'GOV-ASOF-B', status: 'NOT_STARTED' } }],
    });
    const later = await s.exec(ListAsOfDocument, {
      asOf: '2026-07-01',
      filter: { status: ['PLANNED', 'IN_PROGRESS'] },
    });
    expect(later.data!.recommendations.totalCount).toBe(2);
    const now = await s.exec(ListAsOfDocument, { filter: { status: ['PLANNED'] } });
    expect(now.data!.recommendations).toMatchObject({
      totalCount: 1,
      edges: [{ node: { code: 'GOV-ASOF-B', status: 'PLANNED' } }],
    });
  });

  it('combines the as-of status filter with the other criteria and with paging', async () => {
    const theme = await createTheme(s.db, { code: 'SANDBOX' });
    const other = await createTheme(s.db, { code: 'RISK' });
    for (const code of ['GOV-SANDBOX-01', 'GOV-SANDBOX-02', 'GOV-SANDBOX-03', 'GOV-RISK-01']) {
      await createRecommendation(s.db, { code, themeId: code.includes('RISK') ? other.id : theme.id });
      await history(code, [
        ['2026-01-10', 'PLANNED', 10],
        ['2026-05-01', 'IN_PROGRESS', 30],
      ]);
    }
    const vars: ListAsOfQueryVariables = {
      asOf: '2026-02-01',
      filter: { status: ['PLANNED'], theme: ['SANDBOX'] },
      first: 2,
    };
    const page1 = (await s.exec(ListAsOfDocument, vars)).data!.recommendations;
    const page2 = (await s.exec(ListAsOfDocument, { ...vars, after: page1.pageInfo.endCursor })).data!.recommendations;
    expect([page1.totalCount, page1.pageInfo.hasNextPage, page2.pageInfo.hasNextPage]).toEqual([3, true, false]);
    expect(
      [...page1.edges, ...page2.edges].map(
        (e: { node: { code: string; status: string } }) => `${e.node.code} ${e.node.status}`,
      ),
    ).toEqual(['GOV-SANDBOX-01 PLANNED', 'GOV-SANDBOX-02 PLANNED', 'GOV-SANDBOX-03 PLANNED']);
  });
});
