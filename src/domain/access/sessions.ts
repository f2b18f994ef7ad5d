// Browser sessions, kept in PostgreSQL. The cookie holds a random id; the database holds only its SHA-256, so a
// leaked table signs nobody in. A session lives until it is ended (sign-out, endSession, endSessions, a new
// password), until SESSION_IDLE_MINUTES pass without a request, or SESSION_MAX_HOURS after sign-in, whichever
// comes first. Anything else in the cookie (tampered, expired, ended, unknown) is simply no session.
import { randomBytes } from 'node:crypto';
import type { AppContext } from '../../context';
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { Prisma, Session, User } from '../../generated/prisma/client';
import { announceEndedCredential } from '../../db/credentialEvents';
import { inTransaction } from '../../db/transaction';
import { forbidden, notFound, unauthenticated } from '../../errors';
import { recordAudit } from '../audit';
import { authorize, hashToken, scopeOf, useIsWorthRecording, type Actor } from './auth';
import { userName } from './users';
import { mayAuthenticate } from './accountState';
import { nodeId, parseInput } from '../validation';
import { toGlobalId } from '../globalId';

type Tx = Prisma.TransactionClient;

/** When a session stops on its own: at its absolute end, or `idleMs` after it was last seen. */
export const sessionExpiry = (session: Session, config: Config): Date =>
  new Date(Math.min(session.expiresAt.getTime(), session.lastSeenAt.getTime() + config.sessions.idleMs));

const isLive = (session: Session, config: Config, now: Date) =>
  !session.endedAt && sessionExpiry(session, config) > now;

/** A session signs its user in while it lives and the account is not disabled. */
const signsIn = (session: Session & { user: User }, config: Config, now: Date) =>
  isLive(session, config, now) && mayAuthenticate(session.user);

/** The provider account a session was signed in through (oidcAccounts.ts), for a back-channel logout to find. */
export interface ProviderLink {
  oidcIdentityId: number;
  oidcSid: string | null;
}

/** Opens a session for `userId`; returns the secret for the cookie, which is never stored. */
export async function startSession(
  tx: Tx,
  config: Config,
  userId: number,
  userAgent: string | undefined,
  now: Date,
  link?: ProviderLink,
) {
  const secret = randomBytes(32).toString('base64url');
  const session = await tx.session.create({
    data: {
      userId,
      ...link,
      idHash: hashToken(secret),
      userAgent: userAgent?.slice(0, 300) || null,
      createdAt: now,
      lastSeenAt: now,
      expiresAt: new Date(now.getTime() + config.sessions.maxAgeMs),
    },
  });
  return { secret, session };
}

/** The live session a cookie's secret names, or null for any other value. */
export async function liveSession(db: Db, config: Config, secret: string, now = new Date()) {
  if (!/^[A-Za-z0-9_-]{43}$/.test(secret)) return null;
  const session = await db.session.findUnique({ where: { idHash: hashToken(secret) }, include: { user: true } });
  return session && signsIn(session, config, now) ? session : null;
}

/** Resolves a session cookie's secret to an actor; null when it names no live session. */
export async function resolveSessionActor(db: Db, config: Config, secret: string, now = new Date()) {
  const session = await liveSession(db, config, secret, now);
  if (!session) return null;
  if (useIsWorthRecording(session.lastSeenAt, now)) {
    await db.session.update({ where: { id: session.id }, data: { lastSeenAt: now } });
  }
  const actor: Actor = {
    userId: session.userId,
    sessionId: session.id,
    name: session.user.name,
    role: session.user.role,
    scope: scopeOf(config),
  };
  return actor;
}

/** Ends the given live sessions, and closes their subscriptions on every instance once `tx` commits. */
export async function endSessionRows(tx: Tx, sessions: readonly Pick<Session, 'id'>[], now: Date) {
  if (!sessions.length) return;
  await tx.session.updateMany({ where: { id: { in: sessions.map((s) => s.id) } }, data: { endedAt: now } });
  for (const { id } of sessions) await announceEndedCredential(tx, { sessionId: id });
}

/** A user's sessions that have not ended or expired. */
export async function liveSessionsOf(db: Db | Tx, config: Config, userId: number, now: Date) {
  const open = await db.session.findMany({
    where: { userId, endedAt: null, expiresAt: { gt: now } },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
  });
  return open.filter((s) => isLive(s, config, now));
}

// Sessions are not Nodes (node(id:) does not fetch them), but their ids are opaque in the same way.
/** A session's opaque id in the API (`Session.id`), spelled as every other global id. */
export const sessionGlobalId = (id: number) => toGlobalId('Session', id);

/** `me { sessions }`: the caller's live sessions, newest first (none for ADMIN_TOKEN, which has no account). */
export async function mySessions(ctx: AppContext) {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.userId === null ? [] : liveSessionsOf(ctx.db, ctx.config, ctx.actor.userId, ctx.now);
}

/** Ends one of the caller's own sessions; another's, or one already over, is NOT_FOUND. Returns the viewer. */
export async function endSession(ctx: AppContext, rawId: string) {
  const actor = authorize(ctx.actor, 'endSession');
  if (actor.userId === null) throw forbidden('ADMIN_TOKEN has no account, and so no sessions.');
  const id = parseInput(nodeId('Session', 'id'), rawId);
  return inTransaction(ctx.db, async (tx) => {
    const session = await tx.session.findUnique({ where: { id } });
    if (!session || session.userId !== actor.userId || !isLive(session, ctx.config, ctx.now))
      throw notFound(`No session of yours with id ${rawId}.`);
    await endSessionRows(tx, [session], ctx.now);
    await recordAudit(tx, actor, 'endSession', actor.name, null, { sessionId: id });
    return { name: actor.name, role: actor.role };
  });
}

/** Ends every session of a user (admins): their browsers are signed out at once; their tokens are untouched. */
export async function endSessions(ctx: AppContext, rawName: string) {
  const actor = authorize(ctx.actor, 'endSessions');
  const name = parseInput(userName, rawName);
  return inTransaction(ctx.db, async (tx) => {
    const user = await tx.user.findUnique({ where: { name } });
    if (!user) throw notFound(`No user named ${name}.`);
    const sessions = await liveSessionsOf(tx, ctx.config, user.id, ctx.now);
    await endSessionRows(tx, sessions, ctx.now);
    const sessionIds = sessions.map((s) => s.id);
    await recordAudit(tx, actor, 'endSessions', user.name, null, { sessionIds });
    return user;
  });
}
