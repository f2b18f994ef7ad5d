// Keyset paging, in one place for every connection and both directions: which rows lie beyond a cursor in a
// list's order is decided once, here, as a predicate (`seek`), and only rendered for Prisma (the audit
// trail) and for SQL (the recommendation lists, compiled or not). A page that ends at a cursor (`last`)
// reads the order reversed from it and turns the rows round (domain/paging/connection.ts).
import { Prisma } from '../../generated/prisma/client';

/** A position in a list: the order column's value and the id (what a cursor encodes, cursor.ts). */
export interface CursorKey {
  v: string | number | null;
  id: number;
  /** The order the cursor was issued for, so that it is not reused under another one. */
  o?: string;
}

/**
 * The columns a list may be ordered by, and their types: a cursor carries a value of that type (dates as ISO
 * instants), and the value is compared with the column as it (timestamps are stored as UTC wall time).
 * NULLs (only in a nullable column) sort last in both directions.
 */
export const KEY_COLUMNS = {
  code: { type: 'text', nullable: false },
  updatedAt: { type: 'timestamp', nullable: false },
  progress: { type: 'int', nullable: false },
  targetDate: { type: 'date', nullable: true },
  /** Not a column: the search's rank (search/sql.ts), which a list ordered by relevance reads as one (page.ts). */
  searchRank: { type: 'int', nullable: false },
} as const;
export type KeyColumn = keyof typeof KEY_COLUMNS;
type KeyType = (typeof KEY_COLUMNS)[KeyColumn]['type'] | 'id';
const typeOf = (col: KeyColumn | 'id'): KeyType => (col === 'id' ? 'id' : KEY_COLUMNS[col].type);

/** Whether `v`, from a cursor, is a value of the column `col`. */
export function isKeyValue(col: KeyColumn, v: CursorKey['v']): boolean {
  if (v === null) return KEY_COLUMNS[col].nullable;
  const type = typeOf(col);
  if (type === 'text') return typeof v === 'string';
  if (type === 'int') return Number.isInteger(v);
  return typeof v === 'string' && !Number.isNaN(Date.parse(v));
}

/** A list's order: by a column, ties broken by id in the same direction; or by id alone (`col` null). */
export interface Ordering<C extends KeyColumn | null = KeyColumn | null> {
  col: C;
  dir: 'asc' | 'desc';
}

type Compare = '>' | '<' | '>=' | '<=' | '=';
type Atom =
  | { col: KeyColumn | 'id'; op: Compare; v: string | number }
  | { col: KeyColumn; op: 'null' }
  | { col: KeyColumn; op: 'notNull' };
/** Rows matching any of the alternatives, each a conjunction. */
export type Seek = Atom[][];

/**
 * Rows beyond `key` on `side` of it in the order (`after`: later, `before`: earlier), and with `inclusive`
 * the key's own position too. Positions compare as (value IS NULL, value, id), each part in the order's
 * direction except NULLs, which come last either way.
 */
export function beyond(o: Ordering, key: CursorKey, side: 'after' | 'before', inclusive = false): Seek {
  const later = (o.dir === 'asc') === (side === 'after');
  const op = later ? '>' : '<';
  const byId: Atom = { col: 'id', op: inclusive ? `${op}=` : op, v: key.id };
  const col = o.col;
  if (!col) return [[byId]];
  if (key.v === null) {
    // Among the trailing NULLs: after it only NULLs; before it every value, and the NULLs ahead of it.
    return side === 'after' ? [[{ col, op: 'null' }, byId]] : [[{ col, op: 'notNull' }], [{ col, op: 'null' }, byId]];
  }
  // A comparison with a value is never true of NULL, in SQL as in Prisma: the NULLs are added after, not before.
  const seek: Seek = [[{ col, op, v: key.v }], [{ col, op: '=', v: key.v }, byId]];
  if (KEY_COLUMNS[col].nullable && side === 'after') seek.push([{ col, op: 'null' }]);
  return seek;
}

/** The order rows are read in: the list's own, or its exact reverse (NULLs first) when reading backwards. */
function scan(o: Ordering, backward: boolean) {
  const dir = (o.dir === 'asc') !== backward ? 'asc' : 'desc';
  const nulls = o.col && KEY_COLUMNS[o.col].nullable ? (backward ? 'first' : 'last') : null;
  return { col: o.col, dir, nulls } as const;
}

// Prisma

/** A cursor value as Prisma takes it: the dates travel as ISO instants. */
const prismaValue = (col: KeyColumn | 'id', v: string | number) =>
  typeOf(col) === 'timestamp' || typeOf(col) === 'date' ? new Date(String(v)) : v;
const PRISMA_OP = { '>': 'gt', '<': 'lt', '>=': 'gte', '<=': 'lte' } as const;

function prismaAtom(a: Atom): Record<string, unknown> {
  if (a.op === 'null') return { [a.col]: null };
  if (a.op === 'notNull') return { [a.col]: { not: null } };
  const v = prismaValue(a.col, a.v);
  return { [a.col]: a.op === '=' ? v : { [PRISMA_OP[a.op]]: v } };
}

/** The seek as a Prisma `where` (its columns exist on every model it is used with: the caller casts). */
export const seekWhere = (seek: Seek): Record<string, unknown> => ({
  OR: seek.map((all) => ({ AND: all.map(prismaAtom) })),
});

/** Prisma's `orderBy` for reading in the order (or backwards). */
export function orderByPrisma(o: Ordering, backward: boolean): Record<string, unknown>[] {
  const s = scan(o, backward);
  const first = s.col ? [{ [s.col]: s.nulls ? { sort: s.dir, nulls: s.nulls } : s.dir }] : [];
  return [...first, { id: s.dir }];
}

// SQL

/** The cursor's value as the column's type: dates travel as ISO instants, stored as UTC wall time. */
function sqlValue(col: KeyColumn | 'id', v: string | number): Prisma.Sql {
  const type = typeOf(col);
  if (type === 'timestamp') return Prisma.sql`(${String(v)}::timestamptz AT TIME ZONE 'UTC')`;
  if (type === 'date') return Prisma.sql`(${String(v)}::timestamptz AT TIME ZONE 'UTC')::date`;
  return type === 'int' || type === 'id' ? Prisma.sql`${Number(v)}::int` : Prisma.sql`${String(v)}::text`;
}

const columnOf = (col: string, r: Prisma.Sql) =>
  col === 'id' ? Prisma.sql`${r}.id` : Prisma.sql`${r}.${Prisma.raw(`"${col}"`)}`;

function sqlAtom(a: Atom, r: Prisma.Sql): Prisma.Sql {
  const c = columnOf(a.col, r);
  if (a.op === 'null') return Prisma.sql`${c} IS NULL`;
  if (a.op === 'notNull') return Prisma.sql`${c} IS NOT NULL`;
  return Prisma.sql`${c} ${Prisma.raw(a.op)} ${sqlValue(a.col, a.v)}`;
}

/** The seek as a SQL condition on the row `r`. */
export const seekSql = (seek: Seek, r: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`(${Prisma.join(
    seek.map((all) =>
      Prisma.join(
        all.map((a) => sqlAtom(a, r)),
        ' AND ',
      ),
    ),
    ' OR ',
  )})`;

/** The ORDER BY list for reading in the order (or backwards), on the row `r`. */
export function orderSql(o: Ordering, backward: boolean, r: Prisma.Sql): Prisma.Sql {
  const s = scan(o, backward);
  const dir = Prisma.raw(s.dir.toUpperCase());
  const nulls = Prisma.raw(s.nulls ? ` NULLS ${s.nulls.toUpperCase()}` : '');
  return s.col ? Prisma.sql`${columnOf(s.col, r)} ${dir}${nulls}, ${r}.id ${dir}` : Prisma.sql`${r}.id ${dir}`;
}
