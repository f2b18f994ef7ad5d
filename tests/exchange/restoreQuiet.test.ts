// A restore announces nothing: the restored history is old news. It queues no job, sends nothing to a webhook
// receiver (even with a worker running), leaves no webhook, delivery or job of the database it replaced, and
// pushes none of its changes to live subscribers; the change feed still holds the restored trail's changes.
import { createLogger } from '../../src/logger';
import { ChangeHub } from '../../src/domain/live/changeHub';
import { startJobWorker } from '../../src/domain/jobs/worker';
import { jobTasks } from '../../src/domain/registry/jobRegistry';
import type { ChangeRow } from '../../src/db/changeEvents';
import type { Db } from '../../src/db/client';
import { restoreBackup, takeBackup } from '../../src/db/backup';
import { ADMIN_TOKEN, startTestServer, useTestServer, type TestServer } from '../helpers/testServer';
import { createRecommendation, createUserWithToken } from '../helpers/factories';
import { CreateWebhookDocument, LogForWebhooksDocument } from '../__generated__/webhooks';
import type { WebhookEvent } from '../__generated__/schemaTypes';
import { startReceiver, type Receiver } from '../webhooks/support/receiver';
import { settleJobs } from '../webhooks/support/jobs';

const s = useTestServer({ reset: true, env: { OUTBOUND_ALLOWLIST: '127.0.0.1/32', WEBHOOK_RETRY_BASE_MS: '0' } });
let source: TestServer;
let receiver: Receiver;
beforeAll(async () => {
  source = await startTestServer();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await source.close();
});

const ALL_EVENTS = ['PROGRESS_LOGGED', 'RECOMMENDATION_CHANGED', 'OWNERS_CHANGED', 'TARGET_DATE_CHANGED'];
const SET_TARGET = `mutation T($input: SetTargetDateInput!) { setTargetDate(input: $input) { code } }`;

async function log(server: TestServer, code: string, progress: number, token = ADMIN_TOKEN) {
  const input = { code, note: `At ${progress}%`, status: 'IN_PROGRESS' as const, progress, occurredOn: '2026-11-20' };
  const res = await server.exec(LogForWebhooksDocument, { input }, token);
  expect(res.errors).toBeUndefined();
}

/** Another database's history, backed up: three entries and a target date on one recommendation. */
async function sourceBackup() {
  await source.reset();
  const rec = await createRecommendation(source.db, { code: 'GOV-PAST-01' });
  const { token } = await createUserWithToken(source.db, 'ANALYST', 'li');
  for (const progress of [10, 20, 30]) await log(source, rec.code, progress, token);
  await source.exec(SET_TARGET, { input: { code: rec.code, targetDate: '2027-06-30', reason: 'Plan' } }, token);
  return takeBackup(source.db);
}

const count = async (db: Db, table: string) =>
  (await db.$queryRawUnsafe<{ n: number }[]>(`SELECT count(*)::int AS n FROM ${table}`))[0].n;
const counts = (db: Db) =>
  Promise.all(['graphile_worker.jobs', '"Webhook"', '"WebhookDelivery"', '"WebhookAttempt"'].map((t) => count(db, t)));
/** The feed as it describes the trail: everything but its own id and transaction. */
const feed = (db: Db) =>
  db.$queryRaw<unknown[]>`SELECT kind, "recommendationId", "auditEntryId", "progressUpdateId", "actorName", "createdAt"
    FROM "ChangeEvent" ORDER BY id`;

it('restore --force queues nothing, sends no delivery and leaves no webhook, delivery or job behind', async () => {
  const doc = await sourceBackup();
  const rec = await createRecommendation(s.db, { code: 'GOV-LIVE-01' });
  const hook = await s.exec(
    CreateWebhookDocument,
    { input: { url: receiver.url, events: ALL_EVENTS as WebhookEvent[] } },
    ADMIN_TOKEN,
  );
  expect(hook.errors).toBeUndefined();
  await log(s, rec.code, 10);
  await settleJobs(s);
  expect(receiver.received).toHaveLength(1);
  await log(s, rec.code, 20); // its fan-out job is still queued when the restore comes
  expect(await counts(s.db)).toEqual([1, 1, 1, 1]);

  await restoreBackup(s.db, doc, { force: true });
  expect(await counts(s.db)).toEqual([0, 0, 0, 0]);
  // A worker that runs for a while after the restore finds nothing to send.
  const deps = { db: s.db, config: s.config, log: createLogger(s.config) };
  const worker = await startJobWorker({ ...deps, tasks: jobTasks(deps), databaseUrl: s.url, pollIntervalMs: 100 });
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  await worker.stop();
  await settleJobs(s);
  expect(receiver.received).toHaveLength(1);
  expect(await counts(s.db)).toEqual([0, 0, 0, 0]);
  // The feed is the restored trail's, exactly as the source's own writes made it.
  expect(await feed(s.db)).toEqual(await feed(source.db));
}, 120_000);

async function until(condition: () => boolean, what: string) {
  for (let waited = 0; waited < 15_000; waited += 50) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

it('pushes none of the restored changes to live subscribers, only the changes made after it', async () => {
  const doc = await sourceBackup();
  await createRecommendation(s.db, { code: 'GOV-LIVE-01' }); // a database in use, whose feed is still empty
  const hub = await ChangeHub.start(s.db, s.url, createLogger(s.config));
  const pushed: ChangeRow[] = [];
  hub.subscribe((rows) => pushed.push(...rows));
  try {
    await restoreBackup(s.db, doc, { force: true });
    await log(s, 'GOV-PAST-01', 40);
    const latest = await s.db.auditEntry.findFirstOrThrow({ orderBy: { id: 'desc' } });
    await until(() => pushed.some((r) => r.auditEntryId === latest.id), 'the change made after the restore');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pushed.map((r) => [r.kind, r.auditEntryId])).toEqual([['logProgress', latest.id]]);
  } finally {
    await hub.close();
  }
}, 120_000);
