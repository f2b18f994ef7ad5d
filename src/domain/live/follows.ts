// Watch lists: a signed-in user follows recommendations and themes; `myFeed` (domain/live/changes.ts) is the change
// feed narrowed to them. Rows are keyed by the actor's name, as the audit trail names people, so that the
// bootstrap ADMIN_TOKEN (which has no account row) can follow too. Each follow and unfollow that changes the
// list is audited (target: the user), in its transaction.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Recommendation, Role, Theme } from '../../generated/prisma/client';
import { notFound, unauthenticated } from '../../errors';
import { inTransaction } from '../../db/transaction';
import { recordAudit } from '../audit';
import { authorize } from '../access/auth';
import { nodeId, parseInput } from '../validation';

/** `me`'s parent: the account making the request. */
export interface ViewerRow {
  name: string;
  role: Role;
}

/** Whose watch list (`Following`'s parent). */
export interface FollowingOf {
  userName: string;
}

const followSchema = z
  .object({
    recommendationId: nodeId('Recommendation', 'recommendationId').nullish(),
    recommendationCode: z.string().max(64).nullish(),
    themeCode: z.string().max(64).nullish(),
  })
  .refine((i) => [i.recommendationId, i.recommendationCode, i.themeCode].filter((v) => v != null).length === 1, {
    message: 'give exactly one of recommendationId, recommendationCode and themeCode',
  });

type Target = { recommendation: Recommendation; theme?: never } | { theme: Theme; recommendation?: never };

async function targetOf(ctx: AppContext, raw: unknown): Promise<Target> {
  const input = parseInput(followSchema, raw);
  if (input.themeCode != null) {
    const theme = await ctx.db.theme.findUnique({ where: { code: input.themeCode } });
    if (!theme) throw notFound(`No theme has the code ${input.themeCode}.`);
    return { theme };
  }
  const where = input.recommendationId != null ? { id: input.recommendationId } : { code: input.recommendationCode! };
  const recommendation = await ctx.db.recommendation.findUnique({ where });
  if (!recommendation) throw notFound(`No recommendation has that ${'id' in where ? 'id' : 'code'}.`);
  return { recommendation };
}

const actorOf = (ctx: AppContext, operation: 'follow' | 'unfollow') => {
  if (!ctx.actor) throw unauthenticated('Following needs a token: it is your own watch list.');
  return authorize(ctx.actor, operation);
};

async function change(ctx: AppContext, raw: unknown, follow: boolean): Promise<FollowingOf> {
  const actor = actorOf(ctx, follow ? 'follow' : 'unfollow');
  const target = await targetOf(ctx, raw);
  const key = target.theme ? { themeId: target.theme.id } : { recommendationId: target.recommendation.id };
  const what = target.theme ? { theme: target.theme.code } : { recommendation: target.recommendation.code };
  await inTransaction(ctx.db, async (tx) => {
    const existing = await tx.follow.findFirst({ where: { userName: actor.name, ...key } });
    if (follow === Boolean(existing)) return;
    if (follow) await tx.follow.create({ data: { userName: actor.name, ...key } });
    else await tx.follow.delete({ where: { id: existing!.id } });
    const operation = follow ? 'follow' : 'unfollow';
    await recordAudit(tx, actor, operation, actor.name, follow ? null : what, follow ? what : null);
  });
  return { userName: actor.name };
}

export const follow = (ctx: AppContext, input: unknown) => change(ctx, input, true);
export const unfollow = (ctx: AppContext, input: unknown) => change(ctx, input, false);

const followRows = (ctx: AppContext, userName: string) =>
  ctx.db.follow.findMany({ where: { userName }, orderBy: { id: 'asc' } });

const found = <T>(rows: (T | null | Error)[]): T[] => rows.filter((r): r is T => !!r && !(r instanceof Error));

/** The recommendations a user follows, in the order followed. */
export async function followedRecommendations(ctx: AppContext, userName: string): Promise<Recommendation[]> {
  const ids = (await followRows(ctx, userName)).flatMap((r) => r.recommendationId ?? []);
  return found(await ctx.loaders.recommendation.loadMany(ids));
}

/** The themes a user follows, in the order followed. */
export async function followedThemes(ctx: AppContext, userName: string): Promise<Theme[]> {
  const ids = (await followRows(ctx, userName)).flatMap((r) => r.themeId ?? []);
  return found(await ctx.loaders.theme.loadMany(ids));
}
