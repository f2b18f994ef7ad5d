// Public reads that HTTP caches can serve (src/http/conditionalGet.ts): a GET gets an ETag derived from the
// database's change counter, the same GET with If-None-Match gets 304, and after a write, through either of
// two instances on one database or around the API, 200 with the new data. Persisted queries (APQ) over GET;
// Cache-Control public only for anonymous reads while PUBLIC_READ is on; errors never cached.
import { createHash } from 'node:crypto';
import request from 'supertest';
import type { Express } from 'express';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createProgressUpdate, createRecommendation, createUserWithToken } from '../helpers/factories';
import { createPrismaClient, type Db } from '../../src/db/client';
import { createApp, type App } from '../../src/http/createApp';
import { createLogger } from '../../src/logger';

const ONE = 'query One($code: String!) { recommendation(code: $code) { code progress updates { note } } }';
const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }';
const ME = 'query Me { me { name } }';
const EVIDENCE =
  'query Evidence($code: String!) { recommendation(code: $code) { updates { evidence { captureState } } } }';
const sha = (q: string) => createHash('sha256').update(q).digest('hex');

function get(app: Express, params: Record<string, unknown>, headers: Record<string, string> = {}) {
  const query = new URLSearchParams(
    Object.entries(params).map(([k, v]): [string, string] => [k, typeof v === 'string' ? v : JSON.stringify(v)]),
  );
  const req = request(app).get(`/graphql?${query}`).set('apollo-require-preflight', 'true');
  for (const [k, v] of Object.entries(headers)) req.set(k, v);
  return req;
}

/** Status, body and caching headers: the whole answer as a cache sees it. */
const seen = (res: request.Response) => ({
  status: res.status,
  body: res.status === 304 ? null : res.body,
  etag: typeof res.headers.etag === 'string',
  cacheControl: res.headers['cache-control'],
});

describe('two instances on one database', () => {
  const s = useTestServer({ reset: true });
  let other: { db: Db; app: App };
  beforeAll(async () => {
    const db = createPrismaClient(s.url);
    other = { db, app: await createApp({ db, config: s.config, log: createLogger(s.config) }) };
  });
  afterAll(async () => {
    await other.app.stop();
    await other.db.$disconnect();
  });

  it('answers a GET with an ETag, the same GET with If-None-Match with 304 on either instance, and 200 with the new data after a write through the other', async () => {
    const rec = await createRecommendation(s.db, { status: 'IN_PROGRESS', progress: 10 });
    const params = { query: ONE, variables: { code: rec.code } };
    const first = await get(s.http, params);
    const tag = first.headers.etag as string;
    const again = await get(s.http, params, { 'if-none-match': tag });
    const onOther = await get(other.app.handler, params, { 'if-none-match': tag });
    const write = await request(other.app.handler)
      .post('/graphql')
      .set('authorization', `Bearer ${ADMIN_TOKEN}`)
      .send({ query: LOG, variables: { input: { code: rec.code, note: 'funded', progress: 40 } } });
    const after = await get(s.http, params, { 'if-none-match': tag });
    const data = (progress: number, updates: { note: string }[]) => ({
      data: { recommendation: { code: rec.code, progress, updates } },
    });
    expect(write.body.errors).toBeUndefined();
    expect([first, again, onOther, after].map(seen)).toEqual([
      { status: 200, body: data(10, []), etag: true, cacheControl: 'public, max-age=10' },
      { status: 304, body: null, etag: true, cacheControl: 'public, max-age=10' },
      { status: 304, body: null, etag: true, cacheControl: 'public, max-age=10' },
      { status: 200, body: data(40, [{ note: 'funded' }]), etag: true, cacheControl: 'public, max-age=10' },
    ]);
    expect([again.headers.etag, onOther.headers.etag]).toEqual([tag, tag]);
    expect(after.headers.etag).not.toBe(tag);
  });

  it('changes the tag when the log alone is written around the API (the ProgressUpdate trigger)', async () => {
    const rec = await createRecommendation(s.db);
    const params = { query: ONE, variables: { code: rec.code } };
    const tag = (await get(s.http, params)).headers.etag as string;
    await createProgressUpdate(s.db, { recommendationId: rec.id, note: 'typed in psql' });
    const after = await get(other.app.handler, params, { 'if-none-match': tag });
    expect({ status: after.status, updates: after.body.data.recommendation.updates }).toEqual({
      status: 200,
      updates: [{ note: 'typed in psql' }],
    });
  });

  it('changes the tag when a background job records an evidence capture, which writes no audit entry', async () => {
    const rec = await createRecommendation(s.db);
    const entry = await createProgressUpdate(s.db, { recommendationId: rec.id, evidenceUrls: ['https://a.gov/x'] });
    const evidence = await s.db.evidence.create({
      data: { progressUpdateId: entry.id, position: 0, url: 'https://a.gov/x' },
    });
    const params = { query: EVIDENCE, variables: { code: rec.code } };
    const tag = (await get(s.http, params)).headers.etag as string;
    // As captureEvidence records its result: an update of the Evidence row alone.
    await s.db.evidence.update({ where: { id: evidence.id }, data: { captureState: 'CAPTURED' } });
    const after = await get(other.app.handler, params, { 'if-none-match': tag });
    expect({ status: after.status, updates: after.body.data.recommendation.updates }).toEqual({
      status: 200,
      updates: [{ evidence: [{ captureState: 'CAPTURED' }] }],
    });
  });

  it('gives a new tag in the next max-age window with nothing written (health moves with the clock)', async () => {
    const rec = await createRecommendation(s.db);
    const params = { query: ONE, variables: { code: rec.code } };
    const start = Math.ceil(Date.now() / 10_000) * 10_000 + 10_000;
    const clock = jest.spyOn(Date, 'now');
    try {
      clock.mockReturnValue(start);
      const tag = (await get(s.http, params)).headers.etag as string;
      clock.mockReturnValue(start + 9_999);
      const sameWindow = await get(s.http, params, { 'if-none-match': tag });
      clock.mockReturnValue(start + 10_000);
      const nextWindow = await get(s.http, params, { 'if-none-match': tag });
      expect([sameWindow.status, nextWindow.status, nextWindow.headers.etag === tag]).toEqual([304, 200, false]);
    } finally {
      clock.mockRestore();
    }
  });
});

describe('persisted queries, mutations and errors over GET', () => {
  const s = useTestServer({ reset: true });
  const TRANSITIONS = 'query Moves { transitions { from } }';
  const apq = { persistedQuery: { version: 1, sha256Hash: sha(TRANSITIONS) } };

  it('answers a hash-only GET with PERSISTED_QUERY_NOT_FOUND (not cached), and with data once the query is registered', async () => {
    const unknown = await get(s.http, { extensions: apq });
    const registered = await get(s.http, { query: TRANSITIONS, extensions: apq });
    const byHash = await get(s.http, { extensions: apq });
    // Our one error model keeps Apollo's code as the reason; Apollo Client's APQ link retries on the message.
    expect(unknown.body).toEqual({
      errors: [
        {
          message: 'PersistedQueryNotFound',
          extensions: { code: 'BAD_USER_INPUT', reason: 'PERSISTED_QUERY_NOT_FOUND' },
        },
      ],
    });
    expect(
      [unknown, registered, byHash].map((r) => [r.status, r.headers['cache-control'], 'etag' in r.headers]),
    ).toEqual([
      [200, 'no-store', false],
      [200, 'public, max-age=10', true],
      [200, 'public, max-age=10', true],
    ]);
    expect(byHash.body).toEqual(registered.body);
    expect(byHash.body.data.transitions.length).toBeGreaterThan(0);
  });

  it('refuses a mutation over GET with 405, no tag and no-store, and writes nothing', async () => {
    const rec = await createRecommendation(s.db);
    const res = await get(s.http, { query: LOG, variables: { input: { code: rec.code, note: 'x' } } });
    expect([res.status, res.headers['cache-control'], 'etag' in res.headers]).toEqual([405, 'no-store', false]);
    expect(await s.db.progressUpdate.count()).toBe(0);
  });

  it('never caches an error: a validation error gets no tag and no-store', async () => {
    const res = await get(s.http, { query: '{ transitions { nope } }' });
    expect([res.headers['cache-control'], 'etag' in res.headers]).toEqual(['no-store', false]);
  });
});

describe('Cache-Control: public only for anonymous reads while PUBLIC_READ is on', () => {
  const open = useTestServer({ reset: true });
  const closed = useTestServer({ env: { PUBLIC_READ: 'false', HTTP_CACHE_MAX_AGE_S: '30' } });

  it('is public for anonymous and private with a token while PUBLIC_READ=true, and varies on both', async () => {
    const { token } = await createUserWithToken(open.db, 'VIEWER');
    const anonymous = await get(open.http, { query: ME });
    const withToken = await get(open.http, { query: ME }, { authorization: `Bearer ${token}` });
    expect([anonymous, withToken].map((r) => [r.status, r.headers['cache-control'], r.headers.vary])).toEqual([
      [200, 'public, max-age=10', 'Authorization, Cookie, Accept'],
      [200, 'private, max-age=10', 'Authorization, Cookie, Accept'],
    ]);
    expect(withToken.headers.etag).not.toBe(anonymous.headers.etag);
  });

  it('is private for every read while PUBLIC_READ=false, anonymous or not, with the configured max-age; a refused read is not cached', async () => {
    const { token } = await createUserWithToken(closed.db, 'VIEWER');
    const anonymous = await get(closed.http, { query: ME });
    const withToken = await get(closed.http, { query: ME }, { authorization: `Bearer ${token}` });
    const refused = await get(closed.http, { query: 'query T { themes { code } }' });
    expect([anonymous, withToken, refused].map((r) => [r.status, r.headers['cache-control']])).toEqual([
      [200, 'private, max-age=30'],
      [200, 'private, max-age=30'],
      [200, 'no-store'],
    ]);
    expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  it('answers a revoked token with 401, not 304, though its tag matched (revoking is a write)', async () => {
    const { token } = await createUserWithToken(open.db, 'VIEWER');
    const auth = { authorization: `Bearer ${token}` };
    const tag = (await get(open.http, { query: ME }, auth)).headers.etag as string;
    await open.db.apiToken.updateMany({ data: { revokedAt: new Date() } });
    const res = await get(open.http, { query: ME }, { ...auth, 'if-none-match': tag });
    expect([res.status, res.headers['cache-control']]).toEqual([401, 'no-store']);
  });
});
