// The dashboard cache (domain/catalog/summaryCache.ts) must never show figures a fresh computation would not:
// every committed change, through the API or around it, and every health the clock moves, shows at once.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { daysAgo, dayFromToday } from '../helpers/time';

const SUMMARY = /* GraphQL */ `
  query Summary {
    summary {
      total
      averageProgress
      byStatus {
        status
        count
      }
      byHealth {
        health
        count
      }
    }
  }
`;

const LOG = /* GraphQL */ `
  mutation Log($input: LogProgressInput!) {
    logProgress(input: $input) {
      update {
        id
      }
    }
  }
`;

const DAY = 86_400_000;

const s = useTestServer({ reset: true });

/** The summary as computed at `now` (health depends on it). */
async function summaryAt(now: Date) {
  const ctx = { ...(await s.contextFor()), now };
  const res = await s.apollo.executeOperation({ query: SUMMARY }, { contextValue: ctx });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  expect(res.body.singleResult.errors).toBeUndefined();
  return JSON.parse(JSON.stringify(res.body.singleResult.data)).summary;
}

const healthCount = (summary: { byHealth: { health: string; count: number }[] }, health: string) =>
  summary.byHealth.find((h) => h.health === health)!.count;

it('shows a logProgress in the very next summary', async () => {
  const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 30 });
  const before = await s.exec(SUMMARY);
  await s.exec(SUMMARY);
  const log = await s.exec(LOG, { input: { code: rec.code, note: 'funded', progress: 60 } }, ADMIN_TOKEN);
  expect(log.errors).toBeUndefined();
  const after = await s.exec(SUMMARY);
  expect([before.data!.summary.averageProgress, after.data!.summary.averageProgress]).toEqual([30, 60]);
});

it('shows a change written around the API (plain SQL from another connection)', async () => {
  await createRecommendation(s.db, { status: 'PLANNED' });
  const before = await s.exec(SUMMARY);
  await s.db.$executeRawUnsafe(`UPDATE "Recommendation" SET status = 'IMPLEMENTED', progress = 100`);
  const after = await s.exec(SUMMARY);
  expect(before.data!.summary.byStatus).toContainEqual({ status: 'PLANNED', count: 1 });
  expect(after.data!.summary.byStatus).toContainEqual({ status: 'IMPLEMENTED', count: 1 });
});

it('shows records added or archived outside the API, and an emptied table', async () => {
  const theme = await createTheme(s.db);
  await createRecommendation(s.db, { themeId: theme.id });
  expect((await s.exec(SUMMARY)).data!.summary.total).toBe(1);
  await createRecommendation(s.db, { themeId: theme.id });
  expect((await s.exec(SUMMARY)).data!.summary.total).toBe(2);
  await s.db.recommendation.updateMany({ data: { archivedAt: new Date() } });
  expect((await s.exec(SUMMARY)).data!.summary.total).toBe(0);
  await s.reset();
  expect((await s.exec(SUMMARY)).data!.summary.total).toBe(0);
});

it('moves a record to AT_RISK the moment it turns stale, with nothing written', async () => {
  const now = new Date();
  const lastProgressAt = daysAgo(90, now);
  await createRecommendation(s.db, {
    status: 'IN_PROGRESS',
    progress: 60,
    lastProgressAt,
    createdAt: daysAgo(200, now),
  });
  const justBefore = await summaryAt(new Date(lastProgressAt.getTime() + 90 * DAY - 1));
  const atBoundary = await summaryAt(new Date(lastProgressAt.getTime() + 90 * DAY));
  const justAfter = await summaryAt(new Date(lastProgressAt.getTime() + 90 * DAY + 1));
  expect([
    healthCount(justBefore, 'AT_RISK'),
    healthCount(atBoundary, 'AT_RISK'),
    healthCount(justAfter, 'AT_RISK'),
  ]).toEqual([0, 0, 1]);
});

it('moves a record to OVERDUE at the first midnight after its target date, with nothing written', async () => {
  const now = new Date();
  const targetDate = dayFromToday(0, now);
  await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 80, targetDate, lastProgressAt: now });
  const lastMoment = await summaryAt(new Date(targetDate.getTime() + DAY - 1));
  const nextDay = await summaryAt(new Date(targetDate.getTime() + DAY));
  expect([healthCount(lastMoment, 'OVERDUE'), healthCount(nextDay, 'OVERDUE')]).toEqual([0, 1]);
});

it('does not serve figures computed later to a request that started earlier', async () => {
  const now = new Date();
  await createRecommendation(s.db, {
    status: 'IN_PROGRESS',
    progress: 60,
    lastProgressAt: daysAgo(91, now),
    createdAt: daysAgo(200, now),
  });
  const later = await summaryAt(now);
  const earlier = await summaryAt(daysAgo(2, now));
  expect([healthCount(later, 'AT_RISK'), healthCount(earlier, 'AT_RISK')]).toEqual([1, 0]);
});
