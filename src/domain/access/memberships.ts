// Institutions as the unit of responsibility: a user belongs to owners (admins add and remove memberships), and
// under SCOPED_EDITING writes only on their records (domain/scope.ts reads the memberships).
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Db, TxDb } from '../../db/client';
import { badInput, notFound } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { nodeId, parseInput } from '../validation';
import { authorize } from './auth';
import { userName } from './users';

const membershipSchema = z.object({ userName, ownerId: nodeId('Owner', 'ownerId') });
type MembershipInput = z.input<typeof membershipSchema>;

/** A user's institutions, by name (in a transaction; reads go through the `memberships` loader). */
const membershipsOf = (db: Db | TxDb, userId: number) =>
  db.owner.findMany({ where: { members: { some: { userId } } }, orderBy: { name: 'asc' } });

/** `me { memberships }`: none for ADMIN_TOKEN, which has no account. */
export const myMemberships = (ctx: AppContext) =>
  ctx.actor?.userId == null ? Promise.resolve([]) : ctx.loaders.memberships.load(ctx.actor.userId);

/** The user and the owner a membership names: NOT_FOUND for either unknown; an owner merged away is bad input. */
async function usersOwner(tx: TxDb, input: z.output<typeof membershipSchema>, rawOwnerId: string) {
  const user = await tx.user.findUnique({ where: { name: input.userName } });
  if (!user) throw notFound(`No user named ${input.userName}.`);
  const owner = await tx.owner.findUnique({ where: { id: input.ownerId } });
  if (!owner) throw notFound(`No owner with id ${rawOwnerId}.`);
  // Its links and members moved to the owner it was merged into (catalog/owners.ts): that one is the institution.
  if (owner.mergedIntoId !== null)
    throw badInput(`${owner.name} was merged into another owner: name that one.`, { field: 'ownerId' });
  return { user, owner };
}

/** Adds a user to an institution (admins); adding one they belong to already changes nothing. */
export async function addMembership(ctx: AppContext, raw: MembershipInput) {
  return changeMembership(ctx, 'addMembership', raw);
}

/** Removes a user from an institution (admins); removing one they do not belong to changes nothing. */
export async function removeMembership(ctx: AppContext, raw: MembershipInput) {
  return changeMembership(ctx, 'removeMembership', raw);
}

async function changeMembership(
  ctx: AppContext,
  operation: 'addMembership' | 'removeMembership',
  raw: MembershipInput,
) {
  const actor = authorize(ctx.actor, operation);
  const input = parseInput(membershipSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const { user, owner } = await usersOwner(tx, input, String(raw.ownerId));
    const before = (await membershipsOf(tx, user.id)).map((o) => o.name);
    const pair = { userId: user.id, ownerId: owner.id };
    if (operation === 'addMembership')
      await tx.membership.upsert({ where: { userId_ownerId: pair }, create: pair, update: {} });
    else await tx.membership.deleteMany({ where: pair });
    const after = (await membershipsOf(tx, user.id)).map((o) => o.name);
    await recordAudit(tx, actor, operation, user.name, { memberships: before }, { memberships: after });
    return user;
  });
}
