// The real entry point, spawned: SIGTERM drains an in-flight write before the process exits 0, and the
// structured JSON logs carry request ids but never a token.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import request from 'supertest';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createRecommendation, createUserWithToken } from '../helpers/factories';

const root = path.resolve(__dirname, '../..');
const BOOTSTRAP = 'shutdown-test-admin-token-0123456789';
const LOG = 'mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { note } } }';

let database: TestDatabase;
let child: ChildProcess;
const stdout: string[] = [];
let port: number;
let exited: Promise<number | null>;

beforeAll(async () => {
  database = await createTestDatabase();
  child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      ADMIN_TOKEN: BOOTSTRAP,
      LOG_LEVEL: 'info',
      NODE_ENV: 'test',
      PLAYGROUND: 'false',
    },
  });
  // 'close', not 'exit': it waits for stdout to drain, so the last log lines are read before assertions.
  exited = new Promise((resolve) => child.once('close', (code) => resolve(code)));
  port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${stdout.join('\n')}`)), 90_000);
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      stdout.push(line);
      const entry = parse(line);
      if (entry?.msg === 'ready') {
        clearTimeout(timer);
        resolve(entry.port as number);
      }
    });
  });
}, 120_000);

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await database.drop();
});

function parse(line: string): Record<string, unknown> | null {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return null;
  }
}

const api = () => request(`http://127.0.0.1:${port}`);

it('logs each request as JSON with its x-request-id, and a refused write without the token', async () => {
  const { token } = await createUserWithToken(database.db, 'VIEWER', 'vera');
  const rec = await createRecommendation(database.db);
  const res = await api()
    .post('/graphql')
    .set('authorization', `Bearer ${token}`)
    .set('x-request-id', 'refused-write-1')
    .send({ query: LOG, variables: { input: { code: rec.code, note: 'not allowed' } } });
  expect(res.body.errors[0].extensions.code).toBe('FORBIDDEN');
  expect(res.headers['x-request-id']).toBe('refused-write-1');
  const entriesOf = (id: string) => stdout.map(parse).filter((e) => e?.reqId === id);
  await waitFor(async () => entriesOf('refused-write-1').length >= 2);
  const entries = entriesOf('refused-write-1');
  expect(entries).toEqual([
    expect.objectContaining({
      level: 40,
      msg: 'write failed',
      operation: 'logProgress',
      actor: { name: 'vera', role: 'VIEWER' },
      codes: ['FORBIDDEN'],
    }),
    expect.objectContaining({
      level: 30,
      msg: 'request',
      method: 'POST',
      url: '/graphql',
      status: 200,
      ms: expect.any(Number),
    }),
  ]);
  expect(stdout.join('\n')).not.toContain(token);
});

it('finishes an in-flight write after SIGTERM, stores it, refuses new connections and exits 0', async () => {
  const { token } = await createUserWithToken(database.db, 'ANALYST', 'ana');
  const rec = await createRecommendation(database.db);
  // Every log entry now takes 1.5 s to insert, so the write is surely in flight when the signal arrives.
  await database.db.$executeRawUnsafe(
    `CREATE FUNCTION test_slow_insert() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_sleep(1.5); RETURN NEW; END $$`,
  );
  await database.db.$executeRawUnsafe(
    `CREATE TRIGGER test_slow_insert BEFORE INSERT ON "ProgressUpdate" FOR EACH ROW EXECUTE FUNCTION test_slow_insert()`,
  );
  const write = api()
    .post('/graphql')
    .set('authorization', `Bearer ${token}`)
    .set('x-request-id', 'draining-write-1')
    .send({
      query: LOG,
      variables: { input: { code: rec.code, note: 'landed during shutdown', progress: 5, status: 'IN_PROGRESS' } },
    })
    .then((r) => r); // `then` sends it now; the response is awaited after the signal
  await waitFor(
    async () =>
      (
        await database.db.$queryRaw<
          { n: number }[]
        >`SELECT count(*)::int AS n FROM pg_stat_activity WHERE query LIKE '%ProgressUpdate%' AND wait_event = 'PgSleep'`
      )[0].n > 0,
  );
  child.kill('SIGTERM');
  await waitFor(async () => stdout.some((l) => parse(l)?.msg === 'draining in-flight requests'));
  // New connections are refused once draining has begun (a few ticks after the log line).
  await waitFor(
    () =>
      api()
        .get('/healthz')
        .timeout(1_000)
        .then(
          () => false,
          () => true,
        ),
    5_000,
  );
  const res = await write;
  expect(res.status).toBe(200);
  expect(res.body).toEqual({ data: { logProgress: { update: { note: 'landed during shutdown' } } } });
  expect(await exited).toBe(0);
  expect(await database.db.progressUpdate.findMany({ select: { note: true } })).toEqual([
    { note: 'landed during shutdown' },
  ]);
  const entries = stdout.map(parse);
  expect(entries.filter((e) => e?.reqId === 'draining-write-1')).toEqual([
    expect.objectContaining({ msg: 'request', status: 200 }),
  ]);
  // The write was answered before the server reported itself stopped. (Probes of /healthz that raced the
  // close may log their own lines in between; they are not the write.)
  const answered = entries.findIndex((e) => e?.reqId === 'draining-write-1');
  expect(entries.slice(answered).map((e) => e?.msg)).toContain('stopped');
  const all = stdout.join('\n');
  expect(all).not.toContain(token);
  expect(all).not.toContain(BOOTSTRAP);
}, 60_000);

async function waitFor(check: () => Promise<boolean>, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
