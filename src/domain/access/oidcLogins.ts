// A sign-in through a provider under way, kept in PostgreSQL (so any instance may receive the callback): the
// state, nonce and PKCE verifier the callback checks, the provider and where to land afterwards. The browser
// holds only a random key, in a short-lived HttpOnly cookie (http/oidcRoutes.ts); the table holds its SHA-256.
// A pending sign-in is used once: the callback claims it before anything else, so a replayed callback finds it
// used, and it expires after LOGIN_TTL_MS.
import { randomBytes } from 'node:crypto';
import type { Db } from '../../db/client';
import type { OidcLogin } from '../../generated/prisma/client';
import { hashToken } from './auth';

export const LOGIN_TTL_MS = 10 * 60_000;

export interface PendingLogin {
  providerId: string;
  state: string;
  nonce: string;
  codeVerifier: string;
  returnTo: string;
}

/** Stores a pending sign-in; returns the key for the browser's cookie, which is never stored. */
export async function beginLogin(db: Db, pending: PendingLogin, now = new Date()): Promise<string> {
  const key = randomBytes(32).toString('base64url');
  // Old pending sign-ins are of no use to anyone: whoever starts one sweeps those long expired.
  await db.oidcLogin.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - LOGIN_TTL_MS) } } });
  await db.oidcLogin.create({
    data: { ...pending, keyHash: hashToken(key), createdAt: now, expiresAt: new Date(now.getTime() + LOGIN_TTL_MS) },
  });
  return key;
}

/** Why a callback's pending sign-in cannot be used. */
export type LoginRefusal = 'none' | 'used' | 'expired';

/**
 * Claims the pending sign-in a cookie's key names, once: the row, or why not. Claimed by one conditional UPDATE,
 * so that two callbacks racing with the same key cannot both have it.
 */
export async function claimLogin(
  db: Db,
  key: string | undefined,
  now = new Date(),
): Promise<{ login: OidcLogin } | { refusal: LoginRefusal; login?: OidcLogin }> {
  if (!key || !/^[A-Za-z0-9_-]{43}$/.test(key)) return { refusal: 'none' };
  const keyHash = hashToken(key);
  const claimed = await db.oidcLogin.updateMany({
    where: { keyHash, usedAt: null, expiresAt: { gt: now } },
    data: { usedAt: now },
  });
  const login = await db.oidcLogin.findUnique({ where: { keyHash } });
  if (!login) return { refusal: 'none' };
  if (claimed.count === 1) return { login };
  return { refusal: login.usedAt ? 'used' : 'expired', login };
}
