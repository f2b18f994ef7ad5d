// Signed webhooks against a loopback receiver: each delivery verifies with standardwebhooks, a failing
// receiver is retried until it accepts, one that keeps failing is disabled (and enabled again by an admin),
// and the filter decides which changes reach a webhook.
import { Webhook as Verifier, WebhookVerificationError } from 'standardwebhooks';
import { ADMIN_TOKEN, useTestServer } from '../helpers/testServer';
import { createRecommendation, createTheme, createUserWithToken } from '../helpers/factories';
import { globalId } from '../helpers/globalIds';
import {
  CreateWebhookDocument,
  EnableWebhookDocument,
  LogForWebhooksDocument,
  WebhooksDocument,
} from '../__generated__/webhooks';
import type { CreateWebhookInput, WebhookEvent } from '../__generated__/schemaTypes';
import { startReceiver, type Receiver } from './support/receiver';
import { settleJobs } from './support/jobs';

const s = useTestServer({
  reset: true,
  env: {
    WEBHOOK_ALLOWLIST: '127.0.0.1/32',
    WEBHOOK_RETRY_BASE_MS: '0',
    WEBHOOK_MAX_ATTEMPTS: '3',
    WEBHOOK_DISABLE_AFTER_FAILURES: '4',
  },
});

let receiver: Receiver;
beforeEach(async () => (receiver = await startReceiver()));
afterEach(() => receiver.close());

async function register(input: Partial<CreateWebhookInput> = {}) {
  const res = await s.exec(
    CreateWebhookDocument,
    { input: { url: receiver.url, events: ['PROGRESS_LOGGED' as WebhookEvent], ...input } },
    ADMIN_TOKEN,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.createWebhook;
}

async function log(code: string, progress: number) {
  const { token } = await createUserWithToken(s.db, 'ANALYST');
  const input = { code, note: `At ${progress}%`, status: 'IN_PROGRESS' as const, progress, occurredOn: '2026-11-20' };
  const res = await s.exec(LogForWebhooksDocument, { input }, token);
  expect(res.errors).toBeUndefined();
  return res.data!.logProgress.update!.id;
}

const webhooks = async () => (await s.exec(WebhooksDocument, {}, ADMIN_TOKEN)).data!.webhooks;
const attemptsOf = (hook: Awaited<ReturnType<typeof webhooks>>[number]) =>
  hook.deliveries.edges.map((e) => e.node.attempts.map((a) => a.responseStatus ?? a.error));

it('signs each delivery so that standardwebhooks verifies it, with the change as its payload', async () => {
  const rec = await createRecommendation(s.db);
  const { webhook, secret } = await register();
  expect(secret).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  const updateId = await log(rec.code, 20);
  await settleJobs(s);

  expect(receiver.received).toHaveLength(1);
  const [{ headers, body }] = receiver.received;
  const delivery = (await webhooks())[0].deliveries.edges[0].node;
  expect(headers['webhook-id']).toBe(delivery.messageId);
  expect(new Verifier(secret).verify(body, headers)).toEqual({
    type: 'progress.logged',
    timestamp: expect.any(String),
    data: {
      recommendation: {
        id: globalId('Recommendation', rec.id),
        code: rec.code,
        titleEn: rec.titleEn,
        status: 'IN_PROGRESS',
        progress: 20,
        version: 2,
        targetDate: null,
        archived: false,
      },
      change: {
        operation: 'logProgress',
        actor: expect.stringMatching(/^analyst-/),
        before: { status: 'NOT_STARTED', progress: 0, version: 1 },
        after: { status: 'IN_PROGRESS', progress: 20, version: 2, updateId: expect.any(Number) },
      },
      update: {
        id: updateId,
        note: 'At 20%',
        statusBefore: 'NOT_STARTED',
        status: 'IN_PROGRESS',
        progressBefore: 0,
        progress: 20,
        occurredOn: '2026-11-20',
        evidenceUrls: [],
        visibility: 'PUBLIC',
      },
    },
  });
  const forged = new Verifier(`whsec_${Buffer.alloc(24, 7).toString('base64')}`);
  expect(() => forged.verify(body, headers)).toThrow(WebhookVerificationError);
  expect(() => new Verifier(secret).verify(body.replace('20%', '90%'), headers)).toThrow(WebhookVerificationError);
  expect(webhook.enabled).toBe(true);
});

it('retries a receiver that answers 500 until it accepts, under one message id, each attempt visible', async () => {
  const rec = await createRecommendation(s.db);
  const { secret } = await register();
  receiver.answer(500, 500, 200);
  await log(rec.code, 10);
  await settleJobs(s);

  const [hook] = await webhooks();
  expect(hook.deliveries.edges.map((e) => ({ ...e.node, id: undefined, messageId: undefined }))).toEqual([
    {
      event: 'PROGRESS_LOGGED',
      status: 'DELIVERED',
      attemptCount: 3,
      nextAttemptAt: null,
      attempts: [
        { responseStatus: 500, durationMs: expect.any(Number), error: 'HTTP 500' },
        { responseStatus: 500, durationMs: expect.any(Number), error: 'HTTP 500' },
        { responseStatus: 200, durationMs: expect.any(Number), error: null },
      ],
    },
  ]);
  const ids = receiver.received.map((r) => r.headers['webhook-id']);
  expect(ids).toEqual([ids[0], ids[0], ids[0]]);
  for (const r of receiver.received) expect(new Verifier(secret).verify(r.body, r.headers)).toBeTruthy();
  expect(hook.consecutiveFailures).toBe(0);
});

it('gives a delivery up after WEBHOOK_MAX_ATTEMPTS, disables a webhook that keeps failing, and resends once enabled', async () => {
  const rec = await createRecommendation(s.db);
  const { webhook } = await register();
  receiver.answer(503);
  await log(rec.code, 10);
  await settleJobs(s);
  await log(rec.code, 20);
  await settleJobs(s);

  let [hook] = await webhooks();
  expect({ ...hook, deliveries: attemptsOf(hook), lastDelivery: hook.lastDelivery?.status }).toEqual({
    id: webhook.id,
    url: receiver.url,
    enabled: false,
    disabledReason: '4 failed attempts in a row; the last: HTTP 503',
    consecutiveFailures: 4,
    lastDelivery: 'PENDING',
    deliveries: [[503], [503, 503, 503]],
  });
  expect(hook.deliveries.edges.map((e) => e.node.status)).toEqual(['PENDING', 'FAILED']);
  // While disabled, changes queue nothing for it.
  await log(rec.code, 30);
  await settleJobs(s);
  expect(receiver.received).toHaveLength(4);

  receiver.answer(200);
  const enabled = await s.exec(EnableWebhookDocument, { id: webhook.id }, ADMIN_TOKEN);
  expect(enabled.data!.enableWebhook).toEqual({ enabled: true, consecutiveFailures: 0 });
  await settleJobs(s);
  [hook] = await webhooks();
  expect(attemptsOf(hook)).toEqual([
    [503, 200],
    [503, 503, 503],
  ]);
  expect(hook.deliveries.edges.map((e) => e.node.status)).toEqual(['DELIVERED', 'FAILED']);
});

it('delivers only the events and the recommendations a webhook subscribed to', async () => {
  const sandbox = await createTheme(s.db, { code: 'SANDBOX' });
  const inSandbox = await createRecommendation(s.db, { themeId: sandbox.id });
  const elsewhere = await createRecommendation(s.db);
  await register({ filter: { theme: ['SANDBOX'] } });
  await register({ events: ['TARGET_DATE_CHANGED' as WebhookEvent] });
  await log(elsewhere.code, 10);
  await log(inSandbox.code, 10);
  await settleJobs(s);

  expect(receiver.received.map((r) => JSON.parse(r.body).data.recommendation.code)).toEqual([inSandbox.code]);
  const [filtered, otherEvent] = await webhooks();
  expect([filtered.deliveries.totalCount, otherEvent.deliveries.totalCount]).toEqual([1, 0]);
});
