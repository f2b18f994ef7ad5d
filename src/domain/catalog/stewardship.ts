// Owners and deadlines: who is responsible, and by when. Analysts manage both; every target-date change
// keeps its reason, so a slipped deadline is visible rather than silently rewritten.
import { z } from 'zod';
import type { Prisma, Recommendation } from '../../generated/prisma/client';
import { OwnerKind } from '../../generated/prisma/enums';
import type { AppContext, WriteContext } from '../../context';
import { authorize, type Actor } from '../access/auth';
import { badInput, conflict, notFound } from '../../errors';
import { recordAudit } from '../audit';
import { assertInScope } from '../scope';
import type { CallableWrite } from '../operations';
import { inTransaction, lockRecommendation } from '../../db/transaction';
import { LIMITS, parseInput, trimmedText } from '../validation';
import { findOrCreateOwner, ownerNamed } from './ownerNames';

export const ownerSchema = z.object({ name: trimmedText(LIMITS.name), kind: z.enum(OwnerKind) });

const setOwnersSchema = z.object({
  code: z.string().max(64),
  owners: z.array(ownerSchema).max(20, 'at most 20 owners'),
  expectedVersion: z.number().int().min(1).nullish(),
});

const setTargetSchema = z.object({
  code: z.string().max(64),
  targetDate: z.date().nullish(),
  reason: trimmedText(LIMITS.reason),
  expectedVersion: z.number().int().min(1).nullish(),
});

type Tx = Prisma.TransactionClient;

/** Locks the row and checks the optimistic version: the shared opening of every single-record edit. */
export async function lockForEdit(tx: Tx, code: string, expectedVersion: number | null | undefined) {
  const rec = await lockRecommendation(tx, code);
  if (!rec) throw notFound(`No recommendation with code ${code}.`);
  if (expectedVersion != null && expectedVersion !== rec.version) {
    throw conflict(`${code} is at version ${rec.version}, not ${expectedVersion}: reload and retry.`, {
      currentVersion: rec.version,
    });
  }
  return rec;
}

/** The input every single-record edit names its record by, at the version the client read. */
interface EditTarget {
  code: string;
  expectedVersion?: number | null;
}

/**
 * The opening of an edit of one recommendation: the operation authorized, its input parsed, then in one
 * transaction the record locked at the version the client read and in the caller's scope as found (an edit may
 * change its owners, and recordAudit checks the scope only as the edit leaves it); `edit` does the rest.
 */
export async function editRecommendation<S extends z.ZodType<EditTarget>, T>(
  ctx: WriteContext,
  operation: CallableWrite,
  schema: S,
  raw: z.input<S>,
  edit: (tx: Tx, e: { actor: Actor; input: z.output<S>; rec: Recommendation }) => Promise<T>,
): Promise<T> {
  const actor = authorize(ctx.actor, operation);
  const input = parseInput(schema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const rec = await lockForEdit(tx, input.code, input.expectedVersion);
    await assertInScope(tx, actor, operation, rec);
    return edit(tx, { actor, input, rec });
  });
}

/**
 * Links owners by name, creating unknown bodies unless `create` is false; the first one is the lead. A name is any
 * of an owner's names or aliases (ownerNames.ts), so two names of one institution are the same owner, listed twice.
 */
export async function linkOwners(
  tx: Tx,
  recommendationId: number,
  owners: z.output<typeof ownerSchema>[],
  create = true,
) {
  const ids = new Map<number, string>();
  const found = [];
  const current = await tx.recommendationOwner.findMany({ where: { recommendationId }, select: { ownerId: true } });
  const kept = new Set(current.map((l) => l.ownerId));
  for (const [i, o] of owners.entries()) {
    const owner = create ? await findOrCreateOwner(tx, o) : await ownerNamed(tx, o.name);
    if (!owner)
      throw badInput(`No owner answers to ${o.name}: under SCOPED_EDITING, owners are admins' to create.`, {
        field: `owners.${i}.name`,
      });
    // An archived institution stays where it was, but is not given new records.
    if (owner.archivedAt !== null && !kept.has(owner.id))
      throw badInput(`${owner.name} is archived: an admin can restore it.`, { field: `owners.${i}.name` });
    const twin = ids.get(owner.id);
    if (twin !== undefined)
      throw badInput(
        twin === o.name
          ? `Owner ${o.name} is listed twice.`
          : `${o.name} and ${twin} are the same owner (${owner.name}).`,
        { field: `owners.${i}.name` },
      );
    ids.set(owner.id, o.name);
    found.push(owner);
  }
  await tx.recommendationOwner.deleteMany({ where: { recommendationId } });
  for (const [i, owner] of found.entries()) {
    await tx.recommendationOwner.create({ data: { recommendationId, ownerId: owner.id, isLead: i === 0 } });
  }
}

/** Whether `names` are the owners a record has, the first its lead; an unknown name is a change. */
async function sameOwners(
  tx: Tx,
  current: { ownerId: number; isLead: boolean }[],
  names: z.output<typeof ownerSchema>[],
) {
  if (current.length !== names.length) return false;
  const ids = [];
  for (const n of names) ids.push((await ownerNamed(tx, n.name))?.id);
  const lead = current.find((l) => l.isLead)?.ownerId;
  if (current.length > 0 && ids[0] !== lead) return false;
  const have = new Set(current.map((l) => l.ownerId));
  return new Set(ids).size === ids.length && ids.every((id) => id !== undefined && have.has(id));
}

export const setOwners = (ctx: AppContext, raw: z.input<typeof setOwnersSchema>) =>
  editRecommendation(ctx, 'setOwners', setOwnersSchema, raw, async (tx, { actor, input, rec }) => {
    const before = await tx.recommendationOwner.findMany({
      where: { recommendationId: rec.id },
      include: { owner: true },
      orderBy: [{ isLead: 'desc' }, { ownerId: 'asc' }],
    });
    // The same owners with the same lead: nothing to write, so no new version and no audit entry.
    if (await sameOwners(tx, before, input.owners)) return rec;
    // Under SCOPED_EDITING institutions are admins' to create (createOwner), never a side effect of an edit.
    await linkOwners(tx, rec.id, input.owners, !ctx.config.scoping.editing);
    const updated = await tx.recommendation.update({ where: { id: rec.id }, data: { version: { increment: 1 } } });
    await recordAudit(
      tx,
      actor,
      'setOwners',
      rec,
      { owners: before.map((l) => l.owner.name) },
      { owners: input.owners.map((o) => o.name) },
    );
    return updated;
  });

export const setTargetDate = (ctx: WriteContext, raw: z.input<typeof setTargetSchema>) =>
  editRecommendation(ctx, 'setTargetDate', setTargetSchema, raw, async (tx, { actor, input, rec }) => {
    const newDate = input.targetDate ?? null;
    if ((rec.targetDate?.getTime() ?? null) === (newDate?.getTime() ?? null)) {
      throw badInput(`${rec.code} already has that target date.`, { field: 'targetDate' });
    }
    await addTargetRevision(tx, actor, rec.id, rec.targetDate, newDate, input.reason);
    const updated = await tx.recommendation.update({
      where: { id: rec.id },
      data: { targetDate: newDate, version: { increment: 1 } },
    });
    await recordAudit(
      tx,
      actor,
      'setTargetDate',
      rec,
      { targetDate: rec.targetDate },
      { targetDate: newDate, reason: input.reason },
    );
    return updated;
  });

export async function addTargetRevision(
  tx: Tx,
  actor: Actor,
  recommendationId: number,
  previousDate: Date | null,
  newDate: Date | null,
  reason: string,
) {
  await tx.targetDateRevision.create({
    data: { recommendationId, previousDate, newDate, reason, actorName: actor.name },
  });
}
