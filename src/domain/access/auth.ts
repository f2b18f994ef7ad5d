// Who is calling, and what each role may do. Tokens are compared as SHA-256 hashes: the clear secret is
// never stored or logged.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Role } from '../../generated/prisma/client';
import type { Db } from '../../db/client';
import type { Config } from '../../config';
import { forbidden, unauthenticated } from '../../errors';

export interface Actor {
  userId: number | null;
  /** The API token it authenticated with; absent for ADMIN_TOKEN and the CLIs, which have none. */
  tokenId?: number;
  name: string;
  role: Role;
  /** What the change was made through, when not a single API call (an import): recorded in its audit entries. */
  via?: string;
}

export const hashToken = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** A new secret: 32 random bytes, with a recognisable prefix so leaked tokens are easy to grep for. */
export function newTokenSecret(): { token: string; prefix: string; hash: string } {
  const token = `agt_${randomBytes(32).toString('base64url')}`;
  return { token, prefix: token.slice(0, 10), hash: hashToken(token) };
}

// A reviewer does what an analyst does, and decides proposals (src/domain/log/review.ts).
const ROLE_RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, REVIEWER: 2, ADMIN: 3 };

/**
 * The single permission table: the minimum role for each write, and for the admin-only reads. Every mutation of
 * the schema has a row (tests/structure/structure.test.ts checks it).
 */
export const OPERATION_ROLES = Object.freeze({
  logProgress: 'ANALYST',
  // Progress sheets only; a catalog sheet also needs updateRecommendation's role (importSpreadsheet.ts).
  importSpreadsheet: 'ANALYST',
  setOwners: 'ANALYST',
  setTargetDate: 'ANALYST',
  createOwner: 'ANALYST',
  updateOwner: 'ANALYST',
  mergeOwners: 'ADMIN',
  createRecommendation: 'ADMIN',
  updateRecommendation: 'ADMIN',
  archiveRecommendation: 'ADMIN',
  restoreRecommendation: 'ADMIN',
  // Signing texts as reviewed (catalog/textOrigin.ts); also needs an account of one's own.
  markTextReviewed: 'ADMIN',
  createSourceDocument: 'ADMIN',
  createUser: 'ADMIN',
  issueToken: 'ADMIN',
  revokeToken: 'ADMIN',
  readUsers: 'ADMIN',
  readAudit: 'ADMIN',
  createWebhook: 'ADMIN',
  enableWebhook: 'ADMIN',
  deleteWebhook: 'ADMIN',
  readWebhooks: 'ADMIN',
  // Evidence.failureReason: what a capture's host resolved to, or how its connection failed.
  readEvidenceFailureDetail: 'ADMIN',
  // A second pair of eyes (src/domain/log/review.ts).
  approveProposal: 'REVIEWER',
  rejectProposal: 'REVIEWER',
  readReviews: 'REVIEWER',
  // Any signed-in caller: the watch list is the caller's own (src/domain/live/follows.ts).
  follow: 'VIEWER',
  unfollow: 'VIEWER',
} satisfies Record<string, Role>);

export type Operation = keyof typeof OPERATION_ROLES;

/** Whether `actor` may perform `operation`, for reads that answer null rather than refuse (node(id:)). */
export const mayPerform = (actor: Actor | null, operation: Operation): boolean =>
  !!actor && ROLE_RANK[actor.role] >= ROLE_RANK[OPERATION_ROLES[operation]];

export function authorize(actor: Actor | null, operation: Operation): Actor {
  if (!actor) throw unauthenticated();
  const needed: Role = OPERATION_ROLES[operation];
  if (ROLE_RANK[actor.role] < ROLE_RANK[needed]) {
    throw forbidden(`${operation} needs the ${needed} role; this token has ${actor.role}.`);
  }
  return actor;
}

export function authorizeRead(actor: Actor | null, config: Config): void {
  if (!config.publicRead && !actor) throw unauthenticated('Reads need a token on this server (PUBLIC_READ=false).');
}

/**
 * Who the bootstrap ADMIN_TOKEN acts as: it has no account, so the audit trail, follows and proposals know it
 * by this name, which no account can take (a user name has no spaces or parentheses: users.ts). A user named
 * "admin", such as the first start creates, is then never mistaken for it.
 */
export const ADMIN_TOKEN_ACTOR = '(admin token)';

const sameHash = (a: string, b: string) => timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));

/** Resolves the Authorization header to an actor; null when absent, UNAUTHENTICATED when wrong. */
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
    return { userId: null, name: ADMIN_TOKEN_ACTOR, role: 'ADMIN' };
  }
  const token = await db.apiToken.findUnique({ where: { tokenHash: hash }, include: { user: true } });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) {
    throw unauthenticated('Invalid, expired or revoked token.');
  }
  // Recording use at most once a minute keeps reads from turning into writes on every request.
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > 60_000) {
    await db.apiToken.update({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { userId: token.user.id, tokenId: token.id, name: token.user.name, role: token.user.role };
}

/** Those of `tokenIds` that no longer authenticate (revoked, expired or gone): for connections opened with them. */
export async function endedTokens(db: Db, tokenIds: readonly number[], now = new Date()): Promise<number[]> {
  if (!tokenIds.length) return [];
  const valid = await db.apiToken.findMany({
    where: { id: { in: [...tokenIds] }, revokedAt: null, OR: [{ expiresAt: null }, { expiresAt: { gt: now } }] },
    select: { id: true },
  });
  const validIds = new Set(valid.map((t) => t.id));
  return tokenIds.filter((id) => !validIds.has(id));
}
