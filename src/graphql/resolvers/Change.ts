import type { ChangeConnectionResolvers, ChangeResolvers } from '../__generated__/resolvers-types';
import { changeCursor, changeSummaryOf } from '../../domain/live/changes';

export const Change: ChangeResolvers = {
  cursor: (c) => changeCursor(c),
  recommendation: async (c, _a, ctx) => ({
    ...(await ctx.loaders.recommendation.load(c.recommendationId))!,
    asOf: null,
  }),
  progressUpdate: (c, _a, ctx) => (c.progressUpdateId ? ctx.loaders.progressUpdate.load(c.progressUpdateId) : null),
  summaryZh: async (c, _a, ctx) => (await changeSummaryOf(ctx, c)).zh,
  summaryEn: async (c, _a, ctx) => (await changeSummaryOf(ctx, c)).en,
};

// Edges and pageInfo are the page's own (domain/live/changes.ts).
export const ChangeConnection: ChangeConnectionResolvers = {};
