// Opaque keyset cursors: the order field's value plus the id. Paging by key, not offset, means rows
// inserted while a client pages can neither shift an item onto two pages nor push one off both. Written
// here twice on purpose, in JS for the resolvers and in SQL for the compiled path, side by side, and held
// to the same bytes by tests/graphql/compiledQuery.test.ts.
import { Prisma } from '../../generated/prisma/client';
import { badInput } from '../../errors';
import { base64urlJson, timestampJson } from './json';
import { KEY_COLUMNS, type CursorKey, type KeyColumn, type Ordering } from './keyset';

export type { CursorKey };

export const encodeCursor = (key: CursorKey) => Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');

export function decodeCursor(cursor: string): CursorKey {
  try {
    if (cursor.length > 512) throw new Error('too long');
    const key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorKey;
    const vOk = key.v === null || typeof key.v === 'string' || typeof key.v === 'number';
    if (!vOk || !Number.isSafeInteger(key.id) || (key.o !== undefined && typeof key.o !== 'string'))
      throw new Error('shape');
    return key;
  } catch {
    throw badInput('Invalid cursor: pass an endCursor or cursor value returned by this API.');
  }
}

/** The name of an order inside its cursors. */
export const orderName = (o: Ordering<KeyColumn>) => `${o.col}:${o.dir}`;

/** A row read in a list: its key columns (searchRank only when the list is ordered by relevance). */
type KeyRow = Record<Exclude<KeyColumn, 'searchRank'>, Date | string | number | null> & {
  id: number;
  searchRank?: number;
};

/** A record's cursor in the order `o`. */
export function cursorOf(row: KeyRow, o: Ordering<KeyColumn>): string {
  const v = row[o.col] ?? null;
  return encodeCursor({ v: v instanceof Date ? v.toISOString() : v, id: row.id, o: orderName(o) });
}

/** cursorOf in SQL, over the row `r`: the same JSON ({"v":…,"id":…,"o":…}), base64url without padding. */
export function cursorSql(o: Ordering<KeyColumn>, r: Prisma.Sql): Prisma.Sql {
  const c = Prisma.sql`${r}.${Prisma.raw(`"${o.col}"`)}`;
  const v = {
    text: Prisma.sql`to_json(${c})::text`,
    int: Prisma.sql`${c}::text`,
    timestamp: Prisma.sql`to_json(${timestampJson(c)})::text`,
    // A date's cursor value is its midnight UTC instant, as Date.toISOString writes it; null when NULL.
    date: Prisma.sql`COALESCE(to_json(to_char(${c}, 'YYYY-MM-DD"T00:00:00.000Z"'))::text, 'null')`,
  }[KEY_COLUMNS[o.col].type];
  return base64urlJson(
    Prisma.sql`'{"v":' || ${v} || ',"id":' || ${r}.id || ${Prisma.raw(`',"o":"${orderName(o)}"}'`)}`,
  );
}
