// The real entry point, spawned with the old OUTBOUND_ALLOWLIST: it starts, and its log says at start that the
// name is deprecated and now covers webhooks only, so that an operator who relied on it for evidence learns why.
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { spawnServer, waitFor, type Spawned } from '../faults/support/spawnedServer';

let database: TestDatabase;
let server: Spawned;

beforeAll(async () => {
  database = await createTestDatabase();
}, 60_000);
afterAll(async () => {
  if (server?.child.exitCode === null) server.child.kill('SIGKILL');
  await database.drop();
});

const entries = () =>
  server
    .stdout()
    .split('\n')
    .flatMap((line) => {
      try {
        return [JSON.parse(line) as { level: number; msg: string }];
      } catch {
        return [];
      }
    });

it('logs a warning at start when OUTBOUND_ALLOWLIST is set, and starts all the same', async () => {
  server = spawnServer({
    ...process.env,
    DATABASE_URL: database.url,
    OUTBOUND_ALLOWLIST: '127.0.0.1/32',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'info',
    NODE_ENV: 'test',
    JOB_WORKER: 'false',
  });
  await waitFor(() => entries().some((e) => e.msg === 'ready') || server.child.exitCode !== null, 'the server start');
  expect(entries().filter((e) => e.level === 40)).toEqual([
    expect.objectContaining({ msg: expect.stringMatching(/^OUTBOUND_ALLOWLIST is deprecated .*WEBHOOK_ALLOWLIST/) }),
  ]);
  expect(entries().some((e) => e.msg === 'ready')).toBe(true);
  server.child.kill('SIGTERM');
  expect(await server.exited).toBe(0);
}, 120_000);
