import type { FollowingResolvers, ViewerResolvers } from '../__generated__/resolvers-types';
import { followedRecommendations, followedThemes } from '../../domain/live/follows';

export const Viewer: ViewerResolvers = {
  following: (v) => ({ userName: v.name }),
};

export const Following: FollowingResolvers = {
  recommendations: async (f, _a, ctx) =>
    (await followedRecommendations(ctx, f.userName)).map((r) => ({ ...r, asOf: null })),
  themes: (f, _a, ctx) => followedThemes(ctx, f.userName),
};
