import type { SubscriptionResolvers } from '../__generated__/resolvers-types';
import { progressEntries, recommendationChanges } from '../../domain/live/changeStream';

/** Each event as graphql-js expects it, under the field's name; return() still reaches the source at once. */
function keyed<K extends string, T>(key: K, source: AsyncIterableIterator<T>): AsyncIterableIterator<Record<K, T>> {
  return {
    async next() {
      const r = await source.next();
      return r.done ? { done: true, value: undefined } : { done: false, value: { [key]: r.value } as Record<K, T> };
    },
    async return() {
      await source.return?.();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

export const Subscription: SubscriptionResolvers = {
  recommendationChanged: {
    subscribe: (_p, args, ctx) => keyed('recommendationChanged', recommendationChanges(ctx, args)),
  },
  progressLogged: {
    subscribe: (_p, args, ctx) => keyed('progressLogged', progressEntries(ctx, args)),
  },
};
