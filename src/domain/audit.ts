// Every successful write leaves an audit entry inside its own transaction, so the trail and the data
// can never disagree. A database trigger (migration *_append_only) refuses edits to the trail.
import type { Prisma } from '../generated/prisma/client';
import type { Actor } from './access/auth';

type Tx = Prisma.TransactionClient;

export async function recordAudit(
  tx: Tx,
  actor: Actor,
  operation: string,
  target: { type: string; id: string | number },
  before: unknown,
  after: unknown,
): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorName: actor.name,
      actorRole: actor.role,
      operation,
      targetType: target.type,
      targetId: String(target.id),
      before: toJson(before),
      after: toJson(actor.via ? { ...(after as object | null), via: actor.via } : after),
    },
  });
}

// Dates become ISO strings and undefined fields vanish, as any JSON client would see them.
const toJson = (value: unknown): Prisma.InputJsonValue | undefined =>
  value === undefined || value === null ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);
