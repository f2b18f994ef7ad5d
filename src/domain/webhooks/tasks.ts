// The webhooks' two jobs, by the names the outbox trigger and delivery.ts queue them under.
import { z } from 'zod';
import type { FeatureJobs, JobHandler } from '../jobs/types';
import { fanOutWebhooks } from './fanOut';
import { deliverWebhook, type DeliveryDeps } from './delivery';

const fanOutPayload = z.object({ auditEntryId: z.number().int() });
const deliveryPayload = z.object({ deliveryId: z.number().int() });

export const webhookTasks = (deps: DeliveryDeps): Record<'fanOutWebhooks' | 'deliverWebhook', JobHandler> => ({
  fanOutWebhooks: (payload) => fanOutWebhooks(deps, fanOutPayload.parse(payload).auditEntryId),
  deliverWebhook: (payload) => deliverWebhook(deps, deliveryPayload.parse(payload).deliveryId),
});

/** No periodic jobs: a delivery's retries are jobs queued with a runAt (delivery.ts). */
export const jobs: FeatureJobs = { tasks: webhookTasks };
