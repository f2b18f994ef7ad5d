// The fan-out job: one audit entry (queued by the outbox trigger in its write's transaction) becomes one
// delivery per enabled webhook that subscribes to its event and whose filter the recommendation matches. The
// entry says which event it is, which recommendation it changed and which log entry it appended: the facts of
// the operation table (src/domain/operations.ts), recorded by the write, as every other channel reads them.
// Doing this in a job rather than in the write keeps every write path as it was (one cheap trigger, no
// query per webhook while the writer holds its locks); the filter is judged on the record as it is when the
// job runs, a moment after the change. The deliveries and their jobs are created in one transaction, and a
// webhook gets at most one delivery per entry (a unique key), so a fan-out that runs twice adds nothing.
import { randomUUID } from 'node:crypto';
import type { Prisma, Recommendation, Webhook } from '../../generated/prisma/client';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import { changeMatches, parseFilter } from '../catalog/recommendationFilter';
import { eventPayload, webhookReader } from './events';
import { enqueueDelivery } from './delivery';

export async function fanOutWebhooks(deps: { db: Db; config: Config }, auditEntryId: number): Promise<void> {
  const { db } = deps;
  const entry = await db.auditEntry.findUnique({ where: { id: auditEntryId } });
  const event = entry?.webhookEvent;
  if (!entry || !event || entry.recommendationId === null) return;
  const rec = await db.recommendation.findUnique({ where: { id: entry.recommendationId } });
  if (!rec) return;
  const subscribed = await db.webhook.findMany({ where: { disabledAt: null, events: { has: event } } });
  const matching: Webhook[] = [];
  for (const webhook of subscribed) if (await filterMatches(deps, webhook, rec)) matching.push(webhook);
  if (matching.length === 0) return;
  const update = entry.progressUpdateId
    ? await db.progressUpdate.findUnique({ where: { id: entry.progressUpdateId } })
    : null;
  // Each webhook's body, with the entry as its reader may see it.
  const payloadFor = (w: Webhook) => eventPayload(event, entry, rec, update, webhookReader(w));
  await db.$transaction(async (tx) => {
    const created = await tx.webhookDelivery.createManyAndReturn({
      data: matching.map((w) => ({
        webhookId: w.id,
        messageId: `msg_${randomUUID()}`,
        event,
        auditEntryId,
        payload: payloadFor(w),
      })),
      skipDuplicates: true,
      select: { id: true },
    });
    for (const delivery of created) await enqueueDelivery(tx, delivery.id);
  });
}

/** Whether the recommendation matches the webhook's RecommendationFilter, by the subscriptions' own rule. */
async function filterMatches(deps: { db: Db; config: Config }, webhook: Webhook, rec: Recommendation) {
  if (webhook.filter === null) return true;
  const filter = parseFilter(reviveDates(webhook.filter) as never);
  return changeMatches(deps.db, { filter, env: { now: new Date(), health: deps.config.health, asOf: null } }, rec.id);
}

/** The filter was stored as JSON, where its dates became ISO strings; the filter's schema wants dates. */
const reviveDates = (filter: Prisma.JsonValue): unknown =>
  Object.fromEntries(
    Object.entries(filter as Record<string, unknown>).map(([k, v]) => [
      k,
      typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(v) ? new Date(v) : v,
    ]),
  );
