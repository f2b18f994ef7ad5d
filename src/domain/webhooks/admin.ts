// Webhooks for admins: register an endpoint (its secret shown once), list them with their state and
// deliveries, re-enable a disabled one, delete one. A URL is refused at registration when it is not http(s)
// or its host resolves to a loopback, private, link-local or metadata address that WEBHOOK_ALLOWLIST does
// not name; every delivery checks again (delivery.ts). The refusal does not say what the host resolved to:
// the API is no probe of the server's network.
import { idOrderedPage } from '../paging/idOrderedPage';
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import {
  Prisma,
  WebhookEvent,
  type Webhook,
  type WebhookAttempt,
  type WebhookDelivery,
} from '../../generated/prisma/client';
import type { AppContext } from '../../context';
import { authorize, type Actor } from '../access/auth';
import { badInput, notFound } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import type { TxDb } from '../../db/client';
import { readFilterSchema } from '../../db/readModel/filter';
import type { Ordering } from '../../db/readModel/keyset';
import type { ConnectionArgs } from '../paging/connection';
import { checkHttpUrl, type HttpUrlProblem } from '../../httpUrl';
import { checkOutboundUrl, OutboundRefused } from '../outbound/guardedFetch';
import { LIMITS, nodeId, parseInput } from '../validation';
import { enqueueDelivery } from './delivery';

const createWebhookSchema = z.object({
  url: z.string().max(LIMITS.url, `a URL may be at most ${LIMITS.url} characters`),
  events: z.array(z.enum(WebhookEvent)).min(1, 'name at least one event').max(10),
  filter: readFilterSchema,
  includeInternal: z.boolean().nullish(),
});

const FORM_REFUSALS: Record<HttpUrlProblem, string> = {
  NOT_ABSOLUTE: 'url must be an absolute http or https URL.',
  SCHEME: 'url must be an http or https URL.',
  CREDENTIALS: 'url may not carry a user name or password.',
};

async function checkUrl(ctx: AppContext, raw: string): Promise<string> {
  const checked = checkHttpUrl(raw);
  if (!checked.ok) throw badInput(FORM_REFUSALS[checked.problem], { field: 'url' });
  try {
    await checkOutboundUrl(raw, ctx.config.webhookAllowlist);
  } catch (err) {
    if (!(err instanceof OutboundRefused)) throw err;
    throw badInput(
      `url is not allowed: webhooks call only hosts that resolve to public addresses, unless WEBHOOK_ALLOWLIST names them.`,
      { field: 'url' },
    );
  }
  return checked.url.toString();
}

/** `whsec_` and 24 random bytes in base64: the secret format standardwebhooks reads. */
const newSigningSecret = () => `whsec_${randomBytes(24).toString('base64')}`;

export async function createWebhook(ctx: AppContext, raw: z.input<typeof createWebhookSchema>) {
  const actor = authorize(ctx.actor, 'createWebhook');
  const input = parseInput(createWebhookSchema, raw);
  const url = await checkUrl(ctx, input.url);
  const events = [...new Set(input.events)];
  const filter = input.filter ? (JSON.parse(JSON.stringify(input.filter)) as Prisma.InputJsonObject) : Prisma.DbNull;
  const secret = newSigningSecret();
  return inTransaction(ctx.db, async (tx) => {
    const includeInternal = input.includeInternal ?? false;
    const webhook = await tx.webhook.create({
      data: { url, events, filter, secret, createdBy: actor.name, includeInternal },
    });
    // The secret stays out of the trail.
    await recordAudit(tx, actor, 'createWebhook', webhook.id, null, {
      url,
      events,
      ...(webhook.filter !== null && { filter: webhook.filter }),
      ...(includeInternal && { includeInternal }),
    });
    return { webhook, secret };
  });
}

export async function listWebhooks(ctx: AppContext) {
  authorize(ctx.actor, 'readWebhooks');
  return ctx.db.webhook.findMany({ orderBy: { id: 'asc' } });
}

const webhookId = nodeId('Webhook', 'id');

/** An admin's write to one webhook, by id: authorized, in a transaction that starts from the webhook as stored. */
async function changeWebhook<T>(
  ctx: AppContext,
  operation: 'enableWebhook' | 'deleteWebhook',
  rawId: string,
  change: (tx: TxDb, actor: Actor, before: Webhook) => Promise<T>,
): Promise<T> {
  const actor = authorize(ctx.actor, operation);
  const id = parseInput(webhookId, rawId);
  return inTransaction(ctx.db, async (tx) => {
    const before = await tx.webhook.findUnique({ where: { id } });
    if (!before) throw notFound(`No webhook with id ${rawId}.`);
    return change(tx, actor, before);
  });
}

/** Enables a disabled webhook again: its failure count starts afresh and its waiting deliveries are sent. */
export const enableWebhook = (ctx: AppContext, rawId: string) =>
  changeWebhook(ctx, 'enableWebhook', rawId, async (tx, actor, before) => {
    const { id } = before;
    const webhook = await tx.webhook.update({
      where: { id },
      data: { disabledAt: null, disabledReason: null, consecutiveFailures: 0 },
    });
    const waiting = await tx.webhookDelivery.findMany({
      where: { webhookId: id, status: 'PENDING' },
      select: { id: true },
    });
    for (const d of waiting) await enqueueDelivery(tx, d.id);
    await recordAudit(
      tx,
      actor,
      'enableWebhook',
      id,
      { disabledAt: before.disabledAt, disabledReason: before.disabledReason },
      { disabledAt: null, resent: waiting.length },
    );
    return webhook;
  });

/** Deletes a webhook with its deliveries; a delivery job still queued finds nothing and ends. */
export const deleteWebhook = (ctx: AppContext, rawId: string) =>
  changeWebhook(ctx, 'deleteWebhook', rawId, async (tx, actor, webhook) => {
    await tx.webhook.delete({ where: { id: webhook.id } });
    await recordAudit(tx, actor, 'deleteWebhook', webhook.id, { url: webhook.url, events: webhook.events }, null);
    return webhook;
  });

/** Newest first; cursors carry the id alone, as the audit trail's do. */
const DELIVERY_ORDER: Ordering = { col: null, dir: 'desc' };

export async function deliveriesOf(ctx: AppContext, webhookId: number, args: ConnectionArgs) {
  authorize(ctx.actor, 'readWebhooks');
  const where: Prisma.WebhookDeliveryWhereInput = { webhookId };
  return idOrderedPage(args, DELIVERY_ORDER, where, {
    rows: (w, orderBy, take) =>
      ctx.db.webhookDelivery.findMany({
        where: w,
        orderBy: orderBy as Prisma.WebhookDeliveryOrderByWithRelationInput[],
        take,
        include: { attempts: { orderBy: { id: 'asc' } } },
      }),
    count: (w) => ctx.db.webhookDelivery.count({ where: w }),
    exists: async (w) => !!(await ctx.db.webhookDelivery.findFirst({ where: w, select: { id: true } })),
  });
}

export type WebhookDeliveryRow = WebhookDelivery & { attempts: WebhookAttempt[] };

export const lastDeliveryOf = (ctx: AppContext, webhookId: number) =>
  ctx.db.webhookDelivery.findFirst({
    where: { webhookId },
    orderBy: { id: 'desc' },
    include: { attempts: { orderBy: { id: 'asc' } } },
  });
