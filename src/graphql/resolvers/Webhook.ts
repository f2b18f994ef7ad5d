import type { WebhookDeliveryResolvers, WebhookResolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';
import { deliveriesOf, lastDeliveryOf } from '../../domain/webhooks/admin';

export const Webhook: WebhookResolvers = {
  id: (w) => toGlobalId('Webhook', w.id),
  enabled: (w) => w.disabledAt === null,
  lastDelivery: (w, _a, ctx) => lastDeliveryOf(ctx, w.id),
  deliveries: (w, args, ctx) => deliveriesOf(ctx, w.id, args),
};

export const WebhookDelivery: WebhookDeliveryResolvers = {
  id: (d) => toGlobalId('WebhookDelivery', d.id),
};
