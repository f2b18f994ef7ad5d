// The Cursor Connections conventions every connection shares: `first`/`after` and `last`/`before`, their
// bounds, the page's edges and its PageInfo. Which rows lie beyond a cursor is keyset.ts's.
import { badInput } from '../../errors';
import type { CursorKey } from '../../db/readModel/cursor';
import { beyond, type Ordering, type Seek } from '../../db/readModel/keyset';
import { LIMITS } from '../validation';

/** A page's size when neither `first` nor `last` is given; the most either may ask for is LIMITS.page. */
export const DEFAULT_PAGE = 50;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/**
 * A checked page request: `backward` pages end at `before` (or the list's end) and hold the last `size` rows.
 * The keys are the list's cursors decoded: a keyset's (the default), or the change feed's positions.
 */
export interface PageRequest<K = CursorKey> {
  size: number;
  backward: boolean;
  after: K | null;
  before: K | null;
}

/** BAD_USER_INPUT for `first` with `last`, a size out of range, or a cursor `decode` refuses. */
export function pageRequest<K = CursorKey>(args: ConnectionArgs, decode: (cursor: string) => K): PageRequest<K> {
  if (args.first != null && args.last != null) throw badInput('Pass first or last, not both.');
  const backward = args.last != null;
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE;
  const field = backward ? 'last' : 'first';
  if (!Number.isInteger(size) || size < 0 || size > LIMITS.page)
    throw badInput(`${field} must be between 0 and ${LIMITS.page}.`, { field });
  return {
    size,
    backward,
    after: args.after ? decode(args.after) : null,
    before: args.before ? decode(args.before) : null,
  };
}

/** The conditions the page's rows meet: past `after` and short of `before`. */
export const pageSeeks = (o: Ordering, req: PageRequest): Seek[] => [
  ...(req.after ? [beyond(o, req.after, 'after')] : []),
  ...(req.before ? [beyond(o, req.before, 'before')] : []),
];

/**
 * The rows on the side of the page it was not read towards, or null when that side is the list's own end:
 * before a first/after page lie the rows at or before `after` (the cursor's own row is before the first
 * edge), after a last/before page the rows at or after `before`.
 */
export function outsideSeek(o: Ordering, req: PageRequest): Seek | null {
  const cursor = req.backward ? req.before : req.after;
  return cursor ? beyond(o, cursor, req.backward ? 'after' : 'before', true) : null;
}

/**
 * PageInfo. The side a page was read towards is known from the read (one row more than the page); the other
 * side is one more statement, sent only when a query selects it, and at most once.
 */
export interface PageInfoData {
  hasNextPage: () => boolean | Promise<boolean>;
  hasPreviousPage: () => boolean | Promise<boolean>;
  startCursor: string | null;
  endCursor: string | null;
}

/**
 * How many rows a page reads, from its cursor outwards: one more than it shows, so that the read itself tells
 * whether the list goes on that way.
 */
export const rowsToRead = (req: PageRequest<unknown>): number => req.size + 1;

/**
 * What PageInfo is made of, in whatever form a path computes it (values in JS, expressions in SQL): whether the
 * read returned more than `size` rows, whether any row lies beyond the cursor on the other side (`null` when no
 * cursor was given there: that side is the list's own end), and the cursors of the nearest and farthest rows
 * of the page as read.
 */
export interface PageParts<Flag, Cursor> {
  readMore: Flag;
  beyondCursor: Flag | null;
  nearest: Cursor;
  farthest: Cursor;
}

/**
 * The one derivation of PageInfo, as PostGraphile's pgPageInfo derives it from the page plan: a page read
 * forwards (first/after) has a next page when the read found more and a previous one when a row lies at or
 * before `after`; a page read backwards (last/before) the other way round, and its edges run from the farthest
 * row read to the nearest. The resolvers' path (connectionOf) and the compiled SQL (graphql/compiledQuery/
 * pageSql.ts) both answer through it.
 */
export function derivePageInfo<Flag, Cursor>(req: PageRequest<unknown>, parts: PageParts<Flag, Cursor>, none: Flag) {
  const other = parts.beyondCursor ?? none;
  return {
    hasNextPage: req.backward ? other : parts.readMore,
    hasPreviousPage: req.backward ? parts.readMore : other,
    startCursor: req.backward ? parts.farthest : parts.nearest,
    endCursor: req.backward ? parts.nearest : parts.farthest,
  };
}

const once = <T>(f: () => Promise<T>) => {
  let result: Promise<T> | undefined;
  return () => (result ??= f());
};

/**
 * A connection from rows read from the cursor outwards, `rowsToRead(req)` at most. `beyondCursor` answers
 * whether a row lies beyond the cursor on the side not read towards; it is asked only when selected, at most
 * once, and never when no cursor was given there.
 */
export function pageOfRows<T, K>(
  rows: T[],
  req: PageRequest<K>,
  cursorOf: (row: T) => string,
  beyondCursor: (cursor: K) => Promise<boolean>,
) {
  const read = rows.slice(0, req.size).map((node) => ({ cursor: cursorOf(node), node }));
  const edges = req.backward ? [...read].reverse() : read;
  const cursor = req.backward ? req.before : req.after;
  const pageInfo: PageInfoData = derivePageInfo<PageInfoData['hasNextPage'], string | null>(
    req,
    {
      readMore: () => rows.length > req.size,
      beyondCursor: cursor === null ? null : once(() => beyondCursor(cursor)),
      nearest: read[0]?.cursor ?? null,
      farthest: read.at(-1)?.cursor ?? null,
    },
    () => false,
  );
  return { edges, pageInfo };
}

/**
 * A keyset connection from rows read by `pageSeeks` in `orderBy…(o, req.backward)` order. `exists` answers
 * whether any matching row meets a seek: it is asked about `outsideSeek`, when selected.
 */
export function connectionOf<T>(
  rows: T[],
  req: PageRequest,
  o: Ordering,
  cursorOf: (row: T) => string,
  exists: (seek: Seek) => Promise<boolean>,
) {
  return pageOfRows(rows, req, cursorOf, () => exists(outsideSeek(o, req)!));
}
