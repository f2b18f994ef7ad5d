// The dashboard's reads: the matching records' few numeric columns (domain/summary.ts aggregates them with
// healthOf), the monthly status series replayed from the log, and the latest entries.
import { Prisma, type ProgressUpdate, type RecommendationStatus } from '../../generated/prisma/client';
import type { Db } from '../client';
import { whereSql } from './filter';
import { matchingSql, type ListQuery } from './page';
import { queryJson } from './query';
import { replayedSql } from './replay';

export interface SummaryRow {
  id: number;
  themeId: number;
  status: RecommendationStatus;
  progress: number;
  targetDate: Date | null;
  lastProgressAt: Date | null;
  createdAt: Date;
}

type Text<T> = { [K in keyof T]: T[K] extends Date | null ? string | null : T[K] };

export async function summaryRows(db: Db, q: ListQuery): Promise<SummaryRow[]> {
  const r = Prisma.raw('r');
  const rows = await queryJson<Text<SummaryRow>[]>(
    db,
    Prisma.sql`SELECT COALESCE(json_agg(json_build_array(r.id, r."themeId", r.status, r.progress, r."targetDate",
      r."lastProgressAt", r."createdAt")), '[]'::json)::text AS body FROM "Recommendation" r ${whereSql(matchingSql(q, r))}`,
  );
  // Arrays rather than objects: the keys would be most of the text PostgreSQL writes and Node parses.
  return (
    rows as unknown as [number, number, RecommendationStatus, number, string | null, string | null, string][]
  ).map(([id, themeId, status, progress, targetDate, lastProgressAt, createdAt]) => ({
    id,
    themeId,
    status,
    progress,
    targetDate: targetDate === null ? null : new Date(targetDate),
    lastProgressAt: lastProgressAt === null ? null : new Date(`${lastProgressAt}Z`),
    createdAt: new Date(`${createdAt}Z`),
  }));
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
