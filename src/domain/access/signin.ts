// Signing in with a password, signing out, and changing or resetting a password. Every outcome is audited:
// signIn, signInFailed and signInLockedOut (throttle.ts), signOut, changePassword, setPassword. A passkey's
// sign-in (passkeys.ts) and a provider's (oidcAccounts.ts) open their sessions here too (beginSession).
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Config } from '../../config';
import type { Db, TxDb } from '../../db/client';
import type { User } from '../../generated/prisma/client';
import { inTransaction } from '../../db/transaction';
import { badInput, forbidden, notFound, unauthenticated } from '../../errors';
import { recordAudit } from '../audit';
import { LIMITS, parseInput } from '../validation';
import { authorize, type Actor, type ClientInfo } from './auth';
import { UNSCOPED } from '../scope';
import { hashPassword, newPassword, passwordMatches } from './passwords';
import { endSessionRows, liveSession, liveSessionsOf, startSession, type ProviderLink } from './sessions';
import { countAttempt, forgiveAttempts, recordFailure, type AttemptKey } from './throttle';
import { userName } from './users';
import { DisabledAccount, mayAuthenticate } from './accountState';
import { takePasswordByLink } from './signInLinks';
import { announceEndedCredential } from '../../db/credentialEvents';

export interface PasswordSignIn {
  name: string;
  password: string;
  /** The session cookie the browser already held, if any: it ends, and a new id replaces it. */
  previousSecret?: string;
}

// Signing in writes on the account alone, never on a record: no scoping setting applies.
const actorOf = (user: User): Actor => ({ userId: user.id, name: user.name, role: user.role, scope: UNSCOPED });

/**
 * Signs in with a name and password and opens a new session; UNAUTHENTICATED for a wrong name or password
 * alike (an unknown name is hashed against a dummy, so the work is the same), TOO_MANY_REQUESTS once throttled.
 */
export async function signInWithPassword(db: Db, config: Config, input: PasswordSignIn, client: ClientInfo) {
  const key: AttemptKey = { userName: input.name.slice(0, LIMITS.name), address: client.address };
  const attempt = await countAttempt(db, config, key);
  const user = userName.safeParse(input.name).success
    ? await db.user.findUnique({ where: { name: input.name } })
    : null;
  // A disabled account gets the wrong password's answer: the same 401, after the same work.
  if (!(await passwordMatches(config, user?.passwordHash ?? null, input.password)) || !user || !mayAuthenticate(user)) {
    await recordFailure(db, config, attempt, 'password');
    throw unauthenticated('Wrong name or password.');
  }
  return beginSession(db, config, {
    user,
    client,
    previousSecret: input.previousSecret,
    attempts: key,
    operation: 'signIn',
  });
}

/** Who a proof names: the user, and the provider account a session is linked through (OIDC). */
interface Identified {
  user: User;
  link?: ProviderLink;
}

/** Someone who proved who they are (a password, a passkey, a provider), and how: what `beginSession` opens a session for. */
export interface ProvenSignIn {
  /**
   * Who proved themselves, or how to find them inside the sign-in's transaction: a provider's proof finds its
   * user there (provisioning them the first time, applying the claims), so that a refusal writes nothing.
   */
  user: User | ((tx: TxDb, now: Date) => Promise<Identified>);
  client: ClientInfo;
  /** The session cookie the browser already held, if any: it ends, and a new id replaces it. */
  previousSecret?: string;
  /**
   * The throttle's pair the proof was counted under: its failures are forgiven. None for a provider's proof:
   * nothing here counted it (the provider throttles its own sign-ins).
   */
  attempts: AttemptKey | null;
  operation: 'signIn' | 'passkeySignIn';
  /** More for the audit entry (which passkey, which provider). */
  detail?: object;
  /** What else the sign-in writes, in its transaction (a passkey's counter). */
  alsoWrite?: (tx: TxDb, now: Date) => Promise<unknown>;
}

/**
 * The one way a session starts, whatever proved the user: the browser's previous session ends, a new id is
 * issued (never the one it held), the attempts are forgiven, and the sign-in is audited, in one transaction.
 * A disabled account is refused with DisabledAccount.
 */
export async function beginSession(db: Db, config: Config, proven: ProvenSignIn) {
  const { client } = proven;
  const previous = proven.previousSecret ? await liveSession(db, config, proven.previousSecret) : null;
  return inTransaction(db, async (tx) => {
    const now = new Date();
    const { user, link } = typeof proven.user === 'function' ? await proven.user(tx, now) : { user: proven.user };
    // Whatever proved them, a disabled account is signed in by none (accountState.ts); the caller answers as it
    // answers any refusal, and the transaction writes nothing (a provider's claims included).
    if (!mayAuthenticate(user)) throw new DisabledAccount(user.name);
    if (proven.attempts) await forgiveAttempts(tx, proven.attempts);
    await proven.alsoWrite?.(tx, now);
    if (previous) await endSessionRows(tx, [previous], now);
    const { secret, session } = await startSession(tx, config, user.id, client.userAgent, now, link);
    const after = { sessionId: session.id, address: client.address, endedSessionId: previous?.id, ...proven.detail };
    await recordAudit(tx, actorOf(user), proven.operation, user.name, null, after);
    return { secret, session, user };
  });
}

/** Ends the session a cookie names (nothing to do when it names none). */
export async function signOut(db: Db, config: Config, secret: string) {
  const session = await liveSession(db, config, secret);
  if (!session) return;
  await inTransaction(db, async (tx) => {
    await endSessionRows(tx, [session], new Date());
    await recordAudit(tx, actorOf(session.user), 'signOut', session.user.name, null, {
      sessionId: session.id,
    });
  });
}

const changePasswordSchema = z.object({ currentPassword: z.string().max(LIMITS.password).nullish(), newPassword });
const setPasswordSchema = z.object({ userName, password: newPassword });

/** Checks the current password, counted toward the sign-in throttle; a wrong one is BAD_USER_INPUT. */
async function checkCurrentPassword(ctx: AppContext, user: User, currentPassword: string) {
  const key: AttemptKey = { userName: user.name, address: ctx.client?.address ?? 'unknown' };
  const attempt = await countAttempt(ctx.db, ctx.config, key);
  if (!(await passwordMatches(ctx.config, user.passwordHash, currentPassword))) {
    await recordFailure(ctx.db, ctx.config, attempt, 'changePassword');
    throw badInput('The current password is wrong.', { field: 'currentPassword' });
  }
  return key;
}

/**
 * Changes the caller's own password, given the current one; a wrong one counts toward the sign-in throttle. A
 * session a one-time link opened (signInLinks.ts) may leave the current one out, once. The caller's other
 * sessions end; the one making the change stays.
 */
export async function changePassword(ctx: AppContext, raw: z.input<typeof changePasswordSchema>) {
  const actor = authorize(ctx.actor, 'changePassword');
  if (actor.userId === null) throw forbidden('ADMIN_TOKEN has no account, and so no password.');
  const input = parseInput(changePasswordSchema, raw);
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: actor.userId } });
  const key = input.currentPassword == null ? null : await checkCurrentPassword(ctx, user, input.currentPassword);
  const passwordHash = await hashPassword(ctx.config, input.newPassword);
  await inTransaction(ctx.db, async (tx) => {
    if (key) await forgiveAttempts(tx, key);
    else if (!(await takePasswordByLink(tx, actor.sessionId, ctx.now)))
      throw badInput('The current password is required.', { field: 'currentPassword' });
    await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    const others = (await liveSessionsOf(tx, ctx.config, user.id, ctx.now)).filter((s) => s.id !== actor.sessionId);
    await endSessionRows(tx, others, ctx.now);
    const after = { endedSessionIds: others.map((s) => s.id), ...(key ? {} : { byLink: true }) };
    await recordAudit(tx, actor, 'changePassword', user.name, null, after);
  });
  return { name: user.name, role: user.role };
}

/**
 * Sets a user's password (admins). Every session of theirs ends, their failed attempts are forgiven, and every
 * subscription of theirs closes (their tokens' too, as on any change to the account: the user is announced).
 */
export async function setPassword(ctx: AppContext, raw: z.input<typeof setPasswordSchema>) {
  const actor = authorize(ctx.actor, 'setPassword');
  const input = parseInput(setPasswordSchema, raw);
  const user = await ctx.db.user.findUnique({ where: { name: input.userName } });
  if (!user) throw notFound(`No user named ${input.userName}.`);
  const passwordHash = await hashPassword(ctx.config, input.password);
  return inTransaction(ctx.db, async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { passwordHash } });
    await tx.signinFailure.deleteMany({ where: { userName: user.name } });
    const sessions = await liveSessionsOf(tx, ctx.config, user.id, ctx.now);
    await endSessionRows(tx, sessions, ctx.now);
    await announceEndedCredential(tx, { userId: user.id });
    const after = { endedSessionIds: sessions.map((s) => s.id) };
    await recordAudit(tx, actor, 'setPassword', user.name, null, after);
    return updated;
  });
}
