// Reading recommendations: one page by keyset cursor, or one by code, optionally as of a past date.
import type { Prisma, Recommendation } from '../generated/prisma/client';
import type { AppContext } from '../context';
import { authorizeRead } from '../auth';
import { badInput } from '../errors';
import { decodeCursor, encodeCursor, type CursorKey } from './cursor';
import { plainFilter, type RecommendationFilterInput } from './recommendationFilter';
import { readPlainPage, type PageIncludes } from './plainPage';
import { recommendationWhereAsOf } from './asOf';

export const MAX_PAGE = 200;

export type OrderField = 'CODE' | 'UPDATED_AT' | 'PROGRESS' | 'TARGET_DATE';
export type Direction = 'ASC' | 'DESC';

/** A recommendation row, with the date its status and progress were reconstructed for, if any. */
export type RecommendationRow = Recommendation & { asOf?: Date | null };

export interface ListArgs {
  filter?: RecommendationFilterInput;
  first?: number | null;
  after?: string | null;
  orderBy?: { field: OrderField; direction?: Direction | null } | null;
  asOf?: Date | null;
}

const COLUMN = { CODE: 'code', UPDATED_AT: 'updatedAt', PROGRESS: 'progress', TARGET_DATE: 'targetDate' } as const;
type Column = (typeof COLUMN)[OrderField];

const keyValue = (r: Recommendation, col: Column): CursorKey['v'] => {
  const v = r[col];
  return v instanceof Date ? v.toISOString() : v;
};

/** Decodes `after`, refusing a cursor issued for another order: its key would compare against the wrong column. */
function cursorFor(after: string, col: Column, order: string): CursorKey {
  const key = decodeCursor(after);
  const isDate = typeof key.v === 'string' && !Number.isNaN(Date.parse(key.v));
  const vOk = col === 'code' ? typeof key.v === 'string'
    : col === 'progress' ? Number.isInteger(key.v)
      : col === 'targetDate' ? key.v === null || isDate : isDate;
  if (key.o !== order || !vOk) throw badInput('This cursor was issued for another orderBy: page again from the start.');
  return key;
}

/** Rows strictly after the cursor in (column, id) order; NULL target dates sort last either way. */
function afterCursor(col: Column, dir: 'asc' | 'desc', key: CursorKey): Prisma.RecommendationWhereInput {
  const op = dir === 'asc' ? 'gt' : 'lt';
  if (key.v === null) return { [col]: null, id: { [op]: key.id } };
  const v = col === 'updatedAt' || col === 'targetDate' ? new Date(String(key.v)) : key.v;
  const past: Prisma.RecommendationWhereInput[] = [{ [col]: { [op]: v } }, { [col]: v, id: { [op]: key.id } }];
  if (col === 'targetDate') past.push({ targetDate: null });
  return { OR: past };
}

/** A page of the list; `where` stays with it so that totalCount can count the same matches on demand. */
export interface RecommendationPage {
  where: Prisma.RecommendationWhereInput;
  edges: { cursor: string; node: RecommendationRow }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/** The most log entries `updates(first)` lists per record, and how many when `first` is not given. */
export const MAX_UPDATES = 200;
const DEFAULT_UPDATES = 20;

/** `updates(first)`'s limit, or null when out of range (the resolver refuses it; look-aheads leave it to it). */
export function updatesLimit(first: number | null | undefined): number | null {
  const limit = first ?? DEFAULT_UPDATES;
  return Number.isInteger(limit) && limit >= 0 && limit <= MAX_UPDATES ? limit : null;
}

/** A page request's checked size, order and position; BAD_USER_INPUT for a size out of range or a foreign cursor. */
export function pageBounds(args: ListArgs): { first: number; col: Column; dir: 'asc' | 'desc'; order: string; key: CursorKey | null } {
  const first = args.first ?? 50;
  if (!Number.isInteger(first) || first < 0 || first > MAX_PAGE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE}.`);
  }
  const col = COLUMN[args.orderBy?.field ?? 'CODE'];
  const dir = (args.orderBy?.direction ?? 'ASC') === 'ASC' ? 'asc' : 'desc';
  const order = `${col}:${dir}`;
  return { first, col, dir, order, key: args.after ? cursorFor(args.after, col, order) : null };
}

/** `includes`, when the caller knows them, lets an unfiltered page read its records' relations in the same statement. */
export async function listRecommendations(ctx: AppContext, args: ListArgs, includes?: PageIncludes): Promise<RecommendationPage> {
  authorizeRead(ctx.actor, ctx.config);
  const { first, col, dir, order, key } = pageBounds(args);
  const where = await recommendationWhereAsOf(ctx, args.filter, args.asOf);
  const plain = plainFilter(args.filter);
  const rows = plain
    ? await readPlainPage(ctx, { col, dir, key, take: first + 1, includeArchived: plain.includeArchived, asOf: args.asOf ?? null }, includes)
    : await ctx.db.recommendation.findMany({
      where: key ? { AND: [where, afterCursor(col, dir, key)] } : where,
      orderBy: [col === 'targetDate' ? { targetDate: { sort: dir, nulls: 'last' } } : { [col]: dir }, { id: dir }],
      take: first + 1,
    });
  const page = rows.slice(0, first);
  const asOf = args.asOf ?? null;
  const edges = page.map((node: RecommendationRow) => {
    // The rows are this request's own: marking them in place spares a copy of each.
    node.asOf = asOf;
    return { cursor: encodeCursor({ v: keyValue(node, col), id: node.id, o: order }), node };
  });
  return {
    where,
    edges,
    pageInfo: { hasNextPage: rows.length > first, endCursor: edges.at(-1)?.cursor ?? null },
  };
}

/** A page's totalCount, counted only when a query asks for it: it scans every match, not one page. */
export async function countRecommendations(ctx: AppContext, where: Prisma.RecommendationWhereInput): Promise<number> {
  return ctx.db.recommendation.count({ where });
}

export async function getRecommendation(ctx: AppContext, code: string, asOf?: Date | null): Promise<RecommendationRow | null> {
  authorizeRead(ctx.actor, ctx.config);
  if (code.length > 64) return null;
  const row = await ctx.db.recommendation.findUnique({ where: { code } });
  return row ? { ...row, asOf: asOf ?? null } : null;
}
