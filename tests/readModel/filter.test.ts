// The read model's filter (db/readModel/filter.ts) is the one definition of every criterion, so the lists
// (compiled or not), totalCount and the dashboard agree by construction; these pin its documented meaning.
import { useTestServer } from '../helpers/testServer';
import { runWithCompiledPath } from '../helpers/runCompiled';
import { createRecommendation, createTheme } from '../helpers/factories';

const s = useTestServer({ reset: true });

const LIST = /* GraphQL */ `
  query List($filter: RecommendationFilter) {
    recommendations(filter: $filter, orderBy: { field: CODE }) {
      totalCount
      edges {
        node {
          code
        }
      }
    }
  }
`;

const SUMMARY = /* GraphQL */ `
  query Summary($filter: RecommendationFilter) {
    summary(filter: $filter) {
      total
    }
  }
`;

async function run(query: string, filter: Record<string, unknown>, compiled: boolean) {
  const res = await runWithCompiledPath(s, query, { filter }, compiled);
  expect(res.errors).toBeUndefined();
  return res.data!;
}

/** The codes listed and the list's totalCount (compiled and through the resolvers: the same), and the dashboard's total. */
async function matches(filter: Record<string, unknown>) {
  const compiled = await run(LIST, filter, true);
  // One statement: the compiled path answered.
  expect(s.statements).toHaveLength(1);
  expect(await run(LIST, filter, false)).toEqual(compiled);
  const { summary } = await run(SUMMARY, filter, true);
  return {
    codes: compiled.recommendations.edges.map((e: { node: { code: string } }) => e.node.code),
    totalCount: compiled.recommendations.totalCount,
    summaryTotal: summary.total,
  };
}

beforeEach(async () => {
  const theme = await createTheme(s.db, { code: 'SANDBOX' });
  await createRecommendation(s.db, { code: 'GOV-F-01', themeId: theme.id, status: 'IN_PROGRESS', progress: 40 });
  await createRecommendation(s.db, { code: 'GOV-F-02', themeId: theme.id, status: 'NOT_STARTED', progress: 0 });
  const due = (code: string, day: string) =>
    createRecommendation(s.db, { code, themeId: theme.id, status: 'PLANNED', targetDate: new Date(day) });
  await due('GOV-F-03', '2027-03-31');
  await due('GOV-F-04', '2027-04-01');
});

it('matches nothing for an empty list, whichever criterion it is given for', async () => {
  for (const filter of [{ status: [] }, { health: [] }, { theme: [] }, { owner: [] }])
    expect(await matches(filter)).toEqual({ codes: [], totalCount: 0, summaryTotal: 0 });
});

it('does not narrow for a criterion left out or null', async () => {
  const all = { codes: ['GOV-F-01', 'GOV-F-02', 'GOV-F-03', 'GOV-F-04'], totalCount: 4, summaryTotal: 4 };
  expect(await matches({})).toEqual(all);
  expect(await matches({ status: null, health: null, theme: null })).toEqual(all);
});

it('matches a record whose value the list contains', async () => {
  expect(await matches({ status: ['IN_PROGRESS', 'STALLED'] })).toEqual({
    codes: ['GOV-F-01'],
    totalCount: 1,
    summaryTotal: 1,
  });
  expect(await matches({ health: ['ON_TRACK'], theme: ['SANDBOX'] })).toEqual({
    codes: ['GOV-F-01', 'GOV-F-02', 'GOV-F-03', 'GOV-F-04'],
    totalCount: 4,
    summaryTotal: 4,
  });
});

it('targetDateBefore keeps the records due before that day, and none without a target date', async () => {
  expect(await matches({ targetDateBefore: '2027-04-01' })).toEqual({
    codes: ['GOV-F-03'],
    totalCount: 1,
    summaryTotal: 1,
  });
  expect(await matches({ targetDateBefore: '2027-04-02', status: ['PLANNED'] })).toEqual({
    codes: ['GOV-F-03', 'GOV-F-04'],
    totalCount: 2,
    summaryTotal: 2,
  });
});

it('refuses a targetDateBefore that is not a date', async () => {
  const res = await s.exec(LIST, { filter: { targetDateBefore: 'soon' } });
  expect(res.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
});
