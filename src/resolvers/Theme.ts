import type { ThemeResolvers } from '../__generated__/resolvers-types';

export const Theme: ThemeResolvers = {
  document: async (t, _a, ctx) => (await ctx.loaders.document.load(t.documentId))!,
  recommendationCount: (t, _a, ctx) => ctx.loaders.themeRecommendationCount.load(t.id),
};
