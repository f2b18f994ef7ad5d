// Reads of the change feed ("ChangeEvent", written by a trigger on "AuditEntry": migration *_raw_change_events).
// Ids are taken at insert but transactions commit in any order, so a reader ordering by id alone could pass a
// row that commits later with a lower id. Rows are ordered by (txid, id) instead, and a read returns only rows
// whose transaction lies below the horizon (the snapshot's xmin, less other databases' transactions): every
// transaction there has finished, and every one still to commit has a txid at or above it, so nothing can
// later appear behind a cursor already handed out.
import { Prisma } from '../generated/prisma/client';
import type { Db } from './client';
import { matchingSql, type ListQuery } from './readModel/page';
import { whereSql } from './readModel/filter';

export interface ChangeRow {
  id: number;
  /** The writing transaction's id (xid8) as decimal text: 64 bits do not fit a JS number. */
  txid: string;
  kind: string;
  recommendationId: number;
  auditEntryId: number;
  progressUpdateId: number | null;
  actorName: string;
  createdAt: Date;
}

/**
 * The txid of the changes a restore writes (db/backup.ts): 2, PostgreSQL's FrozenTransactionId, below every
 * real transaction's. A restored feed is history, so it sorts before every change made after the restore: a
 * live reader or a cursor from before the restore never receives it as new.
 */
export const RESTORED_TXID = 2n;
/** Past every restored change and before every real one: where a reader of an empty feed stands. */
const AFTER_RESTORED: ChangePosition = { txid: RESTORED_TXID, id: 2_147_483_647 };

/** A position in the feed: the (txid, id) of the last change seen. */
export interface ChangePosition {
  txid: bigint;
  id: number;
}

/** Which changes a read covers; none of the fields: all. */
export interface ChangeScope {
  recommendationId?: number;
  themeId?: number;
  /** The changes to what this user follows (recommendations, and recommendations of followed themes). */
  follower?: string;
}

/**
 * The horizon: the oldest transaction still running at the statement's snapshot (its xmin), except those
 * running in another database of the cluster, which can never write this table; without that exception one
 * long transaction elsewhere on the server (a backup, another app) would hold the feed back. A transaction
 * that finished since the snapshot, or whose database cannot be read in pg_stat_activity, still counts.
 */
const BELOW_HORIZON = Prisma.sql`c.txid < (
  SELECT least(pg_snapshot_xmax(s.snap), (
    SELECT min(x) FROM pg_snapshot_xip(s.snap) x WHERE NOT EXISTS (
      SELECT 1 FROM pg_stat_activity a
      WHERE a.backend_xid = x::xid AND a.datid IS DISTINCT FROM (SELECT oid FROM pg_database WHERE datname = current_database()))))
  FROM (SELECT pg_current_snapshot() AS snap) s)`;
const COLUMNS = Prisma.sql`c.id, c.txid::text AS txid, c.kind, c."recommendationId", c."auditEntryId",
  c."progressUpdateId", c."actorName", c."createdAt"`;

function scopeSql(scope: ChangeScope): Prisma.Sql[] {
  const and: Prisma.Sql[] = [];
  if (scope.recommendationId !== undefined) and.push(Prisma.sql`c."recommendationId" = ${scope.recommendationId}`);
  if (scope.themeId !== undefined)
    and.push(Prisma.sql`c."recommendationId" IN (SELECT id FROM "Recommendation" WHERE "themeId" = ${scope.themeId})`);
  if (scope.follower !== undefined)
    and.push(Prisma.sql`c."recommendationId" IN (
      SELECT f."recommendationId" FROM "Follow" f WHERE f."userName" = ${scope.follower} AND f."recommendationId" IS NOT NULL
      UNION SELECT r.id FROM "Recommendation" r JOIN "Follow" f ON f."themeId" = r."themeId" WHERE f."userName" = ${scope.follower})`);
  return and;
}

const positionSql = (p: ChangePosition, op: '>' | '<=') =>
  Prisma.sql`(c.txid, c.id) ${Prisma.raw(op)} (${p.txid.toString()}::xid8, ${p.id}::int)`;

/** The finished changes after `after` (from the start when null), oldest first, `take` at most. */
export function changesAfter(
  db: Db,
  after: ChangePosition | null,
  take: number,
  scope: ChangeScope = {},
): Promise<ChangeRow[]> {
  const where = [BELOW_HORIZON, ...scopeSql(scope), ...(after ? [positionSql(after, '>')] : [])];
  return db.$queryRaw<ChangeRow[]>`SELECT ${COLUMNS} FROM "ChangeEvent" c ${whereSql(where)}
    ORDER BY c.txid, c.id LIMIT ${take}`;
}

/** The latest finished changes, newest first (the Atom feeds). */
export function latestChanges(db: Db, take: number, scope: ChangeScope = {}): Promise<ChangeRow[]> {
  return db.$queryRaw<
    ChangeRow[]
  >`SELECT ${COLUMNS} FROM "ChangeEvent" c ${whereSql([BELOW_HORIZON, ...scopeSql(scope)])}
    ORDER BY c.txid DESC, c.id DESC LIMIT ${take}`;
}

/** Whether any change of the scope lies at or before `p` (a page's hasPreviousPage). */
export async function anyChangeUpTo(db: Db, p: ChangePosition, scope: ChangeScope = {}): Promise<boolean> {
  const where = whereSql([...scopeSql(scope), positionSql(p, '<=')]);
  const rows = await db.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "ChangeEvent" c ${where}) AS any`;
  return rows[0].any;
}

/**
 * The last finished change's position; on an empty feed, the position past any history a restore may write
 * there later, so that a live reader started now (changeHub.ts) does not take that history for news.
 */
export async function feedEnd(db: Db): Promise<ChangePosition> {
  const [last] = await latestChanges(db, 1);
  return last ? positionOf(last) : AFTER_RESTORED;
}

export const positionOf = (row: ChangeRow): ChangePosition => ({ txid: BigInt(row.txid), id: row.id });

/** Orders positions as the feed does: by txid, then id. */
export const comparePositions = (a: ChangePosition, b: ChangePosition): number =>
  a.txid !== b.txid ? (a.txid < b.txid ? -1 : 1) : a.id - b.id;

/** Which of `ids` match a list's filter now (the SQL of domain/catalog/recommendationFilter.ts's changeMatches). */
export async function idsMatching(db: Db, q: ListQuery, ids: number[]): Promise<Set<number>> {
  const r = Prisma.raw('r');
  const where = whereSql([...matchingSql(q, r), Prisma.sql`r.id = ANY(${ids}::int[])`]);
  const rows = await db.$queryRaw<{ id: number }[]>`SELECT r.id FROM "Recommendation" r ${where}`;
  return new Set(rows.map((row) => row.id));
}
