import type { ThemeResolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';

export const Theme: ThemeResolvers = {
  id: (t) => toGlobalId('Theme', t.id),
  document: async (t, _a, ctx) => (await ctx.loaders.document.load(t.documentId))!,
  recommendationCount: (t, _a, ctx) => ctx.loaders.themeRecommendationCount.load(t.id),
};
