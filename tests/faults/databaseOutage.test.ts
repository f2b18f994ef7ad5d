// When PostgreSQL goes away the server stays up, says it is not ready and fails requests fast with
// SERVICE_UNAVAILABLE; when PostgreSQL comes back the same server recovers without a restart.
import request from 'supertest';
import type { Express } from 'express';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createPrismaClient, type Db } from '../../src/db/client';
import { createApp, type App } from '../../src/http/createApp';
import { ADMIN_TOKEN } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { startControlledPostgres, type ControlledPostgres } from './support/embeddedServer';
import { createMigratedDatabase } from './support/migratedDatabase';

const FAIL_FAST_MS = 2_000;
const READ = '{ recommendations { totalCount edges { node { code } } } }';
const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { recommendation { version } } }';

let pg: ControlledPostgres;
let db: Db;
let server: App;
let app: Express;
let analystToken: string;
let code: string;

beforeAll(async () => {
  pg = await startControlledPostgres();
  const url = await createMigratedDatabase(pg.url, 'tracker_faults');
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ADMIN_TOKEN, DATABASE_URL: url });
  const log = createLogger(config);
  db = createPrismaClient(url, { poolSize: 5 });
  server = await createApp({ db, config, log });
  app = server.handler;
  analystToken = (await createUserWithToken(db, 'ANALYST')).token;
  code = (await createRecommendation(db, { status: 'IN_PROGRESS', progress: 10 })).code;
}, 120_000);

afterAll(async () => {
  await server?.stop();
  await db?.$disconnect();
  await pg?.exit();
});

const post = (body: object, token?: string) => {
  const req = request(app).post('/graphql').send(body);
  return token ? req.set('authorization', `Bearer ${token}`) : req;
};
const logProgress = (token: string, progress: number) =>
  post({ query: LOG, variables: { input: { code, note: `at ${progress}`, progress } } }, token);

async function timed<T>(work: () => Promise<T>): Promise<{ result: T; ms: number }> {
  const started = performance.now();
  const result = await work();
  return { result, ms: performance.now() - started };
}

it('serves reads and writes, and reports ready, while the database is up', async () => {
  expect((await request(app).get('/readyz')).status).toBe(200);
  expect((await post({ query: READ })).body.data.recommendations.totalCount).toBe(1);
  expect((await logProgress(analystToken, 20)).body.errors).toBeUndefined();
});

describe('while the database is down', () => {
  beforeAll(async () => {
    await pg.stop();
  }, 60_000);

  it('stays alive but reports not ready on /readyz', async () => {
    expect((await request(app).get('/healthz')).status).toBe(200);
    const { result, ms } = await timed(() => request(app).get('/readyz'));
    expect(result.status).toBe(503);
    expect(ms).toBeLessThan(FAIL_FAST_MS);
  });

  it.each([
    ['an anonymous read', () => post({ query: READ }), 503],
    ['a write with the bootstrap admin token', () => logProgress(ADMIN_TOKEN, 30), 503],
    ['a write with a stored token, which cannot even be checked', () => logProgress(analystToken, 30), 503],
  ])('fails %s fast with SERVICE_UNAVAILABLE', async (_what, send, status) => {
    const { result, ms } = await timed(send);
    expect(result.status).toBe(status);
    expect(result.body.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toEqual([
      'SERVICE_UNAVAILABLE',
    ]);
    expect(result.body.errors[0].message).toBe('The database is unavailable; try again shortly.');
    expect(ms).toBeLessThan(FAIL_FAST_MS);
  });
});

describe('once the database is back', () => {
  beforeAll(async () => {
    await pg.start();
  }, 60_000);

  it('recovers without a restart: ready again, and reads and writes succeed', async () => {
    const deadline = Date.now() + 15_000;
    while ((await request(app).get('/readyz')).status !== 200) {
      if (Date.now() > deadline) throw new Error('/readyz did not recover within 15 s');
      await new Promise((r) => setTimeout(r, 200));
    }
    expect((await post({ query: READ })).body.data.recommendations.totalCount).toBe(1);
    const write = await logProgress(analystToken, 40);
    expect(write.body).toEqual({ data: { logProgress: { recommendation: { version: 3 } } } });
    expect(await db.progressUpdate.count()).toBe(2);
  });
});
