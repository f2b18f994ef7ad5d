import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { ProgressUpdate } from '../../generated/prisma/client';
import type { RecommendationRow } from '../../domain/catalog/recommendations';
import { progressEntries, recommendationChanges, type LiveEvent } from '../../domain/live/changeStream';

// Each event is a LiveEvent: its value is the field's, and its fields resolve in its own context (liveEvents.ts).
export const Subscription: SubscriptionResolvers = {
  recommendationChanged: {
    subscribe: (_p, args, ctx) => recommendationChanges(ctx, args),
    resolve: (event: LiveEvent<RecommendationRow>) => event.value,
  },
  progressLogged: {
    subscribe: (_p, args, ctx) => progressEntries(ctx, args),
    resolve: (event: LiveEvent<ProgressUpdate>) => event.value,
  },
};
