import type { ProgressUpdateResolvers } from '../__generated__/resolvers-types';
import { currentRecommendation } from './Recommendation';
import { toGlobalId } from '../../domain/globalId';
import { changeCursorOf } from '../../domain/live/changeStream';
import { visibleProposal } from '../../domain/log/proposals';
import { mayReadText, visibleTo } from '../../domain/visibility/visibility';

export const ProgressUpdate: ProgressUpdateResolvers = {
  id: (u) => toGlobalId('ProgressUpdate', u.id),
  recommendation: (u, _a, ctx) => currentRecommendation(ctx, u.recommendationId),
  actor: (u) => u.actorName,
  note: (u, _a, ctx) => visibleTo(ctx.actor, u).note,
  evidenceUrls: (u, _a, ctx) => visibleTo(ctx.actor, u).evidenceUrls,
  corrects: (u, _a, ctx) => (u.correctsId ? ctx.loaders.progressUpdate.load(u.correctsId) : null),
  evidence: (u, _a, ctx) => (mayReadText(ctx.actor, u) ? ctx.loaders.evidence.load(u.id) : []),
  changeCursor: (u) => changeCursorOf(u),
  proposal: async (u, _a, ctx) =>
    visibleProposal(ctx, u.proposalId ? await ctx.loaders.proposal.load(u.proposalId) : null),
};
