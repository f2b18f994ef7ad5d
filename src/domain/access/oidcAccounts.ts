// Who a provider's verified ID token signs in: the user linked to its (issuer, sub), never one found by e-mail
// or name. The first sign-in provisions a user (OIDC_DEFAULT_ROLE unless a claim maps to a role); with a role
// or institution claim configured, every sign-in sets the role and memberships the claims map to, so the
// provider stays their source. Everything is audited: provisionUser, applyOidcClaims (before and after), signIn.
// The session starts as a password's or a passkey's does (signin.ts's beginSession): a new id, the browser's
// previous session ended, the sign-in audited, in the transaction that found or provisioned the user.
import type { Config } from '../../config';
import type { Db, TxDb } from '../../db/client';
import type { Role, User } from '../../generated/prisma/client';
import type { OidcProviderConfig } from '../../oidcConfig';
import { announceEndedCredential } from '../../db/credentialEvents';
import { recordAudit } from '../audit';
import { rowIdOf } from '../globalId';
import { UNSCOPED } from '../scope';
import type { Actor, ClientInfo } from './auth';
import { beginSession } from './signin';

export interface VerifiedSignIn {
  provider: OidcProviderConfig;
  /** The issuer the ID token was verified against. */
  issuer: string;
  /** The ID token's claims, with the userinfo endpoint's beside them. */
  claims: Record<string, unknown>;
  /** The session cookie the browser already held, if any: it ends, and a new id replaces it. */
  previousSecret?: string;
}

const ROLE_ORDER: readonly Role[] = ['VIEWER', 'ANALYST', 'REVIEWER', 'ADMIN'];
const actorOf = (user: User): Actor => ({ userId: user.id, name: user.name, role: user.role, scope: UNSCOPED });

/** A claim's values as strings: a string, an array of them, or a dotted path into nested claims. */
function claimValues(claims: Record<string, unknown>, name: string): string[] {
  let value: unknown = name in claims ? claims[name] : undefined;
  if (value === undefined)
    value = name.split('.').reduce<unknown>((v, key) => (v as Record<string, unknown> | null)?.[key], claims);
  const list = Array.isArray(value) ? value : [value];
  return list.filter((v): v is string => typeof v === 'string');
}

/** What the claims say: the role and owners they map to, or undefined where the provider has no such claim. */
function claimedAccess(config: Config, provider: OidcProviderConfig, claims: Record<string, unknown>) {
  const { roleMap, institutionMap, defaultRole } = config.oidc;
  const role = provider.roleClaim
    ? claimValues(claims, provider.roleClaim)
        .map((v) => roleMap[v])
        .filter(Boolean)
        .reduce<Role>((best, r) => (ROLE_ORDER.indexOf(r) > ROLE_ORDER.indexOf(best) ? r : best), defaultRole)
    : undefined;
  const ownerIds = provider.institutionClaim
    ? claimValues(claims, provider.institutionClaim).flatMap((v) => {
        const id = institutionMap[v] === undefined ? null : rowIdOf('Owner', institutionMap[v]);
        return id === null ? [] : [id];
      })
    : undefined;
  return { role, ownerIds };
}

/** A name for a new user from the claims (preferred_username, name, e-mail, sub), made unique. */
async function freeName(tx: TxDb, claims: Record<string, unknown>): Promise<string> {
  const wanted = ['preferred_username', 'name', 'email', 'sub']
    .map((c) => claims[c])
    .find((v) => typeof v === 'string');
  const base =
    String(wanted ?? '')
      .replace(/[^\p{L}\p{N}._@-]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 56) || 'oidc-user';
  for (let n = 1; n < 50; n += 1) {
    const name = n === 1 ? base : `${base}-${n}`;
    if (!(await tx.user.findUnique({ where: { name } }))) return name;
  }
  return `${base}-${Date.now().toString(36)}`;
}

const ownerNames = async (tx: TxDb, userId: number) =>
  (await tx.owner.findMany({ where: { members: { some: { userId } } }, orderBy: { name: 'asc' } })).map((o) => o.name);

/** Sets the memberships to exactly `ownerIds` (those that exist and were not merged away). */
async function setMemberships(tx: TxDb, userId: number, ownerIds: readonly number[]) {
  const owners = await tx.owner.findMany({ where: { id: { in: [...ownerIds] }, mergedIntoId: null } });
  await tx.membership.deleteMany({ where: { userId, ownerId: { notIn: owners.map((o) => o.id) } } });
  await tx.membership.createMany({ data: owners.map((o) => ({ userId, ownerId: o.id })), skipDuplicates: true });
}

async function provision(tx: TxDb, config: Config, input: VerifiedSignIn, subject: string) {
  const { role, ownerIds } = claimedAccess(config, input.provider, input.claims);
  const name = await freeName(tx, input.claims);
  const user = await tx.user.create({ data: { name, role: role ?? config.oidc.defaultRole } });
  const identity = await tx.oidcIdentity.create({ data: { userId: user.id, issuer: input.issuer, subject } });
  if (ownerIds) await setMemberships(tx, user.id, ownerIds);
  await recordAudit(tx, actorOf(user), 'provisionUser', user.name, null, {
    via: 'oidc',
    provider: input.provider.id,
    issuer: input.issuer,
    subject,
    role: user.role,
    memberships: await ownerNames(tx, user.id),
  });
  return { user, identity };
}

/** Applies the claims' role and memberships to a known user; audited, and their open subscriptions close. */
async function applyClaims(tx: TxDb, config: Config, input: VerifiedSignIn, user: User): Promise<User> {
  const { role, ownerIds } = claimedAccess(config, input.provider, input.claims);
  const before = { role: user.role, memberships: await ownerNames(tx, user.id) };
  const updated = role && role !== user.role ? await tx.user.update({ where: { id: user.id }, data: { role } }) : user;
  if (ownerIds) await setMemberships(tx, user.id, ownerIds);
  const after = { role: updated.role, memberships: await ownerNames(tx, user.id) };
  if (JSON.stringify(before) === JSON.stringify(after)) return updated;
  await recordAudit(tx, actorOf(updated), 'applyOidcClaims', user.name, before, {
    ...after,
    provider: input.provider.id,
  });
  // Subscriptions were authorized with the old role and institutions: they close, and reopen under the new.
  await announceEndedCredential(tx, { userId: user.id });
  return updated;
}

/** Signs in the user a verified ID token names, provisioning them the first time; returns the new session. */
export async function signInWithOidc(db: Db, config: Config, input: VerifiedSignIn, client: ClientInfo) {
  const subject = String(input.claims.sub);
  return beginSession(db, config, {
    user: (tx, now) => identify(tx, config, input, subject, now),
    client,
    previousSecret: input.previousSecret,
    // A provider's proof was never counted by the throttle here: a password lockout never blocks OIDC.
    attempts: null,
    operation: 'signIn',
    detail: { via: 'oidc', provider: input.provider.id },
  });
}

/** The user (issuer, sub) names, in the sign-in's transaction: provisioned the first time, the claims applied. */
async function identify(tx: TxDb, config: Config, input: VerifiedSignIn, subject: string, now: Date) {
  // One provisioning per (issuer, sub), however many callbacks race.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`oidc\n${input.issuer}\n${subject}`}, 0))`;
  const known = await tx.oidcIdentity.findUnique({
    where: { issuer_subject: { issuer: input.issuer, subject } },
    include: { user: true },
  });
  const { user, identity } = known
    ? { user: await applyClaims(tx, config, input, known.user), identity: known }
    : await provision(tx, config, input, subject);
  await tx.oidcIdentity.update({ where: { id: identity.id }, data: { lastSignInAt: now } });
  const sid = typeof input.claims.sid === 'string' ? input.claims.sid : null;
  return { user, link: { oidcIdentityId: identity.id, oidcSid: sid } };
}
