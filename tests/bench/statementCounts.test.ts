// The benchmark's L and S (bench/operations.ts) cost a fixed number of SQL statements whatever the page
// or catalog size: a regression here shows up in `npm run bench` as lost throughput long before anyone
// reads a profile. Requests run anonymously, so resolving a token adds nothing.
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme } from '../helpers/factories';
import { OURS_L, OURS_S } from '../../bench/operations';

const LOG = /* GraphQL */ `
  mutation Log($input: LogProgressInput!) {
    logProgress(input: $input) {
      update {
        id
      }
    }
  }
`;

const s = useTestServer({ reset: true });

/** `n` recommendations over three themes, each with four log entries. */
async function catalog(n: number) {
  const themes = [await createTheme(s.db), await createTheme(s.db), await createTheme(s.db)];
  for (let i = 0; i < n; i++) {
    const rec = await createRecommendation(s.db, { themeId: themes[i % 3].id, status: 'IN_PROGRESS', progress: 40 });
    await s.db.progressUpdate.createMany({
      data: [1, 2, 3, 4].map((m) => ({
        recommendationId: rec.id,
        note: `m${m}`,
        statusBefore: 'IN_PROGRESS' as const,
        status: 'IN_PROGRESS' as const,
        progressBefore: 40,
        progress: 40,
        evidenceUrls: [],
        occurredOn: new Date(Date.UTC(2026, m, 1)),
        actorName: 'analyst',
      })),
    });
  }
}

async function statementsFor(query: string) {
  s.statements.length = 0;
  const res = await s.exec(query);
  expect(res.errors).toBeUndefined();
  return { count: s.statements.length, data: res.data! };
}

it('L costs 1 statement (the page with its themes and latest entries) for 5 records and for 60', async () => {
  await catalog(5);
  const small = await statementsFor(OURS_L);
  await s.reset();
  await catalog(60);
  const large = await statementsFor(OURS_L);
  expect([small.data.recommendations.edges.length, large.data.recommendations.edges.length]).toEqual([5, 50]);
  expect(large.data.recommendations.edges[0].node.updates.map((u: { note: string }) => u.note)).toEqual([
    'm4',
    'm3',
    'm2',
  ]);
  expect([small.count, large.count]).toEqual([1, 1]);
});

it('S costs 3 statements (change version, figures, themes), and 1 when nothing changed since', async () => {
  await catalog(5);
  const first = await statementsFor(OURS_S);
  const repeated = await statementsFor(OURS_S);
  await s.reset();
  await catalog(60);
  const afterChange = await statementsFor(OURS_S);
  expect([first.data.summary.total, repeated.data.summary.total, afterChange.data.summary.total]).toEqual([5, 5, 60]);
  expect([first.count, repeated.count, afterChange.count]).toEqual([3, 1, 3]);
});

it('S after a logProgress costs the full 3 statements again and shows the write', async () => {
  await catalog(5);
  await statementsFor(OURS_S);
  const { code } = (await s.db.recommendation.findFirst({ orderBy: { id: 'asc' } }))!;
  const log = await s.exec(LOG, { input: { code, note: 'stalled on funding', status: 'STALLED' } }, ADMIN_TOKEN);
  expect(log.errors).toBeUndefined();
  const after = await statementsFor(OURS_S);
  expect(after.count).toBe(3);
  expect(after.data.summary.byStatus).toContainEqual({ status: 'STALLED', count: 1 });
});
