// Deliveries survive a restart: they live in PostgreSQL (the delivery rows and graphile-worker's jobs), so a
// retry that was waiting when the server stopped, and an event logged while no worker ran, are both
// delivered by the next server's worker on the same database.
import type { DocumentNode } from 'graphql';
import { loadConfig } from '../../src/config';
import { createLogger } from '../../src/logger';
import { createPrismaClient, type Db } from '../../src/db/client';
import { createApp } from '../../src/http/createApp';
import { startJobWorker } from '../../src/domain/jobs/worker';
import { jobTasks } from '../../src/domain/registry/jobRegistry';
import { createTestDatabase, type TestDatabase } from '../helpers/database';
import { ADMIN_TOKEN } from '../helpers/testServer';
import { createRecommendation } from '../helpers/factories';
import { CreateWebhookDocument, LogForWebhooksDocument, WebhooksDocument } from '../__generated__/webhooks';
import type { WebhookEvent } from '../__generated__/schemaTypes';
import { startReceiver, type Receiver } from './support/receiver';

let t: TestDatabase;
let receiver: Receiver;
beforeAll(async () => {
  t = await createTestDatabase();
  receiver = await startReceiver();
});
afterAll(async () => {
  await receiver.close();
  await t.drop();
});

/** One server instance (API and worker) on the test database, as src/index.ts starts it. */
async function startInstance(db: Db) {
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    ADMIN_TOKEN,
    DATABASE_URL: t.url,
    WEBHOOK_ALLOWLIST: '127.0.0.1/32',
    WEBHOOK_RETRY_BASE_MS: '300',
  });
  const log = createLogger(config);
  const app = await createApp({ db, config, log });
  const worker = await startJobWorker({
    db,
    config,
    log,
    tasks: jobTasks({ db, config, log }),
    databaseUrl: t.url,
    pollIntervalMs: 100,
  });
  const exec = async (query: DocumentNode, variables: Record<string, unknown>) => {
    const contextValue = await app.contextFor({ authorization: `Bearer ${ADMIN_TOKEN}` });
    const res = await app.apollo.executeOperation({ query, variables }, { contextValue });
    if (res.body.kind !== 'single') throw new Error('expected a single result');
    expect(res.body.singleResult.errors).toBeUndefined();
    return JSON.parse(JSON.stringify(res.body.singleResult.data)) as Record<string, any>;
  };
  return { app, worker, exec };
}

async function until(condition: () => boolean | Promise<boolean>, what: string) {
  for (let waited = 0; waited < 15_000; waited += 50) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const logInput = (code: string, progress: number) => ({
  input: { code, note: `At ${progress}%`, status: 'IN_PROGRESS', progress },
});

it('delivers after a restart the retry that was waiting and the event logged while no worker ran', async () => {
  const rec = await createRecommendation(t.db);
  receiver.answer(500, 200);
  const first = await startInstance(t.db);
  await first.exec(CreateWebhookDocument, {
    input: { url: receiver.url, events: ['PROGRESS_LOGGED' as WebhookEvent] },
  });
  await first.exec(LogForWebhooksDocument, logInput(rec.code, 10));
  await until(() => receiver.received.length === 1, 'the first attempt');
  // The worker stops with the retry still scheduled; the next change is logged with no worker running.
  await first.worker.stop();
  await first.exec(LogForWebhooksDocument, logInput(rec.code, 20));
  await first.app.stop();
  await new Promise((resolve) => setTimeout(resolve, 400));
  expect(receiver.received).toHaveLength(1);

  const db = createPrismaClient(t.url);
  const second = await startInstance(db);
  try {
    await until(
      async () => (await db.webhookDelivery.count({ where: { status: 'DELIVERED' } })) === 2,
      'both deliveries',
    );
    const { webhooks } = await second.exec(WebhooksDocument, {});
    const deliveries = webhooks[0].deliveries.edges.map((e: any) => ({
      status: e.node.status,
      attempts: e.node.attempts.map((a: { responseStatus: number }) => a.responseStatus),
    }));
    expect(deliveries).toEqual([
      { status: 'DELIVERED', attempts: [200] },
      { status: 'DELIVERED', attempts: [500, 200] },
    ]);
    const progressSent = receiver.received.map((r) => JSON.parse(r.body).data.update.progress);
    expect(progressSent.sort()).toEqual([10, 10, 20]);
  } finally {
    await second.worker.stop();
    await second.app.stop();
    await db.$disconnect();
  }
});
