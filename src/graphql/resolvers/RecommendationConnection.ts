import type { RecommendationConnectionResolvers } from '../__generated__/resolvers-types';
import { countRecommendations } from '../../domain/catalog/recommendations';

export const RecommendationConnection: RecommendationConnectionResolvers = {
  totalCount: (page, _a, ctx) => countRecommendations(ctx, page.query),
};
