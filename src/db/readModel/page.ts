// The resolvers' list page in one statement: the page's rows, and, when the query will ask for them, the
// records' themes and latest log entries, all built as one JSON document by PostgreSQL. The related rows
// prime the request's loaders, so the resolvers find them there and send nothing more (three statements
// through Prisma cost most of the page's CPU: docs/performance.md). totalCount and the far side's PageInfo
// flag read the same matches.
import { Prisma, type ProgressUpdate, type Recommendation, type Theme } from '../../generated/prisma/client';
import type { Db } from '../client';
import type { Loaders } from '../loaders';
import { columnList, recommendationColumns, RECOMMENDATION_DATES, RECOMMENDATION_TIMESTAMPS } from './columns';
import { UPDATE_DATES, UPDATE_TIMESTAMPS, updateColumns } from './columns';
import { filterSql, whereSql, type FilterEnv, type ReadFilter } from './filter';
import { orderSql, seekSql, type KeyColumn, type Ordering, type Seek } from './keyset';
import { queryJson } from './query';
import { latestEntriesSql } from './related';
import { parseSearch } from './search/query';
import { searchRankSql } from './search/sql';

/** A list: which records, in which order. */
export interface ListQuery {
  filter: ReadFilter;
  env: Omit<FilterEnv, 'r'>;
}

export interface PageArgs extends ListQuery {
  ordering: Ordering<KeyColumn>;
  /** Read the order reversed (a `last` page), from `before` or the end. */
  backward: boolean;
  /** The cursors' conditions (domain/paging/connection.ts's pageSeeks). */
  seeks: Seek[];
  take: number;
}

/** What the query will read of each record (graphql/resolvers/pageLookahead.ts). */
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
const R = Prisma.raw('r');

/** The list's conditions on the Recommendation row `r`, and optionally the cursors'. */
export const matchingSql = (q: ListQuery, r: Prisma.Sql, seeks: Seek[] = []): Prisma.Sql[] => [
  ...filterSql(q.filter, { ...q.env, r }),
  ...seeks.map((seek) => seekSql(seek, r)),
];

/**
 * The records a list reads, as `r`: the table, or, when the order or a cursor needs it, the table with the
 * search's rank as a column `searchRank` (PostgreSQL pulls the subquery up: the plan is the table's own).
 */
export function recordsSql(q: ListQuery, ranked: boolean): Prisma.Sql {
  if (!ranked) return Prisma.raw('"Recommendation"');
  const search = q.filter.search ? parseSearch(q.filter.search) : null;
  const r0 = Prisma.raw('r0');
  return Prisma.sql`(SELECT r0.*, ${searchRankSql(search, r0)} AS "searchRank" FROM "Recommendation" r0)`;
}

/** Whether a page in this order, or these cursors' conditions, read the rank. */
export const readsRank = (o: Ordering | null, seeks: Seek[] = []): boolean =>
  o?.col === 'searchRank' || seeks.some((seek) => seek.some((all) => all.some((a) => a.col === 'searchRank')));

/** The columns a page reads: the fields', and the rank when it is ordered by it. */
export const pageColumns = (fields: ReadonlySet<string>, ranked: boolean): string[] => {
  const cols = recommendationColumns(fields);
  return ranked && cols[0] !== '*' ? [...cols, 'searchRank'] : cols;
};

/** Timestamps arrive as UTC wall time without a zone ("2026-11-28T10:00:00.123"), dates as "2026-11-28". */
function revive(row: Json, timestamps: readonly string[], dates: readonly string[]): void {
  for (const c of timestamps) if (typeof row[c] === 'string') row[c] = new Date(`${row[c] as string}Z`);
  for (const c of dates) if (typeof row[c] === 'string') row[c] = new Date(row[c] as string);
}

function updatesPart(a: PageArgs, u: PageIncludes['updates'][number], i: number): Prisma.Sql {
  // occurredOn is always read: the aggregate is ordered by it.
  const ucols = updateColumns(u.fields);
  const select = columnList(ucols[0] === '*' ? ucols : [...new Set([...ucols, 'occurredOn'])], Prisma.raw('u'));
  const entries = latestEntriesSql(select, R, Prisma.sql`${u.limit}::int`, a.env.asOf);
  return Prisma.sql`${Prisma.raw(`'u${i}'`)}, (SELECT COALESCE(json_agg(e ORDER BY e."recommendationId", e."occurredOn" DESC, e.id DESC), '[]'::json)
      FROM page r CROSS JOIN LATERAL (${entries}) e)`;
}

function pageStatement(a: PageArgs, inc: PageIncludes): Prisma.Sql {
  const ranked = readsRank(a.ordering, a.seeks);
  // The rows come back in the order they were read (reversed for a `last` page; connection.ts turns them round).
  const parts = [
    Prisma.sql`'rows', (SELECT COALESCE(json_agg(p ORDER BY ${orderSql(a.ordering, a.backward, Prisma.raw('p'))}), '[]'::json) FROM page p)`,
  ];
  if (inc.theme)
    parts.push(
      Prisma.sql`'themes', (SELECT COALESCE(json_agg(t), '[]'::json) FROM "Theme" t WHERE t.id IN (SELECT "themeId" FROM page))`,
    );
  inc.updates.forEach((u, i) => parts.push(updatesPart(a, u, i)));
  return Prisma.sql`WITH page AS (
    SELECT ${columnList(pageColumns(inc.fields, ranked), R)} FROM ${recordsSql(a, ranked)} r ${whereSql(matchingSql(a, R, a.seeks))}
    ORDER BY ${orderSql(a.ordering, a.backward, R)} LIMIT ${a.take}::int)
  SELECT json_build_object(${Prisma.join(parts, ',\n    ')})::text AS body`;
}

/** The page's rows, its themes and entries primed into `loaders`. */
export async function readPage(db: Db, loaders: Loaders, a: PageArgs, inc = EVERYTHING): Promise<Recommendation[]> {
  const doc = await queryJson<{ rows: Json[]; themes?: Theme[] } & Record<`u${number}`, Json[]>>(
    db,
    pageStatement(a, inc),
  );
  for (const row of doc.rows) revive(row, RECOMMENDATION_TIMESTAMPS, RECOMMENDATION_DATES);
  for (const t of doc.themes ?? []) loaders.theme.prime(t.id, t);
  inc.updates.forEach((u, i) => {
    const loader = loaders.updates(u.limit, a.env.asOf, u.fields);
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

/** How many records the list holds, over all pages. */
export async function countMatches(db: Db, q: ListQuery): Promise<number> {
  const sql = Prisma.sql`SELECT json_build_object('n', count(*))::text AS body FROM "Recommendation" r ${whereSql(matchingSql(q, R))}`;
  return (await queryJson<{ n: number }>(db, sql)).n;
}

/** Whether any record of the list lies beyond `seek`. */
export async function anyMatch(db: Db, q: ListQuery, seek: Seek): Promise<boolean> {
  const records = recordsSql(q, readsRank(null, [seek]));
  const sql = Prisma.sql`SELECT json_build_object('any', EXISTS (SELECT 1 FROM ${records} r ${whereSql(matchingSql(q, R, [seek]))}))::text AS body`;
  return (await queryJson<{ any: boolean }>(db, sql)).any;
}
