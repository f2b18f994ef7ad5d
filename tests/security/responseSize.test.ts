// MAX_RESPONSE_BYTES: an answer whose JSON would be larger is not sent; the client gets RESPONSE_TOO_LARGE
// instead, on the compiled SQL path (lists) and on the resolvers' (one record) alike. The answers are real:
// log entries of 10,000 Chinese characters (30,000 bytes each in UTF-8), read from the database.
import request from 'supertest';
import { useTestServer } from '../helpers/testServer';
import { createProgressUpdate, createRecommendation } from '../helpers/factories';
import { useHttpClient } from './support/client';

const MAX = 100_000;
const s = useTestServer({ env: { MAX_RESPONSE_BYTES: String(MAX) } });
const client = useHttpClient(s);

const LIST =
  'query List($n: Int) { recommendations(first: 10) { edges { node { code updates(first: $n) { note } } } } }';
const ONE = 'query One($n: Int) { recommendation(code: "GOV-BIG-01") { code updates(first: $n) { note } } }';
/** The body with `data` reduced to its size, so that a failure does not print 180,000 characters. */
const shape = (body: { data?: unknown; errors?: unknown }) => ({
  data: body.data == null ? body.data : `${JSON.stringify(body.data).length} characters`,
  errors: body.errors,
});
const TOO_LARGE = {
  data: null,
  errors: [
    {
      message: `The answer would be larger than ${MAX} bytes (MAX_RESPONSE_BYTES) and was not sent: ask for fewer records, entries or fields. Any write the request made was done: read it back rather than repeat it.`,
      extensions: { code: 'RESPONSE_TOO_LARGE' },
    },
  ],
};

beforeAll(async () => {
  const rec = await createRecommendation(s.db, { code: 'GOV-BIG-01' });
  for (let i = 0; i < 6; i++)
    await createProgressUpdate(s.db, { recommendationId: rec.id, note: `${i}${'证'.repeat(9_999)}` });
});

describe.each([
  ['a page of records (compiled SQL)', LIST],
  ['one record (resolvers)', ONE],
])('%s', (_what, query) => {
  it('refuses an answer over MAX_RESPONSE_BYTES with RESPONSE_TOO_LARGE and no data', async () => {
    const res = await client.post({ query, variables: { n: 6 } });
    expect(res.status).toBe(200);
    expect(shape(res.body)).toEqual(TOO_LARGE);
  });

  it('sends the same answer when it fits', async () => {
    const res = await client.post({ query, variables: { n: 3 } });
    expect(res.body.errors).toBeUndefined();
    expect(Buffer.byteLength(res.text)).toBeLessThanOrEqual(MAX);
    expect(JSON.stringify(res.body.data)).toContain('证'.repeat(9_999));
  });
});

it('never lets an HTTP cache keep the refusal of a GET', async () => {
  const res = await request(s.http)
    .get('/graphql')
    .query({ query: ONE, variables: JSON.stringify({ n: 6 }) })
    .set('apollo-require-preflight', 'true');
  expect([res.status, res.headers['cache-control'], res.headers.etag]).toEqual([200, 'no-store', undefined]);
  expect(shape(res.body)).toEqual(TOO_LARGE);
});
