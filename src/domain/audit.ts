// Every successful write leaves an audit entry inside its own transaction, so the trail and the data
// can never disagree. A database trigger (migration *_append_only) refuses edits to the trail. Beside what the
// write says in words (before, after), the entry records the facts of the operation table (operations.ts):
// which recommendation it changed, the change and the webhook event it is, and the log entry it appended. The
// change feed's trigger and the webhooks' outbox read those columns (migration *_raw_audit_facts). A write on a
// recommendation is checked against the scoping rule here, before its entry (scope.ts): a refusal rolls it back.
import type { Prisma, Role } from '../generated/prisma/client';
import { auditFactsOf, type AuditTarget, type WriteOperation } from './operations';
import { assertInScope, type ScopeSettings } from './scope';

type Tx = Prisma.TransactionClient;

/** What the trail records of whoever wrote: any Actor (access/auth.ts) is one. Named here, not imported, because
 *  the trail sits beneath every feature, access included. */
export interface AuditActor {
  /** The account, for the scoping rule (scope.ts); none for ADMIN_TOKEN, a script or a failed sign-in. */
  userId?: number | null;
  name: string;
  /** None for a caller the server has not identified (a failed sign-in) or a command-line tool without one. */
  role: Role | null;
  /** What the change was made through, when not a single API call (an import). */
  via?: string;
  /** The scoping settings it was resolved with; absent: unscoped. */
  scope?: ScopeSettings;
}

export async function recordAudit<O extends WriteOperation>(
  tx: Tx,
  actor: AuditActor,
  operation: O,
  target: AuditTarget<O>,
  before: unknown,
  after: unknown,
  /** The log entry it appended, for an operation the table marks `logEntry`. */
  logEntryId?: number,
): Promise<void> {
  // Every write on a recommendation passes here with its record: the one place the scoping rule is applied.
  if (typeof target === 'object') await assertInScope(tx, actor, operation, target);
  await tx.auditEntry.create({
    data: {
      actorName: actor.name,
      actorRole: actor.role,
      operation,
      ...auditFactsOf(operation, target, logEntryId),
      before: toJson(before),
      after: toJson(actor.via ? { ...(after as object | null), via: actor.via } : after),
    },
  });
}

// Dates become ISO strings and undefined fields vanish, as any JSON client would see them.
const toJson = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
