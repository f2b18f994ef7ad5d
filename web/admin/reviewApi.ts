// The review queue's reads and decisions: the public pendingReviews, approveProposal and rejectProposal.
import {
  ConsoleApproveProposalDocument,
  ConsoleRejectProposalDocument,
  ConsoleReviewQueueDocument,
  type ConsoleDecisionFragment,
  type ConsoleReviewQueueQuery,
} from './__generated__/operations';
import { gql } from './api';

export type PendingProposal = ConsoleReviewQueueQuery['pendingReviews']['edges'][number]['node'];
type Decision = ConsoleDecisionFragment;

export async function fetchPending(signal?: AbortSignal) {
  const data = await gql(ConsoleReviewQueueDocument, {}, signal);
  return { totalCount: data.pendingReviews.totalCount, proposals: data.pendingReviews.edges.map((e) => e.node) };
}

export const approveProposal = async (id: string, expectedVersion: number): Promise<Decision> =>
  (await gql(ConsoleApproveProposalDocument, { input: { id, expectedVersion } })).approveProposal;

export const rejectProposal = async (id: string, reason: string): Promise<Decision> =>
  (await gql(ConsoleRejectProposalDocument, { input: { id, reason } })).rejectProposal;
