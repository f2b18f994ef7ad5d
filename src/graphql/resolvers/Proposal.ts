import type { ProposalResolvers } from '../__generated__/resolvers-types';
import { currentRecommendation } from './Recommendation';
import { toGlobalId } from '../../domain/globalId';

export const Proposal: ProposalResolvers = {
  id: (p) => toGlobalId('Proposal', p.id),
  recommendation: (p, _a, ctx) => currentRecommendation(ctx, p.recommendationId),
  proposer: (p) => p.proposerName,
  reviewer: (p) => p.reviewerName,
  // The entry its approval appended names it (ProgressUpdate.proposalId).
  update: (p, _a, ctx) => (p.state === 'APPROVED' ? ctx.loaders.updateOfProposal.load(p.id) : null),
};
