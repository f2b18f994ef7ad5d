// The loader-priming contract: a page read through the resolvers reads each record's `updates(first:)` in
// its own statement and primes the loader that Recommendation.updates then asks (db/loaders.ts's
// updatesReadKey names both). A drift between the two sides would cost one more statement, silently; here it
// shows as an updates-loader statement (`FROM unnest(`) in the log.
import { useTestServer } from '../helpers/testServer';
import { runWithCompiledPath } from '../helpers/runCompiled';
import { createRecommendation, createTheme } from '../helpers/factories';
import { updatesReadKey } from '../../src/db/loaders';

const s = useTestServer({ reset: true });

const PAGE = /* GraphQL */ `
  fragment Entry on ProgressUpdate {
    note
  }
  query Page($filter: RecommendationFilter) {
    recommendations(first: 10, filter: $filter) {
      edges {
        node {
          code
          updates(first: 2) {
            ...Entry
            occurredOn
          }
          updates(first: 2) {
            __typename
          }
          latest: updates(first: 1) {
            note
          }
          none: updates(first: 0) {
            note
          }
        }
      }
    }
  }
`;

/** One more differently-limited read than the page reads ahead (pageLookahead.ts's MAX_UPDATE_READS). */
const TOO_MANY = /* GraphQL */ `
  query Many {
    recommendations(first: 10) {
      edges {
        node {
          a: updates(first: 1) {
            note
          }
          b: updates(first: 2) {
            note
          }
          c: updates(first: 3) {
            note
          }
          d: updates(first: 4) {
            note
          }
        }
      }
    }
  }
`;

async function catalog() {
  const theme = await createTheme(s.db);
  for (let i = 0; i < 3; i++) {
    const rec = await createRecommendation(s.db, { themeId: theme.id, status: 'IN_PROGRESS', progress: 10 });
    await s.db.progressUpdate.createMany({
      data: [1, 2, 3].map((m) => ({
        recommendationId: rec.id,
        note: `m${m}`,
        statusBefore: 'IN_PROGRESS' as const,
        status: 'IN_PROGRESS' as const,
        progressBefore: 10,
        progress: 10,
        evidenceUrls: [],
        occurredOn: new Date(Date.UTC(2026, m, 1)),
        actorName: 'analyst',
      })),
    });
  }
}

/** The statements that loaded entries outside the page, through the resolvers. */
async function updatesLoads(query: string, variables: Record<string, unknown> = {}) {
  const res = await runWithCompiledPath(s, query, variables, false);
  expect(res.errors).toBeUndefined();
  const data = res.data as { recommendations: { edges: { node: Record<string, unknown> }[] } };
  return { loads: s.statements.filter((q) => q.includes('FROM unnest(')).length, nodes: data.recommendations.edges };
}

it('a page with updates(first:) primes exactly what Recommendation.updates reads, filtered or not', async () => {
  await catalog();
  for (const filter of [null, { status: ['IN_PROGRESS'] }]) {
    const { loads, nodes } = await updatesLoads(PAGE, { filter });
    expect(nodes[0].node).toEqual({
      code: expect.any(String),
      updates: [
        { note: 'm3', occurredOn: '2026-04-01', __typename: 'ProgressUpdate' },
        { note: 'm2', occurredOn: '2026-03-01', __typename: 'ProgressUpdate' },
      ],
      latest: [{ note: 'm3' }],
      none: [],
    });
    expect(loads).toBe(0);
  }
});

it('a read the page does not prime is loaded by its resolver, which the count above would catch', async () => {
  await catalog();
  const { loads, nodes } = await updatesLoads(TOO_MANY);
  expect(nodes[0].node.d).toHaveLength(3);
  expect(loads).toBe(1);
});

it('names a read by its limit, date and the columns its fields need', () => {
  const key = (fields: string[], asOf: Date | null = null) => updatesReadKey(2, asOf, new Set(fields));
  expect(key(['note', '__typename'])).toBe(key(['note']));
  expect(key(['note', 'occurredOn'])).not.toBe(key(['note']));
  expect(key(['note'], new Date('2026-03-01'))).not.toBe(key(['note']));
});
