// The dashboard's figures in one statement, in one of two ways with the same answer. Filtered at most by
// status, theme, pillar or document (the common dashboard): the per-theme, per-status counts that triggers
// keep exact (tracker_internal."SummaryCount", migration *_raw_summary_counts) and, for health, counts of the
// open records past each of the clock's boundaries, read through the open-records indexes: a write costs
// the next dashboard a few index reads, not a pass over every record. Any other filter: one pass over the
// matching records, grouped by PostgreSQL with healthSql. Either way the figures come back in one shape.
import { Prisma, type RecommendationStatus } from '../../generated/prisma/client';
import type { Db } from '../client';
import { filterSql, whereSql, type ReadFilter } from './filter';
import { boundarySql, healthSql, offTrackSql, openSql } from './health';
import { matchingSql, type ListQuery } from './page';
import { queryJson } from './query';

export interface SummaryFigures {
  /** Matching records and their progress summed, per theme and status (only cells with records). */
  cells: { themeId: number; status: RecommendationStatus; n: number; progress: number }[];
  /** Matching OVERDUE records per theme. */
  overdue: { themeId: number; n: number }[];
  atRisk: number;
  /** The earliest last activity of a matching open record that is not stale yet: the next to turn stale. */
  nextStale: Date | null;
}

type Body = {
  cells: [number, RecommendationStatus, number, number][];
  overdue: [number, number][];
  atRisk: number;
  nextStale: string | null;
};

/** The criteria the kept counts can answer: conditions on a record's status and theme only. */
const COUNTED: ReadonlySet<string> = new Set(['status', 'theme', 'pillar', 'document']);

/** The kept counts are of top-level records only (migration *_raw_actions_rollup): includeActions reads the rows. */
const isCounted = (q: ListQuery) =>
  !q.filter.includeArchived &&
  !q.filter.includeActions &&
  !q.env.asOf &&
  Object.entries(q.filter).every(
    ([k, v]) => v == null || k === 'includeArchived' || k === 'includeActions' || COUNTED.has(k),
  );

const R = Prisma.raw('r');
const agg = (row: Prisma.Sql, from: Prisma.Sql) =>
  Prisma.sql`(SELECT COALESCE(json_agg(json_build_array(${row})), '[]'::json) FROM (${from}) x)`;

function countedSql(q: ListQuery): Prisma.Sql {
  const { env } = q;
  const { today, staleBefore, dueSoonBefore, lastActivity } = boundarySql(env.now, env.health, R);
  // The cells hold top-level records only, so the condition on actions is left to them.
  const cellFilter: ReadFilter = { ...q.filter, includeArchived: true, includeActions: true };
  const cellWhere = whereSql([Prisma.sql`NOT c.archived`, ...filterSql(cellFilter, { ...env, r: Prisma.raw('c') })]);
  // Open, unarchived and matching: the indexes' predicate, so each read below is an index range.
  const open = (...more: Prisma.Sql[]) =>
    Prisma.sql`FROM "Recommendation" r ${whereSql([...filterSql(q.filter, { ...env, r: R }), openSql(R), ...more])}`;
  const notOverdue = Prisma.sql`(r."targetDate" IS NULL OR r."targetDate" >= ${today})`;
  const dueSoonLow = [
    Prisma.sql`r."targetDate" >= ${today}`,
    Prisma.sql`r."targetDate" < ${dueSoonBefore}`,
    Prisma.sql`r.progress < ${env.health.dueSoonMinProgress}::int`,
    Prisma.sql`${lastActivity} >= ${staleBefore}`,
  ];
  // AT_RISK by an OFF_TRACK indicator alone: neither overdue, stale nor due soon with low progress.
  const notStaleNorDueSoonLow = [
    Prisma.sql`${lastActivity} >= ${staleBefore}`,
    Prisma.sql`NOT COALESCE(r."targetDate" < ${dueSoonBefore} AND r.progress < ${env.health.dueSoonMinProgress}::int, false)`,
  ];
  return Prisma.sql`SELECT json_build_object(
    'cells', ${agg(
      Prisma.sql`x."themeId", x.status, x.n, x.p`,
      Prisma.sql`SELECT c."themeId", c.status, sum(c.n) AS n, sum(c.progress) AS p
        FROM "tracker_internal"."SummaryCount" c ${cellWhere} GROUP BY 1, 2 HAVING sum(c.n) > 0`,
    )},
    'overdue', ${agg(
      Prisma.sql`x."themeId", x.n`,
      Prisma.sql`SELECT r."themeId", count(*) AS n ${open(Prisma.sql`r."targetDate" < ${today}`)} GROUP BY 1`,
    )},
    'atRisk', (SELECT count(*) ${open(Prisma.sql`${lastActivity} < ${staleBefore}`, notOverdue)})
      + (SELECT count(*) ${open(...dueSoonLow)})
      + (SELECT count(*) ${open(notOverdue, ...notStaleNorDueSoonLow, offTrackSql(R))}),
    'nextStale', (SELECT min(${lastActivity}) ${open(Prisma.sql`${lastActivity} >= ${staleBefore}`)})
  )::text AS body`;
}

function groupedSql(q: ListQuery): Prisma.Sql {
  const { env } = q;
  const { staleBefore, lastActivity } = boundarySql(env.now, env.health, R);
  return Prisma.sql`WITH g AS (
    SELECT r."themeId", r.status, ${healthSql(env.now, env.health, R)} AS health, count(*) AS n, sum(r.progress) AS p,
      min(${lastActivity}) FILTER (WHERE ${openSql(R)} AND ${lastActivity} >= ${staleBefore}) AS next
    FROM "Recommendation" r ${whereSql(matchingSql(q, R))} GROUP BY 1, 2, 3)
  SELECT json_build_object(
    'cells', ${agg(Prisma.sql`x."themeId", x.status, x.n, x.p`, Prisma.sql`SELECT "themeId", status, sum(n) AS n, sum(p) AS p FROM g GROUP BY 1, 2`)},
    'overdue', ${agg(Prisma.sql`x."themeId", x.n`, Prisma.sql`SELECT "themeId", sum(n) AS n FROM g WHERE health = 'OVERDUE' GROUP BY 1`)},
    'atRisk', (SELECT COALESCE(sum(n), 0) FROM g WHERE health = 'AT_RISK'),
    'nextStale', (SELECT min(next) FROM g)
  )::text AS body`;
}

/** The figures of the records `q` matches, at `q.env.now`. */
export async function summaryFigures(db: Db, q: ListQuery): Promise<SummaryFigures> {
  const body = await queryJson<Body>(db, isCounted(q) ? countedSql(q) : groupedSql(q));
  return {
    cells: body.cells.map(([themeId, status, n, progress]) => ({ themeId, status, n, progress })),
    overdue: body.overdue.map(([themeId, n]) => ({ themeId, n })),
    atRisk: body.atRisk,
    nextStale: body.nextStale === null ? null : new Date(`${body.nextStale}Z`),
  };
}
