// Opaque keyset cursors: the order field's value plus the id. Paging by key, not offset, means rows
// inserted while a client pages can neither shift an item onto two pages nor push one off both. Written
// here twice on purpose, in JS for the resolvers and in SQL for the compiled path, side by side, and held
// to the same bytes by tests/graphql/compiledQuery.test.ts.
import { Prisma } from '../../generated/prisma/client';
import { badInput } from '../../errors';
import { base64urlJson, timestampJson } from './json';
import type { KeyColumn, Ordering } from './keyset';

export interface CursorKey {
  v: string | number | null;
  id: number;
  /** The order the cursor was issued for, so that it is not reused under another one. */
  o?: string;
}

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

type KeyRow = Record<KeyColumn, Date | string | number | null> & { id: number };

/** A record's cursor in the order `o`. */
export function cursorOf(row: KeyRow, o: Ordering<KeyColumn>): string {
  const v = row[o.col];
  return encodeCursor({ v: v instanceof Date ? v.toISOString() : v, id: row.id, o: orderName(o) });
}

/** cursorOf in SQL, over the row `r`: the same JSON ({"v":…,"id":…,"o":…}), base64url without padding. */
export function cursorSql(o: Ordering<KeyColumn>, r: Prisma.Sql): Prisma.Sql {
  const v = {
    code: Prisma.sql`to_json(${r}.code)::text`,
    progress: Prisma.sql`${r}.progress::text`,
    updatedAt: Prisma.sql`to_json(${timestampJson(Prisma.sql`${r}."updatedAt"`)})::text`,
    targetDate: Prisma.sql`COALESCE(to_json(to_char(${r}."targetDate", 'YYYY-MM-DD"T00:00:00.000Z"'))::text, 'null')`,
  }[o.col];
  return base64urlJson(
    Prisma.sql`'{"v":' || ${v} || ',"id":' || ${r}.id || ${Prisma.raw(`',"o":"${orderName(o)}"}'`)}`,
  );
}
