// I's data: the dataset has no indicator values, so the first run gives one record BENCH_INDICATORS indicators
// with VALUES_EACH monthly values each, through our API (as an admin would record them: each value is also a log
// entry of that record). Later runs find them there. The record is the last by code, which L's page, H and the
// searches' first pages do not show.
import type { Client } from 'pg';

export const BENCH_INDICATORS = 3;
const VALUES_EACH = 24;

const CREATE = `mutation($input: CreateIndicatorInput!) { createIndicator(input: $input) { id } }`;
const RECORD = `mutation($input: RecordIndicatorValueInput!) { recordIndicatorValue(input: $input) { value { id } } }`;

async function graphql<T>(url: string, token: string, query: string, variables: object): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: { message: string }[] };
  if (!body.data || body.errors?.length)
    throw new Error(`I's data: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`);
  return body.data;
}

const month = (i: number) => {
  const start = new Date(Date.UTC(2024, i, 1));
  const end = new Date(Date.UTC(2024, i + 1, 0));
  return { periodStart: start.toISOString().slice(0, 10), periodEnd: end.toISOString().slice(0, 10) };
};

/** The code of I's record, with its indicators and values recorded if a previous run has not done it. */
export async function prepareIndicators(pg: Client, ours: { baseUrl: string }, token: string): Promise<string> {
  const { rows } = await pg.query<{ code: string; n: string }>(`
    SELECT r.code, (SELECT count(*) FROM "Indicator" i WHERE i."recommendationId" = r.id AND i.code LIKE 'BI%') AS n
    FROM "Recommendation" r WHERE r."archivedAt" IS NULL AND r."parentId" IS NULL ORDER BY r.code DESC LIMIT 1`);
  const { code, n } = rows[0];
  if (Number(n) >= BENCH_INDICATORS) return code;
  const url = `${ours.baseUrl}/graphql`;
  for (let k = Number(n) + 1; k <= BENCH_INDICATORS; k++) {
    const input = {
      recommendationCode: code,
      code: `BI${k}`,
      nameZh: `基准指标 ${k}`,
      nameEn: `Benchmark indicator ${k}`,
      unit: 'count',
      min: 0,
      direction: 'INCREASE',
      baseline: { value: 0, date: '2023-12-31', source: 'bench/indicators.ts' },
      targets: [{ value: 1000, dueDate: '2030-12-31' }],
    };
    const { createIndicator } = await graphql<{ createIndicator: { id: string } }>(url, token, CREATE, { input });
    for (let i = 0; i < VALUES_EACH; i++) {
      const value = { indicatorId: createIndicator.id, ...month(i), value: 10 * k + i, note: `month ${i + 1}` };
      await graphql(url, token, RECORD, { input: value });
    }
  }
  return code;
}
