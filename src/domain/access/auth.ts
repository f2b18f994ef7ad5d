// Who is calling, and what each role may do. Tokens are compared as SHA-256 hashes: the clear secret is
// never stored or logged.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../generated/prisma/client';
import type { Db } from '../../db/client';
import type { Config } from '../../config';
import { forbidden, unauthenticated } from '../../errors';
import { OPERATIONS, type CallableWrite } from '../operations';
import { UNSCOPED, type ScopeSettings } from '../scope';
import { AUTHENTICATING_USER, mayAuthenticate } from './accountState';

export interface Actor {
  userId: number | null;
  /** The API token it authenticated with; absent for ADMIN_TOKEN and the CLIs, which have none. */
  tokenId?: number;
  /** The browser session it authenticated with (sessions.ts), when it came with the session cookie. */
  sessionId?: number;
  /** It came with a read-only token: it reads, and `authorize` refuses every write. */
  readOnly?: true;
  name: string;
  role: Role;
  /** What the change was made through, when not a single API call (an import): recorded in its audit entries. */
  via?: string;
  /**
   * SCOPED_EDITING and REVIEW_ACROSS_INSTITUTIONS as the actor was resolved (scopeOf): required, so that no way
   * in forgets them; the rule itself (domain/scope.ts) runs where every write is audited.
   */
  scope: ScopeSettings;
}

/** The scoping settings an account's actor carries: the config's. */
export const scopeOf = (config: Config): ScopeSettings => config.scoping;

/** Where a request came from (its address as TRUST_PROXY reads it), for sign-in throttling and the audit trail. */
export interface ClientInfo {
  address: string;
  userAgent?: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new secret: 32 random bytes, with a recognisable prefix so leaked tokens are easy to grep for. */
export function newTokenSecret(): { token: string; prefix: string; hash: string } {
  const token = `agt_${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, 10), hash: hashToken(token) };
}

// A reviewer does what an analyst does, and decides proposals (src/domain/log/review.ts).
const ROLE_RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, REVIEWER: 2, ADMIN: 3 };

/** The reads only some roles may make; every write's least role is its entry in the operation table. */
const READ_ROLES = {
  readUsers: 'ADMIN',
  readAudit: 'ADMIN',
  readWebhooks: 'ADMIN',
  // Evidence.failureReason: what a capture's host resolved to, or how its connection failed.
  readEvidenceFailureDetail: 'ADMIN',
  // The review queue (src/domain/log/review.ts).
  readReviews: 'REVIEWER',
} as const satisfies Record<string, Role>;

const writeRoles = Object.fromEntries(
  Object.entries(OPERATIONS).flatMap(([name, op]) => (op.role ? [[name, op.role]] : [])),
) as Record<CallableWrite, Role>;

/**
 * The permission table: the least role for each write an API caller makes (from src/domain/operations.ts), and for
 * the reads above. Every mutation of the schema has a row (tests/structure/structure.test.ts checks it).
 */
export const OPERATION_ROLES: Readonly<Record<CallableWrite | keyof typeof READ_ROLES, Role>> = Object.freeze({
  ...writeRoles,
  ...READ_ROLES,
});

export type Operation = keyof typeof OPERATION_ROLES;

/** Whether `actor` may perform `operation`, for reads that answer null rather than refuse (node(id:)). */
export const mayPerform = (actor: Actor | null, operation: Operation): boolean =>
  !!actor && ROLE_RANK[actor.role] >= ROLE_RANK[OPERATION_ROLES[operation]];

const isWrite = (operation: Operation): operation is CallableWrite => operation in OPERATIONS;

/**
 * The one check every operation passes: a caller, with the least role, and for a write, a token that may write.
 * Imports and every other write path call it, so a read-only token is refused everywhere at once.
 */
export function authorize(actor: Actor | null, operation: Operation): Actor {
  if (!actor) throw unauthenticated();
  if (actor.readOnly && isWrite(operation))
    throw forbidden(`${operation} is a write, and this token is read-only.`, { reason: 'READ_ONLY_TOKEN' });
  const needed: Role = OPERATION_ROLES[operation];
  if (ROLE_RANK[actor.role] < ROLE_RANK[needed]) {
    throw forbidden(`${operation} needs the ${needed} role; this token has ${actor.role}.`);
  }
  return actor;
}

/** Whether `actor` may read at all: anyone while PUBLIC_READ is on, only a caller with a token otherwise. */
export const mayRead = (actor: Actor | null, config: Config): boolean => config.publicRead || !!actor;

/**
 * The read rule, applied where reads are dispatched (graphql/readAccess.ts, http/readRoute.ts), not by each
 * read service: a new read is covered without anyone remembering.
 */
export function authorizeRead(actor: Actor | null, config: Config): void {
  if (!mayRead(actor, config)) throw unauthenticated('Reads need a token on this server (PUBLIC_READ=false).');
}

/**
 * Who the bootstrap ADMIN_TOKEN acts as: it has no account, so the audit trail, follows and proposals know it
 * by this name, which no account can take (a user name has no spaces or parentheses: users.ts). A user named
 * "admin", such as the first start creates, is then never mistaken for it.
 */
export const ADMIN_TOKEN_ACTOR = '(admin token)';

const sameHash = (a: string, b: string) => timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

/** Resolves the Authorization header to an actor; null when absent, UNAUTHENTICATED when wrong. */
/**
 * Whether a credential's last use (a token's lastUsedAt, a session's lastSeenAt) is old enough to write again:
 * recording use at most once a minute keeps reads from turning into writes on every request.
 */
export const useIsWorthRecording = (last: Date | null, now: Date) => !last || now.getTime() - last.getTime() > 60_000;

export async function resolveActor(
  db: Db,
  config: Config,
  header: string | undefined,
  now = new Date(),
): Promise<Actor | null> {
  if (!header) return null;
  const match = /^Bearer\s+(\S{1,512})$/i.exec(header.trim());
  if (!match) throw unauthenticated('Malformed Authorization header: expected "Bearer <token>".');
  const hash = hashToken(match[1]);
  if (config.adminToken && sameHash(hash, hashToken(config.adminToken))) {
    return { userId: null, name: ADMIN_TOKEN_ACTOR, role: 'ADMIN', scope: UNSCOPED };
  }
  const token = await db.apiToken.findUnique({ where: { tokenHash: hash }, include: { user: true } });
  // A disabled account's tokens get the same answer as a revoked one: nothing tells a caller why.
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now) || !mayAuthenticate(token.user)) {
    throw unauthenticated('Invalid, expired or revoked token.');
  }
  if (useIsWorthRecording(token.lastUsedAt, now)) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return {
    userId: token.user.id,
    tokenId: token.id,
    name: token.user.name,
    role: token.user.role,
    scope: scopeOf(config),
    ...(token.readOnly ? { readOnly: true } : {}),
  };
}

/** Those of `tokenIds` that no longer authenticate (revoked, expired or gone): for connections opened with them. */
export async function endedTokens(db: Db, tokenIds: readonly number[], now = new Date()): Promise<number[]> {
  if (!tokenIds.length) return [];
  const valid = await db.apiToken.findMany({
    where: {
      id: { in: [...tokenIds] },
      revokedAt: null,
      OR: [{ expiresAt: null }, { expiresAt: { gt: now } }],
      user: AUTHENTICATING_USER,
    },
    select: { id: true },
  });
  const validIds = new Set(valid.map((t) => t.id));
  return tokenIds.filter((id) => !validIds.has(id));
}

/** Those of `sessionIds` that no longer authenticate (ended, expired or gone): for connections opened with them. */
export async function endedSessions(
  db: Db,
  config: Config,
  sessionIds: readonly number[],
  now = new Date(),
): Promise<number[]> {
  if (!sessionIds.length) return [];
  const live = await db.session.findMany({
    where: {
      id: { in: [...sessionIds] },
      endedAt: null,
      expiresAt: { gt: now },
      lastSeenAt: { gt: new Date(now.getTime() - config.sessions.idleMs) },
      user: AUTHENTICATING_USER,
    },
    select: { id: true },
  });
  const liveIds = new Set(live.map((s) => s.id));
  return sessionIds.filter((id) => !liveIds.has(id));
}
