// The scoping rule (SCOPED_EDITING, REVIEW_ACROSS_INSTITUTIONS), written once. recordAudit (audit.ts) applies it to
// every write whose operation targets a recommendation in the operation table (operations.ts), inside the write's
// transaction and before its audit entry, so a refusal rolls the write back and a new write is scoped without
// anyone adding it here. It reads the record's owners as the write leaves them: an analyst who removes their last
// institution from a record is refused. editRecommendation (catalog/stewardship.ts) applies it once more before an
// edit, to the owners as found, so that nobody adds their institution to another's record either.
import type { Config } from '../config';
import type { Prisma, Role } from '../generated/prisma/client';
import { forbidden, type DomainError } from '../errors';
import { OPERATIONS, type WriteOperation } from './operations';
import { ownersInScope, type OwnerInScope } from '../db/readModel/ownersInScope';

/** The two settings, as every actor carries them from the config it was resolved with (access/auth.ts). */
export type ScopeSettings = Config['scoping'];

/** For actors no setting applies to: ADMIN_TOKEN, scripts, whoever signs in. */
export const UNSCOPED: ScopeSettings = Object.freeze({ editing: false, reviewAcross: false });

/** Who writes, as far as the rule is concerned; admins are never scoped. */
export interface ScopedActor {
  userId?: number | null;
  role: Role | null;
  scope?: ScopeSettings;
}

const SCOPED_ROLES: ReadonlySet<Role | null> = new Set<Role | null>(['ANALYST', 'REVIEWER']);
const DECISIONS: ReadonlySet<WriteOperation> = new Set<WriteOperation>([
  'approveProposal',
  'approveIndicatorValue',
  'rejectProposal',
]);

/**
 * Refuses `operation` on `record` to a scoped actor: under SCOPED_EDITING, a record none of whose owners is one of
 * the actor's institutions (an ownerless one included: admins' alone); under REVIEW_ACROSS_INSTITUTIONS, a decision
 * on a proposal about a record one of their institutions owns. The second replaces the first for decisions: a
 * reviewer checks another institution's claims.
 */
export async function assertInScope(
  tx: Prisma.TransactionClient,
  actor: ScopedActor,
  operation: WriteOperation,
  record: { id: number; code: string },
): Promise<void> {
  const refusal = await scopeRefusal(tx, actor, operation, record);
  if (refusal) throw refusal;
}

/** How the rule reads a record's owners: one statement for the one record, or a page's loader (viewerCan). */
type OwnersReader = (recordId: number) => Promise<OwnerInScope[]>;

/**
 * The rule itself: the refusal `assertInScope` throws, or null when `operation` on `record` is in the actor's
 * scope. Recommendation.viewerCan asks it too, so that a client offers only what the write would let through,
 * reading the owners of a page's records at once (`ownersOf`, loaders.ownersInScope).
 */
export async function scopeRefusal(
  tx: Prisma.TransactionClient,
  actor: ScopedActor,
  operation: WriteOperation,
  record: { id: number; code: string },
  ownersOf: OwnersReader = async (id) => (await ownersInScope(tx, [id], actor.userId ?? null))[0],
): Promise<DomainError | null> {
  const scope = actor.scope ?? UNSCOPED;
  if (!SCOPED_ROLES.has(actor.role) || OPERATIONS[operation].target !== 'Recommendation') return null;
  const across = scope.reviewAcross && DECISIONS.has(operation);
  if (!across && !scope.editing) return null;
  const owners = await ownersOf(record.id);
  const ours = owners.filter((o) => o.ours).map((o) => o.name);
  if (across) {
    return ours.length
      ? forbidden(`${record.code} is owned by ${ours.join(', ')}, your institution: a reviewer of another decides.`, {
          reason: 'OWN_INSTITUTION',
        })
      : null;
  }
  if (ours.length) return null;
  return forbidden(
    owners.length
      ? `${record.code}'s owners (${owners.map((o) => o.name).join(', ')}) include none of your institutions: ` +
          'only their members and admins write on it.'
      : `${record.code} has no owner: only admins write on it.`,
    { reason: 'NOT_YOUR_INSTITUTION' },
  );
}
