// Owners as institutions: names in Chinese and English, a kind and aliases (analysts), and merging two owners
// that turn out to be one (admins). A merge moves every link, member and name to the owner kept; the merged one stays,
// pointing at it, so the history and the audit trail that name it still resolve.
import { z } from 'zod';
import { OwnerKind } from '../../generated/prisma/enums';
import type { Prisma } from '../../generated/prisma/client';
import type { AppContext } from '../../context';
import { authorize } from '../access/auth';
import { badInput, notFound } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { LIMITS, nodeId, parseInput, trimmedText } from '../validation';
import { addOwnerNames } from './ownerNames';
import { normalizeOwnerName } from '../../db/readModel/ownerName';

type Tx = Prisma.TransactionClient;

const names = {
  nameZh: trimmedText(LIMITS.name).nullish(),
  nameEn: trimmedText(LIMITS.name).nullish(),
  aliases: z.array(trimmedText(LIMITS.name)).max(20, 'at most 20 aliases').nullish(),
};
const createOwnerSchema = z.object({ ...names, kind: z.enum(OwnerKind) });
const updateOwnerSchema = z.object({ id: nodeId('Owner', 'id'), ...names, kind: z.enum(OwnerKind).nullish() });
const ownerIdSchema = z.object({ id: nodeId('Owner', 'id') });
const mergeOwnersSchema = z.object({ sourceId: nodeId('Owner', 'sourceId'), targetId: nodeId('Owner', 'targetId') });

type Names = { nameZh?: string | null; nameEn?: string | null; aliases?: string[] | null };

/** Every name of an owner as OwnerName rows: its two names, then its aliases. */
const nameRows = (n: Names) => [
  ...(n.nameZh ? [{ name: n.nameZh, isAlias: false, field: 'nameZh' }] : []),
  ...(n.nameEn ? [{ name: n.nameEn, isAlias: false, field: 'nameEn' }] : []),
  ...(n.aliases ?? []).map((name, i) => ({ name, isAlias: true, field: `aliases.${i}` })),
];

/** The name an owner is shown by: English when it has one, as the catalog's English side reads best. */
const displayName = (n: Names) => n.nameEn ?? n.nameZh!;

async function checkDisplayName(tx: Tx, name: string, ownerId: number | null) {
  const other = await tx.owner.findUnique({ where: { name } });
  if (other && other.id !== ownerId)
    throw badInput(`${name} is already the name of another owner.`, { field: 'nameEn' });
}

const snapshot = async (tx: Tx, id: number) => {
  const o = await tx.owner.findUniqueOrThrow({ where: { id }, include: { names: { orderBy: { id: 'asc' } } } });
  const aliases = o.names.filter((n) => n.isAlias).map((n) => n.name);
  return { name: o.name, nameZh: o.nameZh, nameEn: o.nameEn, kind: o.kind, aliases };
};

export async function createOwner(ctx: AppContext, raw: z.input<typeof createOwnerSchema>) {
  const actor = authorize(ctx.actor, 'createOwner');
  const input = parseInput(createOwnerSchema, raw);
  if (!input.nameZh && !input.nameEn) throw badInput('An owner needs nameZh or nameEn.', { field: 'nameZh' });
  return inTransaction(ctx.db, async (tx) => {
    const name = displayName(input);
    await checkDisplayName(tx, name, null);
    const owner = await tx.owner.create({
      data: { name, nameZh: input.nameZh ?? null, nameEn: input.nameEn ?? null, kind: input.kind },
    });
    await addOwnerNames(tx, owner.id, nameRows(input));
    await recordAudit(tx, actor, 'createOwner', name, null, await snapshot(tx, owner.id));
    return owner;
  });
}

/** Sets what is given; `aliases`, when given, replaces them all. */
export async function updateOwner(ctx: AppContext, raw: z.input<typeof updateOwnerSchema>) {
  const actor = authorize(ctx.actor, 'updateOwner');
  const input = parseInput(updateOwnerSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const owner = await lockOwner(tx, input.id, 'id');
    const before = await snapshot(tx, owner.id);
    const next: Names = {
      nameZh: input.nameZh !== undefined ? input.nameZh : owner.nameZh,
      nameEn: input.nameEn !== undefined ? input.nameEn : owner.nameEn,
      aliases: input.aliases ?? before.aliases,
    };
    if (!next.nameZh && !next.nameEn) throw badInput('An owner needs nameZh or nameEn.', { field: 'nameZh' });
    await checkDisplayName(tx, displayName(next), owner.id);
    await tx.ownerName.deleteMany({ where: { ownerId: owner.id } });
    await addOwnerNames(tx, owner.id, nameRows(next));
    const updated = await tx.owner.update({
      where: { id: owner.id },
      data: { name: displayName(next), nameZh: next.nameZh, nameEn: next.nameEn, kind: input.kind ?? owner.kind },
    });
    await recordAudit(tx, actor, 'updateOwner', updated.name, before, await snapshot(tx, owner.id));
    return updated;
  });
}

/**
 * Archives or restores an owner. An archived institution is no longer offered as a new owner (linkOwners refuses
 * it), yet the records it owns keep it: archiving rewrites no history. A call that would change nothing writes nothing.
 */
async function setOwnerArchived(ctx: AppContext, raw: z.input<typeof ownerIdSchema>, archive: boolean) {
  const operation = archive ? 'archiveOwner' : 'restoreOwner';
  const actor = authorize(ctx.actor, operation);
  const input = parseInput(ownerIdSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const owner = await lockOwner(tx, input.id, 'id');
    if ((owner.archivedAt !== null) === archive) return owner;
    const updated = await tx.owner.update({
      where: { id: owner.id },
      data: { archivedAt: archive ? new Date() : null },
    });
    await recordAudit(tx, actor, operation, owner.name, { archived: !archive }, { archived: archive });
    return updated;
  });
}

export const archiveOwner = (ctx: AppContext, raw: z.input<typeof ownerIdSchema>) => setOwnerArchived(ctx, raw, true);
export const restoreOwner = (ctx: AppContext, raw: z.input<typeof ownerIdSchema>) => setOwnerArchived(ctx, raw, false);

/** Locks an owner that has not been merged away. */
async function lockOwner(tx: Tx, id: number, field: string) {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Owner" WHERE id = ${id} FOR UPDATE`;
  const owner = rows.length ? await tx.owner.findUniqueOrThrow({ where: { id } }) : null;
  if (!owner) throw notFound(`No owner with ${field} ${id}.`);
  if (owner.mergedIntoId !== null) throw badInput(`${owner.name} was merged into another owner.`, { field });
  return owner;
}

export async function mergeOwners(ctx: AppContext, raw: z.input<typeof mergeOwnersSchema>) {
  const actor = authorize(ctx.actor, 'mergeOwners');
  const input = parseInput(mergeOwnersSchema, raw);
  if (input.sourceId === input.targetId)
    throw badInput('An owner cannot be merged into itself.', { field: 'targetId' });
  return inTransaction(ctx.db, async (tx) => {
    // Both rows in id order, so two merges of the same pair cannot deadlock.
    const [first, second] = [input.sourceId, input.targetId].sort((a, b) => a - b);
    await lockOwner(tx, first, first === input.sourceId ? 'sourceId' : 'targetId');
    await lockOwner(tx, second, second === input.sourceId ? 'sourceId' : 'targetId');
    const [source, target] = await Promise.all([snapshot(tx, input.sourceId), snapshot(tx, input.targetId)]);
    const moved = await moveLinks(tx, input.sourceId, input.targetId);
    await moveMembers(tx, input.sourceId, input.targetId);
    // The source's names become the target's aliases; the source keeps its own columns, under a new shown name.
    await tx.ownerName.updateMany({
      where: { ownerId: input.sourceId },
      data: { ownerId: input.targetId, isAlias: true },
    });
    await keepNamesAsAliases(tx, [source.name, source.nameZh, source.nameEn], input.targetId);
    await tx.owner.update({
      where: { id: input.sourceId },
      data: { mergedIntoId: input.targetId, name: `${source.name} (merged into ${target.name})` },
    });
    await recordAudit(
      tx,
      actor,
      'mergeOwners',
      target.name,
      { source, target },
      {
        target: await snapshot(tx, input.targetId),
        recommendations: moved,
      },
    );
    return tx.owner.findUniqueOrThrow({ where: { id: input.targetId } });
  });
}

/**
 * Moves the source's links to the target. A record that had both keeps one link, the lead when either was;
 * every record whose owners changed gets a new version, so an edit based on the old list is refused.
 */
async function moveLinks(tx: Tx, sourceId: number, targetId: number): Promise<string[]> {
  const links = await tx.recommendationOwner.findMany({
    where: { ownerId: sourceId },
    include: { recommendation: { select: { code: true } } },
  });
  for (const link of links) {
    const both = { recommendationId_ownerId: { recommendationId: link.recommendationId, ownerId: targetId } };
    const existing = await tx.recommendationOwner.findUnique({ where: both });
    await tx.recommendationOwner.delete({
      where: { recommendationId_ownerId: { recommendationId: link.recommendationId, ownerId: sourceId } },
    });
    if (existing)
      await tx.recommendationOwner.update({ where: both, data: { isLead: existing.isLead || link.isLead } });
    else await tx.recommendationOwner.create({ data: { ...both.recommendationId_ownerId, isLead: link.isLead } });
    await tx.recommendation.update({ where: { id: link.recommendationId }, data: { version: { increment: 1 } } });
  }
  return links.map((l) => l.recommendation.code).sort();
}

/** The source's members become the target's, as its links do: under SCOPED_EDITING they keep their records. */
async function moveMembers(tx: Tx, sourceId: number, targetId: number) {
  const members = await tx.membership.findMany({ where: { ownerId: sourceId } });
  await tx.membership.deleteMany({ where: { ownerId: sourceId } });
  await tx.membership.createMany({
    data: members.map((m) => ({ userId: m.userId, ownerId: targetId })),
    skipDuplicates: true,
  });
}

/** An owner named before names were rows (or by a factory) may lack some: the target answers to them all. */
async function keepNamesAsAliases(tx: Tx, names: (string | null)[], targetId: number) {
  for (const name of new Set(names.filter((n): n is string => !!n))) {
    const normalized = normalizeOwnerName(name);
    if (!(await tx.ownerName.findUnique({ where: { normalized } })))
      await tx.ownerName.create({ data: { ownerId: targetId, name, normalized, isAlias: true } });
  }
}
