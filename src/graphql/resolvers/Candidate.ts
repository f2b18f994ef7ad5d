import type { CandidateResolvers } from '../__generated__/resolvers-types';
import { currentRecommendation } from './Recommendation';
import { toGlobalId } from '../../domain/globalId';

export const Candidate: CandidateResolvers = {
  id: (c) => toGlobalId('Candidate', c.id),
  document: async (c, _a, ctx) => (await ctx.loaders.document.load(c.documentId))!,
  suggestedTheme: (c, _a, ctx) => (c.suggestedThemeId === null ? null : ctx.loaders.theme.load(c.suggestedThemeId)),
  recommendation: (c, _a, ctx) => (c.recommendationId === null ? null : currentRecommendation(ctx, c.recommendationId)),
};
