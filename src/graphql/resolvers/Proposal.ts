import type { ProposalResolvers } from '../__generated__/resolvers-types';
import { currentRecommendation } from './Recommendation';
import { toGlobalId } from '../../domain/globalId';
import type { ProposedValue } from '../../domain/indicators/indicators';

export const Proposal: ProposalResolvers = {
  id: (p) => toGlobalId('Proposal', p.id),
  recommendation: (p, _a, ctx) => currentRecommendation(ctx, p.recommendationId),
  proposer: (p) => p.proposerName,
  reviewer: (p) => p.reviewerName,
  // The entry its approval appended names it (ProgressUpdate.proposalId).
  indicatorValue: (p) => (p.indicatorValue as unknown as ProposedValue | null) ?? null,
  update: (p, _a, ctx) => (p.state === 'APPROVED' ? ctx.loaders.updateOfProposal.load(p.id) : null),
};
