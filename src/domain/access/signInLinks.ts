// One-time sign-in links: the first-start admin's way in on the embedded default, instead of a token to paste.
// The link's secret is printed once (index.ts) and only its SHA-256 is stored. Following it (GET /auth/link/…)
// works once and within LINK_LIFETIME_MS: it opens a session, which may then set the account's password once
// without the current one (changePassword), since nobody was ever told the generated one.
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context';
import type { Config } from '../../config';
import type { Db, TxDb } from '../../db/client';
import { inTransaction } from '../../db/transaction';
import { recordAudit } from '../audit';
import { UNSCOPED } from '../scope';
import { hashToken, type ClientInfo } from './auth';
import { hashPassword } from './passwords';
import { startSession } from './sessions';
import { AUTHENTICATING_USER } from './accountState';

/** How long a printed link works: a day, long enough to read the terminal, short enough to go stale. */
export const LINK_LIFETIME_MS = 24 * 3_600_000;

const FIRST_START = { name: 'first start', role: null };

/** Makes a link for `user`; returns its secret, which is never stored. */
async function createSignInLink(tx: TxDb, user: { id: number; name: string }, now: Date): Promise<string> {
  const secret = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS);
  const link = await tx.signInLink.create({
    data: { userId: user.id, linkHash: hashToken(secret), createdAt: now, expiresAt },
  });
  await recordAudit(tx, FIRST_START, 'createSignInLink', user.name, null, { linkId: link.id, expiresAt });
  return secret;
}

/**
 * Follows a link: opens a session for its account and returns the cookie's secret, or null when the link is
 * unknown, used, expired or its account disabled. Taking the link is one conditional update, so two browsers
 * following it at once cannot both get in.
 */
export async function followSignInLink(db: Db, config: Config, secret: string, client: ClientInfo) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  return inTransaction(db, async (tx) => {
    const now = new Date();
    const where = { linkHash: hashToken(secret), usedAt: null, expiresAt: { gt: now }, user: AUTHENTICATING_USER };
    const link = await tx.signInLink.findFirst({ where, include: { user: true } });
    if (!link) return null;
    const taken = await tx.signInLink.updateMany({ where: { id: link.id, usedAt: null }, data: { usedAt: now } });
    if (taken.count !== 1) return null;
    const { secret: sessionSecret, session } = await startSession(tx, config, link.userId, client.userAgent, now);
    await tx.signInLink.update({ where: { id: link.id }, data: { sessionId: session.id } });
    const actor = { userId: link.user.id, name: link.user.name, role: link.user.role, scope: UNSCOPED };
    const after = { linkId: link.id, sessionId: session.id, address: client.address };
    await recordAudit(tx, actor, 'signInWithLink', link.user.name, null, after);
    return sessionSecret;
  });
}

/** `me { setsPasswordByLink }`: whether the caller's session came from a link and has not set a password since. */
export async function setsPasswordByLink(ctx: AppContext): Promise<boolean> {
  const sessionId = ctx.actor?.sessionId;
  if (sessionId === undefined) return false;
  return (await ctx.db.signInLink.count({ where: { sessionId, expiresAt: { gt: ctx.now } } })) > 0;
}

/**
 * Uses up the session's right to set the password without the current one; false when it has none. The right
 * ends with the link's day, as the link itself does (and the pruning job deletes it then).
 */
export async function takePasswordByLink(tx: TxDb, sessionId: number | undefined, now: Date): Promise<boolean> {
  if (sessionId === undefined) return false;
  const where = { sessionId, expiresAt: { gt: now } };
  const taken = await tx.signInLink.updateMany({ where, data: { sessionId: null } });
  return taken.count > 0;
}

const FIRST_ADMIN = 'admin';

/**
 * A development server's first start on the embedded default, with no admin and no ADMIN_TOKEN, creates one
 * so that a newcomer can sign in at once: an account with a generated password nobody is told (Argon2id, like
 * every password) and a one-time link. Returns the account's name and the link's secret, or null when an admin
 * exists.
 */
export async function createFirstAdmin(db: Db, config: Config): Promise<{ name: string; link: string } | null> {
  if (await db.user.count({ where: { role: 'ADMIN' } })) return null;
  const taken = await db.user.findUnique({ where: { name: FIRST_ADMIN } });
  const name = taken ? `${FIRST_ADMIN}-${Date.now().toString(36)}` : FIRST_ADMIN;
  const passwordHash = await hashPassword(config, randomBytes(32).toString('base64url'));
  return inTransaction(db, async (tx) => {
    const user = await tx.user.create({ data: { name, role: 'ADMIN', passwordHash } });
    await recordAudit(tx, FIRST_START, 'createUser', name, null, { name, role: 'ADMIN' });
    return { name, link: await createSignInLink(tx, user, new Date()) };
  });
}
