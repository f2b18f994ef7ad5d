// The webhooks' two jobs, by the names the outbox trigger and delivery.ts queue them under.
import { z } from 'zod';
import type { JobHandler } from '../jobs/worker';
import { fanOutWebhooks } from './fanOut';
import { deliverWebhook, type DeliveryDeps } from './delivery';

const fanOutPayload = z.object({ auditEntryId: z.number().int() });
const deliveryPayload = z.object({ deliveryId: z.number().int() });

export const webhookTasks = (deps: DeliveryDeps): Record<'fanOutWebhooks' | 'deliverWebhook', JobHandler> => ({
  fanOutWebhooks: (payload) => fanOutWebhooks(deps, fanOutPayload.parse(payload).auditEntryId),
  deliverWebhook: (payload) => deliverWebhook(deps, deliveryPayload.parse(payload).deliveryId),
});
