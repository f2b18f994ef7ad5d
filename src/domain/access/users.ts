// Accounts and API tokens (admins). A token's secret is returned once; only its SHA-256 is stored.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import { Role } from '../../generated/prisma/enums';
import { authorize, newTokenSecret, type Actor } from './auth';
import { badInput, conflict, forbidden, notFound, unauthenticated } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { announceEndedCredential } from '../../db/credentialEvents';
import { LIMITS, nodeId, parseInput, trimmedText } from '../validation';
import { mayAuthenticate } from './accountState';

export const userName = z
  .string()
  .regex(/^[\p{L}\p{N}._@-]{1,64}$/u, 'names are 1-64 letters, digits, dots, dashes, underscores or @');

const createUserSchema = z.object({ name: userName, role: z.enum(Role) });
const issueTokenSchema = z.object({
  userName: userName.nullish(),
  label: trimmedText(LIMITS.name),
  expiresAt: z.date().nullish(),
  readOnly: z.boolean().nullish(),
});

export async function createUser(ctx: AppContext, raw: z.input<typeof createUserSchema>) {
  const actor = authorize(ctx.actor, 'createUser');
  const input = parseInput(createUserSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    if (await tx.user.findUnique({ where: { name: input.name } })) throw conflict(`User ${input.name} already exists.`);
    const user = await tx.user.create({ data: input });
    await recordAudit(tx, actor, 'createUser', user.name, null, input);
    return user;
  });
}

/** Whose token a call issues: the caller's own by default; another account's only for an admin. */
function tokenHolder(actor: Actor, named: string | null | undefined): string {
  if (!named) {
    if (actor.userId === null) throw forbidden('ADMIN_TOKEN has no account: name the account with userName.');
    return actor.name;
  }
  if (named !== actor.name && actor.role !== 'ADMIN')
    throw forbidden(`Only admins issue tokens for another account; leave userName out for your own.`);
  return named;
}

/**
 * Issues a token, for the caller or (admins) another account. A read-only token can never write, whatever the
 * role of its account (auth.ts authorize).
 */
export async function issueToken(ctx: AppContext, raw: z.input<typeof issueTokenSchema>) {
  const actor = authorize(ctx.actor, 'issueToken');
  const input = parseInput(issueTokenSchema, raw);
  const holder = tokenHolder(actor, input.userName);
  if (input.expiresAt && input.expiresAt <= ctx.now)
    throw badInput('expiresAt must be in the future.', { field: 'expiresAt' });
  return inTransaction(ctx.db, async (tx) => {
    const user = await tx.user.findUnique({ where: { name: holder } });
    if (!user) throw notFound(`No user named ${holder}.`);
    if (!mayAuthenticate(user)) throw badInput(`${user.name} is disabled: enable it first.`, { field: 'userName' });
    const secret = newTokenSecret();
    const apiToken = await tx.apiToken.create({
      data: {
        userId: user.id,
        label: input.label,
        tokenHash: secret.hash,
        prefix: secret.prefix,
        expiresAt: input.expiresAt ?? null,
        readOnly: input.readOnly ?? false,
      },
    });
    await recordAudit(tx, actor, 'issueToken', user.name, null, {
      tokenId: apiToken.id,
      label: apiToken.label,
      prefix: apiToken.prefix,
      expiresAt: apiToken.expiresAt,
      readOnly: apiToken.readOnly,
    });
    return { token: secret.token, apiToken };
  });
}

/** Revokes a token: one's own, or any as an admin. Another's token is NOT_FOUND to others, as if it were none. */
export async function revokeToken(ctx: AppContext, rawId: string) {
  const actor = authorize(ctx.actor, 'revokeToken');
  const id = parseInput(nodeId('ApiToken', 'id'), rawId);
  return inTransaction(ctx.db, async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id }, include: { user: true } });
    if (!token || (actor.role !== 'ADMIN' && token.userId !== actor.userId))
      throw notFound(`No token with id ${rawId}.`);
    if (token.revokedAt) return token;
    const revoked = await tx.apiToken.update({ where: { id }, data: { revokedAt: ctx.now } });
    // Its open subscriptions, on every instance, close once this commits.
    await announceEndedCredential(tx, { tokenId: id });
    await recordAudit(
      tx,
      actor,
      'revokeToken',
      token.user.name,
      { tokenId: id, revokedAt: null },
      { tokenId: id, revokedAt: revoked.revokedAt },
    );
    return revoked;
  });
}

export async function listUsers(ctx: AppContext) {
  authorize(ctx.actor, 'readUsers');
  return ctx.db.user.findMany({ orderBy: { name: 'asc' } });
}

export async function tokensOf(ctx: AppContext, userId: number) {
  return ctx.db.apiToken.findMany({ where: { userId }, orderBy: { id: 'asc' } });
}

/** `me { tokens }`: the caller's own tokens (none for ADMIN_TOKEN, which has no account). */
export async function myTokens(ctx: AppContext) {
  if (!ctx.actor) throw unauthenticated();
  return ctx.actor.userId === null ? [] : tokensOf(ctx, ctx.actor.userId);
}

/**
 * For the `npm run token` CLI: creates the user when missing and issues a token, outside any request. It
 * bypasses authorization because whoever runs it already holds the database credentials. An existing user's
 * role changes only when `changeRole` says so: a typo in --role must not quietly demote or promote anyone.
 */
export async function bootstrapToken(db: Db, request: BootstrapRequest) {
  const { name, role, label = 'cli', expiresAt = null, changeRole = false, actorName = 'cli' } = request;
  return db.$transaction(async (tx) => {
    const existing = await tx.user.findUnique({ where: { name } });
    // Its token would authenticate nobody (auth.ts): say so rather than print a secret that does not work.
    if (existing && !mayAuthenticate(existing))
      throw conflict(`User ${name} is disabled; an admin enables it first (enableUser).`);
    if (existing && existing.role !== role && !changeRole) {
      throw conflict(
        `User ${name} is ${existing.role.toLowerCase()}, not ${role.toLowerCase()}; pass --change-role to change it.`,
      );
    }
    const user = await tx.user.upsert({ where: { name }, create: { name, role }, update: { role } });
    const secret = newTokenSecret();
    const apiToken = await tx.apiToken.create({
      data: { userId: user.id, label, tokenHash: secret.hash, prefix: secret.prefix, expiresAt },
    });
    await recordAudit(
      tx,
      { name: actorName, role: null },
      'issueToken',
      name,
      existing ? { role: existing.role } : undefined,
      {
        tokenId: apiToken.id,
        role,
        label,
        prefix: secret.prefix,
        expiresAt: expiresAt?.toISOString() ?? null,
      },
    );
    return { user, apiToken, token: secret.token, created: !existing, previousRole: existing?.role ?? null };
  });
}

export interface BootstrapRequest {
  name: string;
  role: Role;
  label?: string;
  expiresAt?: Date | null;
  changeRole?: boolean;
  /** Who the audit trail names: the CLI, or the server's first start. */
  actorName?: string;
}
