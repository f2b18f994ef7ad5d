// The audit trail for the console's audit view (admins only): the public auditLog connection.
import { gql } from './api';

export interface AuditEntry {
  id: string;
  actor: string;
  actorRole: string | null;
  operation: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
  createdAt: string;
}

export interface AuditPage {
  totalCount: number;
  edges: { cursor: string; node: AuditEntry }[];
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
}

const AUDIT_LOG = /* GraphQL */ `
  query ConsoleAuditLog(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $targetType: String
    $targetId: String
  ) {
    auditLog(first: $first, after: $after, last: $last, before: $before, targetType: $targetType, targetId: $targetId) {
      totalCount
      edges {
        cursor
        node {
          id
          actor
          actorRole
          operation
          targetType
          targetId
          before
          after
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
    }
  }
`;

const AUDIT_PAGE_SIZE = 20;

/** One page: forward from `after`, backward to `before`, or the newest entries. */
export async function fetchAuditPage(
  query: { type: string; id: string; after: string; before: string },
  signal?: AbortSignal,
): Promise<AuditPage> {
  const size = query.before
    ? { last: AUDIT_PAGE_SIZE, before: query.before }
    : { first: AUDIT_PAGE_SIZE, after: query.after || null };
  const variables = { ...size, targetType: query.type || null, targetId: query.id.trim() || null };
  return (await gql<{ auditLog: AuditPage }>(AUDIT_LOG, variables, signal)).auditLog;
}
