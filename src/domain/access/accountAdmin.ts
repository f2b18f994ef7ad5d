// What an admin decides about an account: its role, and whether it may sign in at all. Either change closes the
// account's open subscriptions on every instance (db/credentialEvents.ts, the one mechanism revokeToken uses),
// since a WebSocket keeps the role and the account it was opened with. The last active admin can be neither
// demoted nor disabled: nobody would be left to undo it.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { TxDb } from '../../db/client';
import type { User } from '../../generated/prisma/client';
import { Role } from '../../generated/prisma/enums';
import { announceEndedCredential } from '../../db/credentialEvents';
import { inTransaction } from '../../db/transaction';
import { forbidden, notFound } from '../../errors';
import { recordAudit } from '../audit';
import { parseInput } from '../validation';
import { authorize } from './auth';
import { endSessionRows, liveSessionsOf } from './sessions';
import { userName } from './users';
import { AUTHENTICATING_USER, mayAuthenticate } from './accountState';

const setRoleSchema = z.object({ userName, role: z.enum(Role) });

/** An account by name, NOT_FOUND when there is none. */
async function accountNamed(tx: TxDb, name: string): Promise<User> {
  const user = await tx.user.findUnique({ where: { name } });
  if (!user) throw notFound(`No user named ${name}.`);
  return user;
}

/**
 * Refuses to take away the last active admin. Changes to admins are serialized by one lock, so that two admins
 * demoting each other at once cannot both pass the count.
 */
async function keepAnActiveAdmin(tx: TxDb, user: User, change: string) {
  if (user.role !== 'ADMIN' || !mayAuthenticate(user)) return;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended('tracker:active-admins', 0))`;
  const others = await tx.user.count({ where: { role: 'ADMIN', ...AUTHENTICATING_USER, id: { not: user.id } } });
  if (!others)
    throw forbidden(`${user.name} is the last active admin: make another admin first, then ${change} this one.`, {
      reason: 'LAST_ADMIN',
    });
}

/** Changes an account's role (admins); its subscriptions close, and its next request acts with the new role. */
export async function setRole(ctx: AppContext, raw: z.input<typeof setRoleSchema>) {
  const actor = authorize(ctx.actor, 'setRole');
  const input = parseInput(setRoleSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const user = await accountNamed(tx, input.userName);
    if (user.role === input.role) return user;
    await keepAnActiveAdmin(tx, user, 'demote');
    const updated = await tx.user.update({ where: { id: user.id }, data: { role: input.role } });
    await announceEndedCredential(tx, { userId: user.id });
    await recordAudit(tx, actor, 'setRole', user.name, { role: user.role }, { role: updated.role });
    return updated;
  });
}

/** Disables an account (admins): its sessions end, and its tokens and subscriptions stop with them. */
export async function disableUser(ctx: AppContext, rawName: string) {
  const actor = authorize(ctx.actor, 'disableUser');
  const name = parseInput(userName, rawName);
  return inTransaction(ctx.db, async (tx) => {
    const user = await accountNamed(tx, name);
    if (user.disabledAt) return user;
    await keepAnActiveAdmin(tx, user, 'disable');
    const updated = await tx.user.update({ where: { id: user.id }, data: { disabledAt: ctx.now } });
    const sessions = await liveSessionsOf(tx, ctx.config, user.id, ctx.now);
    await endSessionRows(tx, sessions, ctx.now);
    await announceEndedCredential(tx, { userId: user.id });
    const after = { disabledAt: updated.disabledAt, endedSessionIds: sessions.map((s) => s.id) };
    await recordAudit(tx, actor, 'disableUser', user.name, { disabledAt: null }, after);
    return updated;
  });
}

/** Enables a disabled account again (admins): its unrevoked, unexpired tokens work again; it signs in anew. */
export async function enableUser(ctx: AppContext, rawName: string) {
  const actor = authorize(ctx.actor, 'enableUser');
  const name = parseInput(userName, rawName);
  return inTransaction(ctx.db, async (tx) => {
    const user = await accountNamed(tx, name);
    if (!user.disabledAt) return user;
    const updated = await tx.user.update({ where: { id: user.id }, data: { disabledAt: null } });
    await recordAudit(tx, actor, 'enableUser', user.name, { disabledAt: user.disabledAt }, { disabledAt: null });
    return updated;
  });
}
