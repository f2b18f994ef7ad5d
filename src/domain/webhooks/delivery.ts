// One attempt of one delivery: sign the stored body under the Standard Webhooks scheme, POST it through the
// outbound guard (its address checked again, at connect time too; no redirect is followed), and record the
// attempt. A 2xx delivers; anything else is a failed attempt, retried by a new job after base·2^(n-1)
// (WEBHOOK_RETRY_BASE_MS, WEBHOOK_MAX_ATTEMPTS). This backoff is ours rather than graphile-worker's, whose
// fixed exp(attempts) seconds could not be configured or shown as `nextAttemptAt`; the queue's own retry is
// left for a handler that crashes (the database gone mid-attempt), which makes delivery at least once. An
// endpoint with WEBHOOK_DISABLE_AFTER_FAILURES failed attempts in a row is disabled: its pending deliveries
// wait, and enableWebhook sends them.
import { Webhook as Signer } from 'standardwebhooks';
import type { Logger } from 'pino';
import type { Prisma, Webhook, WebhookDelivery } from '../../generated/prisma/client';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { enqueueJob } from '../../db/jobQueue';
import { guardedFetch, OutboundFailed, OutboundRefused, type ResolveHost } from '../outbound/guardedFetch';

export interface DeliveryDeps {
  readonly db: Db;
  readonly config: Config;
  readonly log: Logger;
  /** Tests only: the DNS answers the guard sees. */
  readonly resolveHost?: ResolveHost;
}

/** A receiver's answer is read up to this size; a longer one counts as a failed attempt. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/**
 * Queues an attempt; the key keeps one pending job per delivery (enableWebhook may queue it again). The queue's
 * own retries (graphile-worker's default 25, over about four days) are for a handler that crashed.
 */
export const enqueueDelivery = (tx: Prisma.TransactionClient, deliveryId: number, runAt?: Date) =>
  enqueueJob(tx, 'deliverWebhook', { deliveryId }, { runAt, jobKey: `webhookDelivery:${deliveryId}` });

interface Outcome {
  at: Date;
  ok: boolean;
  responseStatus: number | null;
  durationMs: number;
  error: string | null;
}

export async function deliverWebhook(deps: DeliveryDeps, deliveryId: number): Promise<void> {
  const delivery = await deps.db.webhookDelivery.findUnique({ where: { id: deliveryId }, include: { webhook: true } });
  // Delivered, given up, or its webhook deleted or disabled (enableWebhook queues it again).
  if (!delivery || delivery.status !== 'PENDING' || delivery.webhook.disabledAt) return;
  const outcome = await attempt(deps, delivery, delivery.webhook);
  await record(deps, delivery, outcome);
}

async function attempt(deps: DeliveryDeps, delivery: WebhookDelivery, webhook: Webhook): Promise<Outcome> {
  const at = new Date();
  const started = performance.now();
  const headers = {
    'content-type': 'application/json',
    'user-agent': 'ai-governance-tracker-webhooks',
    'webhook-id': delivery.messageId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Signer(webhook.secret).sign(delivery.messageId, at, delivery.payload),
  };
  const limits = { timeoutMs: deps.config.webhooks.timeoutMs, maxBytes: MAX_RESPONSE_BYTES, maxRedirects: 0 };
  const request = { method: 'POST' as const, headers, body: delivery.payload };
  try {
    const res = await guardedFetch(webhook.url, deps.config.webhookAllowlist, limits, request, deps.resolveHost);
    const ok = res.status >= 200 && res.status < 300;
    return { at, ok, responseStatus: res.status, durationMs: res.durationMs, error: ok ? null : `HTTP ${res.status}` };
  } catch (err) {
    const error =
      err instanceof OutboundRefused
        ? `refused: ${err.message}`
        : err instanceof OutboundFailed
          ? err.message
          : 'the call failed unexpectedly';
    if (!(err instanceof OutboundRefused || err instanceof OutboundFailed)) deps.log.warn({ err }, 'webhook attempt');
    return { at, ok: false, responseStatus: null, durationMs: Math.round(performance.now() - started), error };
  }
}

async function record(deps: DeliveryDeps, delivery: WebhookDelivery, o: Outcome): Promise<void> {
  const { webhooks } = deps.config;
  const attemptCount = delivery.attemptCount + 1;
  await deps.db.$transaction(async (tx) => {
    const { at, responseStatus, durationMs, error } = o;
    await tx.webhookAttempt.create({ data: { deliveryId: delivery.id, at, responseStatus, durationMs, error } });
    const where = { id: delivery.webhookId };
    if (o.ok) {
      await tx.webhook.update({ where, data: { consecutiveFailures: 0 } });
      await tx.webhookDelivery.update({
        where: { id: delivery.id },
        data: { status: 'DELIVERED', attemptCount, deliveredAt: at, nextAttemptAt: null },
      });
      return;
    }
    const webhook = await tx.webhook.update({ where, data: { consecutiveFailures: { increment: 1 } } });
    const disable = !webhook.disabledAt && webhook.consecutiveFailures >= webhooks.disableAfterFailures;
    if (disable) {
      const disabledReason = `${webhook.consecutiveFailures} failed attempts in a row; the last: ${error}`;
      await tx.webhook.update({ where, data: { disabledAt: at, disabledReason } });
      deps.log.warn({ webhookId: webhook.id, disabledReason }, 'webhook disabled');
    }
    const exhausted = attemptCount >= webhooks.maxAttempts;
    const waits = exhausted || disable || webhook.disabledAt;
    const nextAttemptAt = waits ? null : new Date(Date.now() + webhooks.retryBaseMs * 2 ** (attemptCount - 1));
    await tx.webhookDelivery.update({
      where: { id: delivery.id },
      data: { status: exhausted ? 'FAILED' : 'PENDING', attemptCount, nextAttemptAt },
    });
    if (nextAttemptAt) await enqueueDelivery(tx, delivery.id, nextAttemptAt);
  });
}
