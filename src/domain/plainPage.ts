// The unfiltered list page in one statement: the page's rows, and, when the query will ask for them, the
// records' themes and latest log entries, all built as one JSON document by PostgreSQL and sent on the raw
// pool (db.ts). The related rows prime the request's loaders, so the resolvers find them there and send
// nothing more. This replaced three statements through Prisma, whose per-call cost was most of the page's
// CPU (docs/performance.md). A filtered list keeps Prisma's `where`, which this file does not reproduce.
import type { ProgressUpdate, Recommendation, Theme } from '../generated/prisma/client';
import type { AppContext } from '../context';
import { rawSql } from '../db/client';
import { orderSql, seekSql, type KeyColumn, type Ordering, type Seek } from './keyset';
import {
  columnList,
  recommendationColumns,
  RECOMMENDATION_DATES,
  RECOMMENDATION_TIMESTAMPS,
  updateColumns,
  UPDATE_DATES,
  UPDATE_TIMESTAMPS,
} from '../db/columns';

export interface PlainPageArgs {
  ordering: Ordering<KeyColumn>;
  /** Read the order reversed (a `last` page), from `before` or the end. */
  backward: boolean;
  /** The cursors' conditions (connection.ts's pageSeeks). */
  seeks: Seek[];
  take: number;
  includeArchived: boolean;
  /** Limits the log entries read ahead to those that had happened by then. */
  asOf: Date | null;
}

/** What the query will read of each record (resolvers/pageLookahead.ts). */
export interface PageIncludes {
  /** The Recommendation fields asked for: the page reads only the columns they need. */
  fields: ReadonlySet<string>;
  theme: boolean;
  /** One read per distinct `updates(first)` limit and field set. */
  updates: { limit: number; fields: ReadonlySet<string> }[];
}

/** Without look-ahead (a caller outside GraphQL): every column (an unknown field asks for all), no related rows. */
const EVERYTHING: PageIncludes = { fields: new Set(['*']), theme: false, updates: [] };

type Json = Record<string, unknown>;

/** Builds positional parameters as the statement is written. */
function parameters() {
  const values: unknown[] = [];
  return { values, p: (v: unknown) => (values.push(v), `$${values.length}`) };
}

/** Timestamps arrive as UTC wall time without a zone ("2026-11-28T10:00:00.123"), dates as "2026-11-28". */
function revive(row: Json, timestamps: readonly string[], dates: readonly string[]): void {
  for (const c of timestamps) if (typeof row[c] === 'string') row[c] = new Date(`${row[c] as string}Z`);
  for (const c of dates) if (typeof row[c] === 'string') row[c] = new Date(row[c] as string);
}

function statement(a: PlainPageArgs, inc: PageIncludes) {
  const { values, p } = parameters();
  const conditions = [
    ...(a.includeArchived ? [] : ['r."archivedAt" IS NULL']),
    ...a.seeks.map((seek) => seekSql(seek, 'r', p)),
  ];
  const cols = recommendationColumns(inc.fields);
  // The rows come back in the order they were read (reversed for a `last` page; connection.ts turns them round).
  const parts = [
    `'rows', (SELECT COALESCE(json_agg(p ORDER BY ${orderSql(a.ordering, a.backward, 'p')}), '[]'::json) FROM page p)`,
  ];
  if (inc.theme)
    parts.push(
      `'themes', (SELECT COALESCE(json_agg(t), '[]'::json) FROM "Theme" t WHERE t.id IN (SELECT "themeId" FROM page))`,
    );
  inc.updates.forEach((u, i) => {
    const asOf = a.asOf ? ` AND pu."occurredOn" <= ${p(a.asOf.toISOString().slice(0, 10))}::date` : '';
    // A LATERAL LIMIT per record walks the (recommendationId, occurredOn, id) index backwards and reads only
    // the entries it returns. occurredOn is always read: the aggregate is ordered by it.
    const ucols = updateColumns(u.fields);
    const list = columnList(ucols[0] === '*' ? ucols : [...new Set([...ucols, 'occurredOn'])], 'pu');
    parts.push(`'u${i}', (SELECT COALESCE(json_agg(u ORDER BY u."recommendationId", u."occurredOn" DESC, u.id DESC), '[]'::json)
      FROM page r CROSS JOIN LATERAL (SELECT ${list} FROM "ProgressUpdate" pu WHERE pu."recommendationId" = r.id${asOf}
        ORDER BY pu."occurredOn" DESC, pu.id DESC LIMIT ${p(u.limit)}::int) u)`);
  });
  const text = `WITH page AS (
    SELECT ${columnList(cols, 'r')} FROM "Recommendation" r ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    ORDER BY ${orderSql(a.ordering, a.backward, 'r')} LIMIT ${p(a.take)}::int)
  SELECT json_build_object(${parts.join(',\n    ')})::text AS body`;
  return { text, values };
}

export async function readPlainPage(
  ctx: AppContext,
  a: PlainPageArgs,
  inc: PageIncludes = EVERYTHING,
): Promise<Recommendation[]> {
  const { text, values } = statement(a, inc);
  const [{ body }] = await rawSql(ctx.db).query<{ body: string }>(text, values);
  const doc = JSON.parse(body) as { rows: Json[]; themes?: Theme[] } & Record<`u${number}`, Json[]>;
  for (const row of doc.rows) revive(row, RECOMMENDATION_TIMESTAMPS, RECOMMENDATION_DATES);
  for (const t of doc.themes ?? []) ctx.loaders.theme.prime(t.id, t);
  inc.updates.forEach((u, i) => {
    const loader = ctx.loaders.updates(u.limit, a.asOf, u.fields);
    const byRecord = new Map<number, ProgressUpdate[]>();
    for (const entry of doc[`u${i}`]) {
      revive(entry, UPDATE_TIMESTAMPS, UPDATE_DATES);
      const e = entry as unknown as ProgressUpdate;
      const list = byRecord.get(e.recommendationId);
      if (list) list.push(e);
      else byRecord.set(e.recommendationId, [e]);
    }
    for (const row of doc.rows) loader.prime(row.id as number, byRecord.get(row.id as number) ?? []);
  });
  return doc.rows as unknown as Recommendation[];
}
