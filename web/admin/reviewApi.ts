// The review queue's reads and decisions: the public pendingReviews, approveProposal and rejectProposal.
import {
  ConsoleApproveProposalDocument,
  ConsoleDecidedProposalsDocument,
  ConsolePendingCountDocument,
  ConsoleRejectProposalDocument,
  ConsoleReviewQueueDocument,
  type ConsoleDecidedProposalsQuery,
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

/** How many proposals wait for a decision: the count on the header's review link. */
export const fetchPendingCount = async (): Promise<number> =>
  (await gql(ConsolePendingCountDocument, {})).pendingReviews.totalCount;

export type DecidedProposal = ConsoleDecidedProposalsQuery['myProposals']['edges'][number]['node'];

/** The caller's proposals decided after `since` (all decided ones when null), oldest first. */
export const fetchDecidedSince = async (since: string | null): Promise<DecidedProposal[]> =>
  (await gql(ConsoleDecidedProposalsDocument, { since })).myProposals.edges
    .map((e) => e.node)
    .filter((p) => p.decidedAt !== null);
