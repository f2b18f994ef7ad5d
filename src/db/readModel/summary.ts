// The dashboard's reads besides its figures (summaryCounts.ts): the matching records' ids, the monthly
// status series replayed from the log, and the latest entries.
import { Prisma, type ProgressUpdate, type RecommendationStatus } from '../../generated/prisma/client';
import type { Db } from '../client';
import { whereSql } from './filter';
import { matchingSql, type ListQuery } from './page';
import { queryJson } from './query';
import { replayedSql } from './replay';

/** The ids of the records `q` matches: what the monthly series and the latest entries read. */
export async function matchingIds(db: Db, q: ListQuery): Promise<number[]> {
  const r = Prisma.raw('r');
  return queryJson<number[]>(
    db,
    Prisma.sql`SELECT COALESCE(json_agg(r.id), '[]'::json)::text AS body FROM "Recommendation" r ${whereSql(matchingSql(q, r))}`,
  );
}

/** How many of `ids` had each status at the end of each month from `from` to `to`. */
export function monthlyStatuses(db: Db, ids: number[], from: Date, to: Date) {
  const monthEnd = Prisma.sql`(months.m + interval '1 month' - interval '1 day')::date`;
  return db.$queryRaw<{ month: string; status: RecommendationStatus; count: number }[]>`
    WITH months AS (
      SELECT generate_series(date_trunc('month', ${from}::date), date_trunc('month', ${to}::date), interval '1 month')::date AS m
    )
    SELECT to_char(months.m, 'YYYY-MM') AS month, ${replayedSql('status', Prisma.raw('r'), monthEnd)} AS status,
      count(*)::int AS count
    FROM months CROSS JOIN "Recommendation" r
    WHERE r.id = ANY(${ids}::int[])
    GROUP BY 1, 2`;
}

/** The latest `first` entries of the records `ids`, newest logged first. */
export const recentEntries = (db: Db, ids: number[], first: number) =>
  db.$queryRaw<ProgressUpdate[]>`SELECT * FROM "ProgressUpdate" WHERE "recommendationId" = ANY(${ids}::int[])
    ORDER BY "createdAt" DESC, id DESC LIMIT ${first}`;
