// The review queue's reads and decisions: the public pendingReviews, approveProposal and rejectProposal.
import { gql } from './api';
import type { Status } from './types';

export interface PendingProposal {
  id: string;
  proposer: string;
  status: Status;
  progress: number;
  statusBefore: Status;
  baseVersion: number;
  note: string;
  evidenceUrls: string[];
  occurredOn: string;
  reason: string | null;
  createdAt: string;
  recommendation: { code: string; titleZh: string; titleEn: string; status: Status; version: number };
}

const PENDING = /* GraphQL */ `
  query ConsoleReviewQueue {
    pendingReviews(first: 100) {
      totalCount
      edges {
        node {
          id
          proposer
          status
          progress
          statusBefore
          baseVersion
          note
          evidenceUrls
          occurredOn
          reason
          createdAt
          recommendation {
            code
            titleZh
            titleEn
            status
            version
          }
        }
      }
    }
  }
`;

const DECIDED = /* GraphQL */ `
  proposal {
    id
    state
  }
  recommendation {
    code
    status
  }
`;
const APPROVE = `mutation ConsoleApproveProposal($input: ApproveProposalInput!) { approveProposal(input: $input) { ${DECIDED} } }`;
const REJECT = `mutation ConsoleRejectProposal($input: RejectProposalInput!) { rejectProposal(input: $input) { ${DECIDED} } }`;

interface Decision {
  proposal: { id: string; state: string };
  recommendation: { code: string; status: Status };
}

export async function fetchPending(signal?: AbortSignal) {
  const data = await gql<{ pendingReviews: { totalCount: number; edges: { node: PendingProposal }[] } }>(
    PENDING,
    {},
    signal,
  );
  return { totalCount: data.pendingReviews.totalCount, proposals: data.pendingReviews.edges.map((e) => e.node) };
}

export const approveProposal = async (id: string, expectedVersion: number): Promise<Decision> =>
  (await gql<{ approveProposal: Decision }>(APPROVE, { input: { id, expectedVersion } })).approveProposal;

export const rejectProposal = async (id: string, reason: string): Promise<Decision> =>
  (await gql<{ rejectProposal: Decision }>(REJECT, { input: { id, reason } })).rejectProposal;
