// Two real server processes on one database, one of them SIGKILLed while its webhook deliveries are in flight.
// The dead instance's workers leave their jobs locked, and graphile-worker would release such a lock only after
// four hours. The live instance notices that those workers no longer have a connection (domain/jobs/liveness.ts)
// and runs their jobs again: every delivery arrives, a repeat only under its own message id.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { createRecommendation } from '../helpers/factories';
import { spawnServer, type Spawned } from './support/spawnedServer';

const ADMIN = 'killed-instance-admin-token-0123456789';
const WRITES = 8;
/** Generous: the sweep (every 500 ms here) needs two rounds; the lock it replaces lasts four hours. */
const RECOVERY_MS = 60_000;

interface Arrival {
  messageId: string;
  /** The log entry's global id, as the payload names it. */
  updateId: string;
}

/** A loopback receiver that holds every request until `release()`, then answers each at once with 204. */
async function holdingReceiver() {
  const arrivals: Arrival[] = [];
  const held: http.ServerResponse[] = [];
  let holding = true;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      arrivals.push({ messageId: req.headers['webhook-id'] as string, updateId: body.data.update.id });
      if (holding) held.push(res);
      else res.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`,
    arrivals,
    held,
    release() {
      holding = false;
      for (const res of held.splice(0)) if (!res.destroyed) res.writeHead(204).end();
    },
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(resolve));
    },
  };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** One instance as production runs it; resolves with its port once it logged `ready`. */
async function startInstance(databaseUrl: string): Promise<Spawned & { port: number }> {
  const server = spawnServer({
    ...process.env,
    DATABASE_URL: databaseUrl,
    PORT: '0',
    HOST: '127.0.0.1',
    ADMIN_TOKEN: ADMIN,
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    PLAYGROUND: 'false',
    WEBHOOK_ALLOWLIST: '127.0.0.1/32',
    JOB_CONCURRENCY: '2',
    JOB_SWEEP_INTERVAL_MS: '500',
    WEBHOOK_TIMEOUT_MS: '60000',
  });
  let port = 0;
  await until(
    () => {
      const ready = server
        .stdout()
        .split('\n')
        .map((line) => /"msg":"ready"/.test(line) && (JSON.parse(line) as { port: number }).port)
        .find(Boolean);
      if (ready) port = ready;
      if (server.child.exitCode !== null) throw new Error(`instance exited:\n${server.stderr()}`);
      return port > 0;
    },
    'an instance to start',
    90_000,
  );
  return { ...server, port };
}

async function graphql(port: number, query: string, variables: Record<string, unknown>) {
  const res = await fetch(`http://127.0.0.1:${port}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${ADMIN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: unknown; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data;
}

const REGISTER = `mutation Register($input: CreateWebhookInput!) { createWebhook(input: $input) { webhook { id } } }`;
const LOG = `mutation Log($input: LogProgressInput!) { logProgress(input: $input) { update { id } } }`;

let database: TestDatabase;
let receiver: Awaited<ReturnType<typeof holdingReceiver>>;
const instances: Spawned[] = [];
beforeAll(async () => {
  database = await createTestDatabase();
  receiver = await holdingReceiver();
});
afterAll(async () => {
  for (const instance of instances) if (instance.child.exitCode === null) instance.child.kill('SIGKILL');
  await Promise.all(instances.map((instance) => instance.exited));
  await receiver?.close();
  await database?.drop();
});

it('delivers every event after an instance is killed mid-delivery, each under one message id', async () => {
  const [doomed, survivor] = await Promise.all([startInstance(database.url), startInstance(database.url)]);
  instances.push(doomed, survivor);
  const input = { url: receiver.url, events: ['PROGRESS_LOGGED'] };
  await graphql(survivor.port, REGISTER, { input });
  const updateIds: string[] = [];
  for (let i = 0; i < WRITES; i++) {
    const rec = await createRecommendation(database.db);
    const data = (await graphql(i % 2 ? survivor.port : doomed.port, LOG, {
      input: { code: rec.code, note: `Step ${i}`, status: 'IN_PROGRESS', progress: 10 },
    })) as { logProgress: { update: { id: string } } };
    updateIds.push(data.logProgress.update.id);
  }
  // Each instance runs two jobs at a time: four held requests are two deliveries in flight on each.
  await until(() => receiver.held.length === 4, 'four deliveries in flight', 30_000);
  doomed.child.kill('SIGKILL');
  await doomed.exited;
  receiver.release();

  const deliveries = () =>
    database.db.webhookDelivery.findMany({ select: { messageId: true, status: true }, orderBy: { id: 'asc' } });
  await until(
    async () => (await deliveries()).filter((d) => d.status === 'DELIVERED').length === WRITES,
    `all ${WRITES} deliveries`,
    RECOVERY_MS,
  );
  const delivered = await deliveries();
  const idsOf = (updateId: string) =>
    new Set(receiver.arrivals.filter((a) => a.updateId === updateId).map((a) => a.messageId));
  const arrivalsOf = (messageId: string) => receiver.arrivals.filter((a) => a.messageId === messageId).length;
  expect({
    deliveries: delivered.length,
    arrived: new Set(receiver.arrivals.map((a) => a.messageId)),
    messageIdsPerEntry: updateIds.map((id) => idsOf(id).size),
    // The killed instance's two deliveries in flight were sent again, under their own ids: at least once.
    sentTwice: delivered.filter((d) => arrivalsOf(d.messageId) === 2).length,
    released: survivor.stdout().includes('released the jobs of job workers that no longer have a connection'),
  }).toEqual({
    deliveries: WRITES,
    arrived: new Set(delivered.map((d) => d.messageId)),
    messageIdsPerEntry: updateIds.map(() => 1),
    sentTwice: 2,
    released: true,
  });
}, 180_000);
