// Reading recommendations: one page by keyset cursor (either way), or one by code, optionally as of a past date.
import type { Recommendation } from '../../generated/prisma/client';
import type { AppContext } from '../../context';
import { badInput } from '../../errors';
import { cursorOf, decodeCursor, orderName, type CursorKey } from '../../db/readModel/cursor';
import {
  connectionOf,
  pageRequest,
  pageSeeks,
  rowsToRead,
  type ConnectionArgs,
  type PageInfoData,
  type PageRequest,
} from '../paging/connection';
import { isKeyValue, type KeyColumn, type Ordering } from '../../db/readModel/keyset';
import { anyMatch, countMatches, readPage, type ListQuery, type PageIncludes } from '../../db/readModel/page';
import { listQuery, type RecommendationFilterInput } from './recommendationFilter';
import type { SearchMatch } from '../../db/readModel/search/matches';

type OrderField = 'CODE' | 'UPDATED_AT' | 'PROGRESS' | 'TARGET_DATE' | 'RELEVANCE';
type Direction = 'ASC' | 'DESC';

/**
 * A recommendation row, with the date its status and progress were reconstructed for, if any, and the
 * search of the list it was read in (what searchMatches explains).
 */
export type RecommendationRow = Recommendation & { asOf?: Date | null; search?: string | null };

export interface ListArgs extends ConnectionArgs {
  filter?: RecommendationFilterInput;
  orderBy?: { field: OrderField; direction?: Direction | null } | null;
  asOf?: Date | null;
}

const COLUMN = {
  CODE: 'code',
  UPDATED_AT: 'updatedAt',
  PROGRESS: 'progress',
  TARGET_DATE: 'targetDate',
  RELEVANCE: 'searchRank',
} as const satisfies Record<OrderField, KeyColumn>;
type Column = (typeof COLUMN)[OrderField];

/** Decodes a cursor, refusing one issued for another order: its key would compare against the wrong column. */
function cursorFor(cursor: string, col: Column, order: string): CursorKey {
  const key = decodeCursor(cursor);
  if (key.o !== order || !isKeyValue(col, key.v))
    throw badInput('This cursor was issued for another orderBy: page again from the start.');
  return key;
}

/** A page of the list; its query stays with it so that totalCount can count the same matches on demand. */
export interface RecommendationPage {
  query: ListQuery;
  edges: { cursor: string; node: RecommendationRow }[];
  pageInfo: PageInfoData;
}

/** The most log entries `updates(first)` lists per record, and how many when `first` is not given. */
export const MAX_UPDATES = 200;
const DEFAULT_UPDATES = 20;

/** `updates(first)`'s limit, or null when out of range (the resolver refuses it; look-aheads leave it to it). */
export function updatesLimit(first: number | null | undefined): number | null {
  const limit = first ?? DEFAULT_UPDATES;
  return Number.isInteger(limit) && limit >= 0 && limit <= MAX_UPDATES ? limit : null;
}

/** A page request's checked size, order and cursors; BAD_USER_INPUT for a size out of range or a foreign cursor. */
export function pageBounds(args: ListArgs): { req: PageRequest; ordering: Ordering<Column>; order: string } {
  const col = COLUMN[args.orderBy?.field ?? 'CODE'];
  const dir = (args.orderBy?.direction ?? 'ASC') === 'ASC' ? 'asc' : 'desc';
  const order = orderName({ col, dir });
  return { req: pageRequest(args, (cursor) => cursorFor(cursor, col, order)), ordering: { col, dir }, order };
}

/** `includes`, when the caller knows them, lets an unfiltered page read its records' relations in the same statement. */
export async function listRecommendations(
  ctx: AppContext,
  args: ListArgs,
  includes?: PageIncludes,
): Promise<RecommendationPage> {
  const { req, ordering } = pageBounds(args);
  const query = listQuery(ctx, args.filter, args.asOf);
  const page = { ...query, ordering, backward: req.backward, seeks: pageSeeks(ordering, req), take: rowsToRead(req) };
  const rows: RecommendationRow[] = await readPage(ctx.db, ctx.loaders, page, includes);
  const asOf = args.asOf ?? null;
  const search = query.filter.search ?? null;
  const { edges, pageInfo } = connectionOf(
    rows,
    req,
    ordering,
    (node) => {
      // The rows are this request's own: marking them in place spares a copy of each.
      node.asOf = asOf;
      node.search = search;
      return cursorOf(node, ordering);
    },
    (seek) => anyMatch(ctx.db, query, seek),
  );
  return { query, edges, pageInfo };
}

/** A page's totalCount, counted only when a query asks for it: it scans every match, not one page. */
export const countRecommendations = (ctx: AppContext, query: ListQuery): Promise<number> => countMatches(ctx.db, query);

export async function getRecommendation(
  ctx: AppContext,
  code: string,
  asOf?: Date | null,
): Promise<RecommendationRow | null> {
  if (code.length > 64) return null;
  const row = await ctx.db.recommendation.findUnique({ where: { code } });
  return row ? { ...row, asOf: asOf ?? null } : null;
}

/** Where the list's search matched a record (Recommendation.searchMatches): none outside a searched list. */
export const searchMatchesOf = (ctx: AppContext, row: RecommendationRow): Promise<SearchMatch[]> | SearchMatch[] =>
  row.search ? ctx.loaders.searchMatches(row.search).load(row.id) : [];
