// A database that stops answering (rather than refusing connections) must not hang the server: statements
// are cancelled by PostgreSQL after DB_STATEMENT_TIMEOUT_MS, the driver gives up on a silent server soon
// after, requests fail with SERVICE_UNAVAILABLE, and the server recovers once the database answers again.
import request from 'supertest';
import type { Express } from 'express';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createPrismaClient, type Db } from '../../src/db/client';
import { createApp, type App } from '../../src/http/createApp';
import { toDomainError } from '../../src/graphql/errorFormatting';
import { ADMIN_TOKEN } from '../helpers/testServer';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createRecommendation } from '../helpers/factories';
import { startFreezableProxy, type FreezableProxy } from './support/freezableProxy';

const TIMEOUT_MS = 300;
/** The statement timeout, the driver's margin (1 s) and slack for a loaded machine; far below "hangs". */
const FAIL_WITHIN_MS = 4_000;
const READ = '{ recommendations { edges { node { code } } } }';

let database: TestDatabase;
let proxy: FreezableProxy;
let db: Db;
let server: App;
let app: Express;

beforeAll(async () => {
  database = await createTestDatabase();
  await createRecommendation(database.db, { code: 'GOV-HANG-01' });
  proxy = await startFreezableProxy(database.url);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ADMIN_TOKEN,
    DATABASE_URL: proxy.url,
    DB_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS),
  });
  db = createPrismaClient(proxy.url, { poolSize: 3, statementTimeoutMs: config.dbStatementTimeoutMs });
  server = await createApp({ db, config, log: createLogger(config) });
  app = server.handler;
});

afterAll(async () => {
  await server?.stop();
  await db?.$disconnect();
  await proxy?.close();
  await database?.drop();
});

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

it('cancels a statement that runs past the timeout, and reports it as SERVICE_UNAVAILABLE', async () => {
  for (const slow of [() => db.raw.query('SELECT pg_sleep(5)', []), () => db.$queryRaw`SELECT pg_sleep(5)`]) {
    const { result, ms } = await timed(() =>
      slow().then(
        () => null,
        (err: unknown) => err,
      ),
    );
    expect(result).not.toBeNull();
    expect(toDomainError(result)?.code).toBe('SERVICE_UNAVAILABLE');
    expect(ms).toBeLessThan(FAIL_WITHIN_MS);
  }
  // The connection survives a cancelled statement.
  expect(await db.raw.query<{ one: number }>('SELECT 1 AS one', [])).toEqual([{ one: 1 }]);
});

describe('while the database hangs', () => {
  beforeAll(async () => {
    expect((await request(app).post('/graphql').send({ query: READ })).body.data.recommendations.edges).toHaveLength(1);
    proxy.freeze();
  });

  it.each([
    ['a compiled read', READ],
    ['a read through the resolvers', '{ recommendations { edges { node { code health } } } }'],
  ])('fails %s with SERVICE_UNAVAILABLE instead of hanging', async (_what, query) => {
    const { result, ms } = await timed(() => request(app).post('/graphql').send({ query }));
    expect(result.status).toBe(503);
    expect(result.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
      'SERVICE_UNAVAILABLE',
    ]);
    expect(result.body.errors[0]).toMatchObject({
      message: 'The database is unavailable; try again shortly.',
      path: ['recommendations'],
    });
    expect(result.body.data).toBeNull();
    expect(ms).toBeLessThan(FAIL_WITHIN_MS);
  });

  it('reports not ready', async () => {
    const { result, ms } = await timed(() => request(app).get('/readyz'));
    expect(result.status).toBe(503);
    expect(ms).toBeLessThan(FAIL_WITHIN_MS);
  });
});

describe('once it answers again', () => {
  beforeAll(() => {
    proxy.thaw();
  });

  it('recovers without a restart', async () => {
    const deadline = Date.now() + 15_000;
    while ((await request(app).get('/readyz')).status !== 200) {
      if (Date.now() > deadline) throw new Error('/readyz did not recover within 15 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    const res = await request(app).post('/graphql').send({ query: READ });
    expect(res.body).toEqual({ data: { recommendations: { edges: [{ node: { code: 'GOV-HANG-01' } }] } } });
  });
});
