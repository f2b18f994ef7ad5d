// Everyone who might call a mutation: no token, each role, the bootstrap ADMIN_TOKEN, and admin tokens
// that were revoked or have expired.
import type { Db } from '../../../src/db/client';
import type { Role } from '../../../src/generated/prisma/client';
import { createUserWithToken } from '../../helpers/factories';
import { ADMIN_TOKEN } from '../../helpers/testServer';

export const CALLERS = [
  'anonymous',
  'VIEWER',
  'ANALYST',
  'REVIEWER',
  'ADMIN',
  'ADMIN_TOKEN',
  'revoked ADMIN',
  'expired ADMIN',
] as const;
export type Caller = (typeof CALLERS)[number];

const RANK: Record<Role, number> = { VIEWER: 0, ANALYST: 1, REVIEWER: 2, ADMIN: 3 };
/** The role a caller acts with; null when it must not be authenticated at all. */
const ROLE_OF: Record<Caller, Role | null> = {
  anonymous: null,
  VIEWER: 'VIEWER',
  ANALYST: 'ANALYST',
  REVIEWER: 'REVIEWER',
  ADMIN: 'ADMIN',
  ADMIN_TOKEN: 'ADMIN',
  'revoked ADMIN': null,
  'expired ADMIN': null,
};

/** Creates one account per caller and returns each one's clear token (null for anonymous). */
export async function createCallers(db: Db): Promise<Record<Caller, string | null>> {
  const viewer = await createUserWithToken(db, 'VIEWER');
  const analyst = await createUserWithToken(db, 'ANALYST');
  const reviewer = await createUserWithToken(db, 'REVIEWER');
  const admin = await createUserWithToken(db, 'ADMIN');
  const revoked = await createUserWithToken(db, 'ADMIN');
  const expired = await createUserWithToken(db, 'ADMIN');
  await db.apiToken.updateMany({ where: { userId: revoked.user.id }, data: { revokedAt: new Date() } });
  await db.apiToken.updateMany({
    where: { userId: expired.user.id },
    data: { expiresAt: new Date(Date.now() - 1000) },
  });
  return {
    anonymous: null,
    VIEWER: viewer.token,
    ANALYST: analyst.token,
    REVIEWER: reviewer.token,
    ADMIN: admin.token,
    ADMIN_TOKEN,
    'revoked ADMIN': revoked.token,
    'expired ADMIN': expired.token,
  };
}

/** The error a caller must get for an operation needing `minRole`, or null when it is allowed. */
export function expectedDenial(caller: Caller, minRole: Role): 'UNAUTHENTICATED' | 'FORBIDDEN' | null {
  const role = ROLE_OF[caller];
  if (!role) return 'UNAUTHENTICATED';
  return RANK[role] < RANK[minRole] ? 'FORBIDDEN' : null;
}
