import type { FollowingResolvers, ViewerResolvers } from '../__generated__/resolvers-types';
import { followedRecommendations, followedThemes } from '../../domain/live/follows';
import { mySessions } from '../../domain/access/sessions';
import { myMemberships } from '../../domain/access/memberships';
import { myPasskeys } from '../../domain/access/passkeys';
import { myTokens } from '../../domain/access/users';
import { setsPasswordByLink } from '../../domain/access/signInLinks';
import { preferencesOf } from '../../domain/access/preferences';

export const Viewer: ViewerResolvers = {
  following: (v) => ({ userName: v.name }),
  sessions: (_v, _a, ctx) => mySessions(ctx),
  memberships: (_v, _a, ctx) => myMemberships(ctx),
  passkeys: (_v, _a, ctx) => myPasskeys(ctx),
  tokens: (_v, _a, ctx) => myTokens(ctx),
  setsPasswordByLink: (_v, _a, ctx) => setsPasswordByLink(ctx),
  preferences: (v, _a, ctx) => preferencesOf(ctx, v.name),
};

export const Following: FollowingResolvers = {
  recommendations: async (f, _a, ctx) =>
    (await followedRecommendations(ctx, f.userName)).map((r) => ({ ...r, asOf: null })),
  themes: (f, _a, ctx) => followedThemes(ctx, f.userName),
};
