// Sending the read model's statements: each returns one JSON document, built by PostgreSQL, as text.
import type { Prisma } from '../../generated/prisma/client';
import type { Db } from '../client';

/** Runs `sql`, prepared under the handle's name for its text when `prepare`, and parses its one `body`. */
export async function queryJson<T>(db: Db, sql: Prisma.Sql, prepare = false): Promise<T> {
  return JSON.parse((await queryJsonText(db, sql, prepare)).body) as T;
}

/** queryJson without the parse: the statement's text and the JSON text of its `body`. */
export async function queryJsonText(db: Db, sql: Prisma.Sql, prepare = false): Promise<{ text: string; body: string }> {
  // Prisma.Sql computes `text` on every read, by joining its parts.
  const text = sql.text;
  const name = prepare ? db.preparedStatements.nameOf(text) : undefined;
  const [{ body }] = await db.raw.query<{ body: string }>(text, sql.values, name);
  return { text, body };
}
