// The Cursor Connections conventions every connection shares: `first`/`after` and `last`/`before`, their
// bounds, the page's edges and its PageInfo. Which rows lie beyond a cursor is keyset.ts's.
import { badInput } from '../../errors';
import type { CursorKey } from '../../db/readModel/cursor';
import { beyond, type Ordering, type Seek } from '../../db/readModel/keyset';

/** A page's size when neither `first` nor `last` is given, and the most either may ask for. */
export const DEFAULT_PAGE = 50;
const MAX_PAGE = 200;

export interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** A checked page request: `backward` pages end at `before` (or the list's end) and hold the last `size` rows. */
export interface PageRequest {
  size: number;
  backward: boolean;
  after: CursorKey | null;
  before: CursorKey | null;
}

/** BAD_USER_INPUT for `first` with `last`, a size out of range, or a cursor `decode` refuses. */
export function pageRequest(args: ConnectionArgs, decode: (cursor: string) => CursorKey): PageRequest {
  if (args.first != null && args.last != null) throw badInput('Pass first or last, not both.');
  const backward = args.last != null;
  const size = (backward ? args.last : args.first) ?? DEFAULT_PAGE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE)
    throw badInput(`${backward ? 'last' : 'first'} must be between 0 and ${MAX_PAGE}.`);
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

const once = <T>(f: () => Promise<T>) => {
  let result: Promise<T> | undefined;
  return () => (result ??= f());
};

/**
 * A connection from rows read by `pageSeeks` in `orderBy…(o, req.backward)` order, `req.size + 1` at most.
 * `exists` answers whether any matching row meets a seek: it is asked about `outsideSeek`, when selected.
 */
export function connectionOf<T>(
  rows: T[],
  req: PageRequest,
  o: Ordering,
  cursorOf: (row: T) => string,
  exists: (seek: Seek) => Promise<boolean>,
) {
  const page = rows.slice(0, req.size);
  if (req.backward) page.reverse();
  const edges = page.map((node) => ({ cursor: cursorOf(node), node }));
  const more = rows.length > req.size;
  const outside = outsideSeek(o, req);
  const other = outside ? once(() => exists(outside)) : () => false;
  const pageInfo: PageInfoData = {
    hasNextPage: req.backward ? other : () => more,
    hasPreviousPage: req.backward ? () => more : other,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  return { edges, pageInfo };
}
