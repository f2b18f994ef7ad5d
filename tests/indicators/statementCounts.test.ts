// A page of 50 recommendations, each with its indicators, their status and latest values, is read in a fixed
// number of statements however many records and indicators it holds (DataLoaders: no N+1), on either path
// (a query the compiled SQL cannot answer falls back to the resolvers), now and as of a past date.
import { useTestServer } from '../helpers/testServer';
import { runWithCompiledPath } from '../helpers/runCompiled';
import { createIndicator, createRecommendation, createTheme } from '../helpers/factories';

const s = useTestServer({ reset: true });

const PAGE = /* GraphQL */ `
  query Page($asOf: Date) {
    recommendations(first: 50, asOf: $asOf) {
      edges {
        node {
          code
          health
          indicators {
            nameEn
            status
            statusExplanation {
              expectedValue
            }
            latestValue {
              value
              periodEnd
              corrected
            }
            values(first: 5) {
              totalCount
              edges {
                node {
                  value
                }
              }
            }
          }
        }
      }
    }
  }
`;

let entry = 1_000_000;

/** `records` records with two indicators each, and two values on each indicator (one corrected). */
async function catalog(records: number) {
  const theme = await createTheme(s.db);
  for (let i = 0; i < records; i++) {
    const rec = await createRecommendation(s.db, { themeId: theme.id });
    for (let k = 0; k < 2; k++) {
      const ind = await createIndicator(s.db, rec.id, { code: `I${k}` });
      const base = { indicatorId: ind.id, evidenceUrls: [], recordedByName: 'li' };
      const first = await s.db.indicatorValue.create({
        data: {
          ...base,
          periodStart: new Date('2025-01-01'),
          periodEnd: new Date('2025-01-31'),
          value: 20,
          progressUpdateId: entry++,
        },
      });
      await s.db.indicatorValue.create({
        data: {
          ...base,
          periodStart: new Date('2025-01-01'),
          periodEnd: new Date('2025-01-31'),
          value: 31,
          correctsId: first.id,
          progressUpdateId: entry++,
        },
      });
    }
  }
}

async function statements(asOf: string | null, compiled: boolean) {
  const res = await runWithCompiledPath(s, PAGE, { asOf }, compiled);
  expect(res.errors).toBeUndefined();
  const edges = res.data!.recommendations.edges as { node: { indicators: { latestValue: { value: number } }[] } }[];
  return { count: s.statements.length, edges };
}

const WAYS = [false, true].flatMap((compiled) => [null, '2099-01-01'].map((asOf) => ({ compiled, asOf })));

it('reads a page of 50 records with indicators and latest values in the same few statements as a page of 5', async () => {
  await catalog(5);
  const small: number[] = [];
  for (const { compiled, asOf } of WAYS) small.push((await statements(asOf, compiled)).count);
  await catalog(45);
  for (const [n, { compiled, asOf }] of WAYS.entries()) {
    const large = await statements(asOf, compiled);
    expect(large.edges).toHaveLength(50);
    expect(large.edges[0].node.indicators.map((i) => i.latestValue.value)).toEqual([31, 31]);
    expect([compiled, asOf, large.count]).toEqual([compiled, asOf, small[n]]);
    expect(large.count).toBeLessThanOrEqual(8);
  }
});
