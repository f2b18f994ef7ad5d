import type { ChangeConnectionResolvers, ChangeResolvers } from '../__generated__/resolvers-types';
import { currentRecommendation } from './Recommendation';
import { changeCursor, changeSummaryOf } from '../../domain/live/changes';

export const Change: ChangeResolvers = {
  cursor: (c) => changeCursor(c),
  recommendation: (c, _a, ctx) => currentRecommendation(ctx, c.recommendationId),
  progressUpdate: (c, _a, ctx) => (c.progressUpdateId ? ctx.loaders.progressUpdate.load(c.progressUpdateId) : null),
  summaryZh: async (c, _a, ctx) => (await changeSummaryOf(ctx, c)).zh,
  summaryEn: async (c, _a, ctx) => (await changeSummaryOf(ctx, c)).en,
};

// Edges and pageInfo are the page's own (domain/live/changes.ts).
export const ChangeConnection: ChangeConnectionResolvers = {};
