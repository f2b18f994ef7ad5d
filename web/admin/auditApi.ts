// The audit trail for the console's audit view (admins only): the public auditLog connection.
import { ConsoleAuditLogDocument, type ConsoleAuditLogQuery } from './__generated__/operations';
import { gql } from './api';

export type AuditPage = ConsoleAuditLogQuery['auditLog'];
export type AuditEntry = AuditPage['edges'][number]['node'];

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
  return (await gql(ConsoleAuditLogDocument, variables, signal)).auditLog;
}
