import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import type { ProgressUpdate } from '../../generated/prisma/client';
import type { RecommendationRow } from '../../domain/catalog/recommendations';
import type { IndicatorValue } from '../../generated/prisma/client';
import { entriesOfKind, progressEntries, recommendationChanges, type LiveEvent } from '../../domain/live/changeStream';
import { changeLabel } from '../../domain/operations';

/** The change kind of a recorded indicator value, direct or approved (the operation table's). */
const VALUE_KIND = changeLabel('recordIndicatorValue').kind;

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
  indicatorValueRecorded: {
    subscribe: (_p, args, ctx) =>
      entriesOfKind(ctx, args, VALUE_KIND, (event, updateId) => event.loaders.indicatorValueOfUpdate.load(updateId)),
    resolve: (event: LiveEvent<IndicatorValue>) => event.value,
  },
};
