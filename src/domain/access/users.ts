// Accounts and API tokens (admins). A token's secret is returned once; only its SHA-256 is stored.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import { Role } from '../../generated/prisma/enums';
import { authorize, newTokenSecret } from './auth';
import { badInput, conflict, notFound, unauthenticated } from '../../errors';
import { recordAudit } from '../audit';
import { inTransaction } from '../../db/transaction';
import { announceEndedCredential } from '../../db/credentialEvents';
import { LIMITS, nodeId, parseInput, trimmedText } from '../validation';

export const userName = z
  .string()
  .regex(/^[\p{L}\p{N}._@-]{1,64}$/u, 'names are 1-64 letters, digits, dots, dashes, underscores or @');

const createUserSchema = z.object({ name: userName, role: z.enum(Role) });
const issueTokenSchema = z.object({ userName, label: trimmedText(LIMITS.name), expiresAt: z.date().nullish() });

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

export async function issueToken(ctx: AppContext, raw: z.input<typeof issueTokenSchema>) {
  const actor = authorize(ctx.actor, 'issueToken');
  const input = parseInput(issueTokenSchema, raw);
  if (input.expiresAt && input.expiresAt <= ctx.now)
    throw badInput('expiresAt must be in the future.', { field: 'expiresAt' });
  return inTransaction(ctx.db, async (tx) => {
    const user = await tx.user.findUnique({ where: { name: input.userName } });
    if (!user) throw notFound(`No user named ${input.userName}.`);
    const secret = newTokenSecret();
    const apiToken = await tx.apiToken.create({
      data: {
        userId: user.id,
        label: input.label,
        tokenHash: secret.hash,
        prefix: secret.prefix,
        expiresAt: input.expiresAt ?? null,
      },
    });
    await recordAudit(tx, actor, 'issueToken', user.name, null, {
      tokenId: apiToken.id,
      label: apiToken.label,
      prefix: apiToken.prefix,
      expiresAt: apiToken.expiresAt,
    });
    return { token: secret.token, apiToken };
  });
}

export async function revokeToken(ctx: AppContext, rawId: string) {
  const actor = authorize(ctx.actor, 'revokeToken');
  const id = parseInput(nodeId('ApiToken', 'id'), rawId);
  return inTransaction(ctx.db, async (tx) => {
    const token = await tx.apiToken.findUnique({ where: { id }, include: { user: true } });
    if (!token) throw notFound(`No token with id ${rawId}.`);
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

const FIRST_ADMIN = 'admin';

/**
 * A development server's first start on the embedded default, with no admin and no ADMIN_TOKEN, creates one
 * so that a newcomer can write at once. Returns its token (to show once) or null when an admin exists.
 */
export async function createFirstAdmin(db: Db): Promise<string | null> {
  if (await db.user.count({ where: { role: 'ADMIN' } })) return null;
  const taken = await db.user.findUnique({ where: { name: FIRST_ADMIN } });
  const name = taken ? `${FIRST_ADMIN}-${Date.now().toString(36)}` : FIRST_ADMIN;
  const issued = await bootstrapToken(db, { name, role: 'ADMIN', label: 'first start', actorName: 'first start' });
  return issued.token;
}
