// Sign-in attempts are throttled per subject and client address together, in PostgreSQL so that the limit holds
// across instances: SIGNIN_MAX_FAILURES within SIGNIN_FAILURE_WINDOW_MINUTES locks that pair out until the oldest
// of them leaves the window. A password's subject is the account name; a passkey's is `passkey:<its id>`
// (passkeys.ts), which no account name can be (names have no colon), so a password lockout never blocks a
// passkey, nor the reverse. Keyed by the pair, a stranger's failures from elsewhere never lock the account's
// owner out. An attempt is counted before its hash is computed, under a lock on the pair, so that parallel
// guesses cannot all slip in under the limit; a success takes its count back.
import type { Config } from '../../config';
import type { Db } from '../../db/client';
import type { Prisma } from '../../generated/prisma/client';
import { tooManyRequests } from '../../errors';
import { recordAudit } from '../audit';

/** The pair an attempt is counted under. */
export interface AttemptKey {
  /** The account name tried, or a passkey's subject (`passkey:<id>`). */
  userName: string;
  address: string;
}

/** The audit trail's actor for an attempt: nobody is known to be acting until a password matched. */
const ATTEMPT_ACTOR = '(sign-in)';

/** Records a security event about an attempt (failure, lockout) that has no proven actor. */
async function recordAttemptEvent(
  tx: Prisma.TransactionClient,
  operation: FailureEvents[number],
  target: string,
  address: string,
  after: object,
) {
  await recordAudit(tx, { name: ATTEMPT_ACTOR, role: null }, operation, target, null, { address, ...after });
}

/** The audit operations of a failed attempt and of the lockout it may cause: a password's, or a passkey's. */
type FailureEvents =
  readonly ['signInFailed', 'signInLockedOut'] | readonly ['passkeySignInFailed', 'passkeySignInLockedOut'];
const PASSWORD_EVENTS = ['signInFailed', 'signInLockedOut'] as const;

/** How a failure other than a password's is audited: its operations, the account it names, and what else to say. */
export interface FailureReport {
  events: FailureEvents;
  target: string;
  detail: object;
}

/** A counted attempt: the pair's how-many-th within the window. */
export interface Attempt {
  key: AttemptKey;
  position: number;
}

/** What a count allows within the window, and what a refusal says (given the seconds to wait). */
interface Limit {
  max: number;
  refusal: (seconds: number) => string;
}

/**
 * Counts an attempt before its hash is computed, or refuses it with TOO_MANY_REQUESTS (and `retryAfterSeconds`)
 * when the pair is locked out. It counts as a failure until `forgiveAttempts` takes it back.
 */
export async function countAttempt(
  db: Db,
  config: Config,
  key: AttemptKey,
  now = new Date(),
  limit: Limit = {
    max: config.signin.maxFailures,
    refusal: (seconds) => `Too many failed sign-ins for this account from this address: try again in ${seconds} s.`,
  },
): Promise<Attempt> {
  const { windowMs } = config.signin;
  const since = new Date(now.getTime() - windowMs);
  const verdict = await db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`${key.userName}\n${key.address}`}, 0))`;
    const recent = await tx.signinFailure.findMany({
      where: { ...key, createdAt: { gt: since } },
      orderBy: { createdAt: 'asc' },
      select: { createdAt: true },
    });
    if (recent.length >= limit.max)
      return { lockedUntil: recent[0].createdAt.getTime() + windowMs, position: undefined };
    await tx.signinFailure.create({ data: { ...key, createdAt: now } });
    return { lockedUntil: 0, position: recent.length + 1 };
  });
  if (verdict.position !== undefined) return { key, position: verdict.position };
  const seconds = Math.max(1, Math.ceil((verdict.lockedUntil - now.getTime()) / 1000));
  throw tooManyRequests(limit.refusal(seconds), seconds);
}

/**
 * The key starts of a sign-in through a provider are counted under, per address. No account name has a colon,
 * so it is nobody's password throttle.
 */
const oidcStartKey = (address: string): AttemptKey => ({ userName: 'oidc:start', address });

/**
 * Counts a start of a sign-in through a provider (GET /auth/oidc/start), which writes a pending sign-in row:
 * SIGNIN_MAX_OIDC_STARTS per address within the window, then TOO_MANY_REQUESTS until the oldest leaves it.
 * A completed sign-in from that address takes its count back (`forgiveOidcStarts`), so people who sign in are
 * never held back; starts abandoned at the provider, or a loop of them, are.
 */
export async function countOidcStart(db: Db, config: Config, address: string, now = new Date()): Promise<void> {
  await countAttempt(db, config, oidcStartKey(address), now, {
    max: config.signin.maxOidcStarts,
    refusal: (seconds) => `Too many sign-ins through a provider started from this address: try again in ${seconds} s.`,
  });
}

export const forgiveOidcStarts = (db: Db, address: string) => forgiveAttempts(db, oidcStartKey(address));

/** A matching password: its attempt and the pair's earlier failures no longer count. */
export async function forgiveAttempts(db: Db | Prisma.TransactionClient, key: AttemptKey): Promise<void> {
  await db.signinFailure.deleteMany({ where: key });
}

/** Audits a failed attempt, and the lockout when it was the last one the limit allowed. */
export async function recordFailure(
  db: Db,
  config: Config,
  { key, position }: Attempt,
  via: string,
  report: FailureReport = { events: PASSWORD_EVENTS, target: key.userName, detail: {} },
) {
  const { maxFailures, windowMs } = config.signin;
  const [failed, lockedOut] = report.events;
  await db.$transaction(async (tx) => {
    await recordAttemptEvent(tx, failed, report.target, key.address, { via, ...report.detail });
    if (position === maxFailures)
      await recordAttemptEvent(tx, lockedOut, report.target, key.address, {
        ...report.detail,
        failures: position,
        windowMinutes: windowMs / 60_000,
      });
  });
}
