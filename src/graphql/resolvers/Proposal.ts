import type { ProposalResolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';

export const Proposal: ProposalResolvers = {
  id: (p) => toGlobalId('Proposal', p.id),
  recommendation: async (p, _a, ctx) => ({
    ...(await ctx.loaders.recommendation.load(p.recommendationId))!,
    asOf: null,
  }),
  proposer: (p) => p.proposerName,
  reviewer: (p) => p.reviewerName,
  // The entry its approval appended names it (ProgressUpdate.proposalId).
  update: (p, _a, ctx) => (p.state === 'APPROVED' ? ctx.loaders.updateOfProposal.load(p.id) : null),
};
