// The change feed: `changes` and `myFeed` (forward connections over db/changeEvents.ts), its cursors, the
// latest changes of a recommendation or a theme (the Atom feeds), and each change's one-line summary in both
// languages.
import type { AppContext } from '../../context';
import type { ProgressUpdate, Recommendation, Theme } from '../../generated/prisma/client';
import { badInput, notFound, unauthenticated } from '../../errors';
import {
  anyChangeUpTo,
  changesAfter,
  latestChanges,
  type ChangePosition,
  type ChangeRow,
  type ChangeScope,
} from '../../db/changeEvents';
import { pageOfRows, pageRequest, rowsToRead, type PageInfoData } from '../paging/connection';
import { changeLabel } from '../operations';
import { visibleTo } from '../visibility/visibility';

export interface ChangePage {
  edges: { cursor: string; node: ChangeRow }[];
  pageInfo: PageInfoData;
}

/** Opaque to clients: base64url of `txid:id`. */
export const changeCursor = (row: { txid: string; id: number }): string =>
  Buffer.from(`${row.txid}:${row.id}`).toString('base64url');

/** The position a cursor names; BAD_USER_INPUT (on `field`) when it is not one this API issued. */
export function decodeChangeCursor(cursor: string, field = 'after'): ChangePosition {
  const match = /^(\d{1,20}):(\d{1,10})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  if (!match || cursor.length > 64) throw badInput(`${field} is not a change cursor.`, { field });
  return { txid: BigInt(match[1]), id: Number(match[2]) };
}

async function pageOf(ctx: AppContext, args: { after?: string | null; first?: number | null }, scope: ChangeScope) {
  const req = pageRequest(args, (cursor) => decodeChangeCursor(cursor));
  const rows = await changesAfter(ctx.db, req.after, rowsToRead(req), scope);
  return pageOfRows(rows, req, changeCursor, (after) => anyChangeUpTo(ctx.db, after, scope));
}

export function listChanges(ctx: AppContext, args: { after?: string | null; first?: number | null }) {
  return pageOf(ctx, args, {});
}

export function myFeed(ctx: AppContext, args: { after?: string | null; first?: number | null }) {
  if (!ctx.actor) throw unauthenticated('myFeed is the feed of what you follow: send your token.');
  return pageOf(ctx, args, { follower: ctx.actor.name });
}

/** What an Atom feed is about: everything, one theme or one recommendation (by code). */
export type FeedTarget = { kind: 'all' } | { kind: 'theme'; code: string } | { kind: 'recommendation'; code: string };

export interface FeedChange {
  row: ChangeRow;
  recommendation: Recommendation;
  update: ProgressUpdate | null;
  summary: { zh: string; en: string };
}

/** The latest changes of a target, newest first, each with its record; NOT_FOUND for an unknown code. */
export async function latestChangesOf(
  ctx: AppContext,
  target: FeedTarget,
  take = 50,
): Promise<{ theme: Theme | null; recommendation: Recommendation | null; changes: FeedChange[] }> {
  let scope: ChangeScope = {};
  let theme: Theme | null = null;
  let recommendation: Recommendation | null = null;
  if (target.kind === 'theme') {
    theme = await ctx.db.theme.findUnique({ where: { code: target.code } });
    if (!theme) throw notFound(`No theme has the code ${target.code}.`);
    scope = { themeId: theme.id };
  } else if (target.kind === 'recommendation') {
    recommendation = await ctx.db.recommendation.findUnique({ where: { code: target.code } });
    if (!recommendation) throw notFound(`No recommendation has the code ${target.code}.`);
    scope = { recommendationId: recommendation.id };
  }
  const rows = await latestChanges(ctx.db, take, scope);
  const changes = await Promise.all(
    rows.map(async (row) => {
      const entry = row.progressUpdateId ? await ctx.loaders.progressUpdate.load(row.progressUpdateId) : null;
      // As the feed's reader may see it: an anonymous feed shows an internal entry's change without its note.
      const update = entry ? visibleTo(ctx.actor, entry) : null;
      return {
        row,
        recommendation: (await ctx.loaders.recommendation.load(row.recommendationId))!,
        update,
        summary: changeSummary(row.kind, update),
      };
    }),
  );
  return { theme, recommendation, changes };
}

/** One line in each language: what kind of change, and for a log entry the state it set. */
function changeSummary(kind: string, update: ProgressUpdate | null): { zh: string; en: string } {
  const { zh, en } = changeLabel(kind);
  if (!update) return { zh, en };
  const state = `${update.status}, ${update.progress}%`;
  return { zh: `${zh}：${state}`, en: `${en}: ${state}` };
}

export const changeSummaryOf = async (ctx: AppContext, row: ChangeRow) =>
  changeSummary(row.kind, row.progressUpdateId ? await ctx.loaders.progressUpdate.load(row.progressUpdateId) : null);
