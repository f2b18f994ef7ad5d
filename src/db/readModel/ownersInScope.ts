// What the scoping rule (domain/scope.ts) reads of a record: its owners, by name, and whether the actor is a
// member of each. One statement for any number of records, so that a write checks its one record and a page's
// Recommendation.viewerCan checks all of its records (loaders.ownersInScope) with the same read.
import type { Prisma } from '../../generated/prisma/client';

/** One of a record's owners, as the scoping rule sees it. */
export interface OwnerInScope {
  name: string;
  /** Whether the actor is one of its members. */
  ours: boolean;
}

/** The owners of each of `recordIds`, by name, with whether `userId` is a member of each; in the ids' order. */
export async function ownersInScope(
  db: Prisma.TransactionClient,
  recordIds: readonly number[],
  userId: number | null,
): Promise<OwnerInScope[][]> {
  const rows = await db.$queryRaw<(OwnerInScope & { recordId: number })[]>`
    SELECT ro."recommendationId" AS "recordId", o.name,
      EXISTS (SELECT 1 FROM "Membership" m WHERE m."ownerId" = o.id AND m."userId" = ${userId ?? -1}) AS ours
    FROM "RecommendationOwner" ro JOIN "Owner" o ON o.id = ro."ownerId"
    WHERE ro."recommendationId" = ANY(${[...recordIds]}::int[])
    ORDER BY o.name, o.id`;
  const byRecord = new Map<number, OwnerInScope[]>(recordIds.map((id) => [id, []]));
  for (const { recordId, name, ours } of rows) byRecord.get(recordId)?.push({ name, ours });
  return recordIds.map((id) => byRecord.get(id) ?? []);
}
