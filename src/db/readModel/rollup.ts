// What a roll-up reads, as SQL: the records of whole subtrees (a page of parents' roll-ups, now or as of a date)
// and a record's chain of ancestors with their children (a write's recomputation). Each is one statement however
// deep the tree (a recursive CTE); the arithmetic is domain/catalog/rollup.ts's, once.
import { Prisma, type RecommendationStatus, type RollupRule } from '../../generated/prisma/client';
import { dateParam, replayedSql } from './replay';

/** A handle or a transaction: the loaders read through either, a write's recomputation through its own. */
type Reader = Prisma.TransactionClient;

const queryJson = async <T>(db: Reader, sql: Prisma.Sql): Promise<T> =>
  JSON.parse((await db.$queryRaw<{ body: string }[]>(sql))[0].body) as T;

/** One record of a roll-up tree, with what a roll-up reads of it (as of a date, when one was given). */
export interface RollupNode {
  id: number;
  parentId: number | null;
  code: string;
  status: RecommendationStatus;
  progress: number;
  archived: boolean;
  rule: RollupRule;
  version: number;
  /** The weights set with the rule in force: [{ code, weight }]. */
  weights: { code: string; weight: number }[];
}

/** The end of the day `asOf` (UTC): what had been written by then counts. */
const endOf = (asOf: Date) => Prisma.sql`(${dateParam(asOf)} + 1)::timestamp`;

/**
 * The node's columns over the row `r` (whose rule revision, as of `asOf`, is joined as `rv`): now, the row's
 * own; as of a date, status and progress replayed from the log (replay.ts) and archived by then.
 */
function nodeJson(r: Prisma.Sql, asOf: Date | null): Prisma.Sql {
  const state = asOf
    ? Prisma.sql`'status', ${replayedSql('status', r, dateParam(asOf))}, 'progress', ${replayedSql('progress', r, dateParam(asOf))},
        'archived', COALESCE(${r}."archivedAt" < ${endOf(asOf)}, false)`
    : Prisma.sql`'status', ${r}.status, 'progress', ${r}.progress, 'archived', ${r}."archivedAt" IS NOT NULL`;
  return Prisma.sql`json_build_object('id', ${r}.id, 'parentId', ${r}."parentId", 'code', ${r}.code, ${state},
    'rule', COALESCE(rv.rule::text, 'MANUAL'), 'version', COALESCE(rv.version, 0), 'weights', COALESCE(rv.weights, '[]'::jsonb))`;
}

/** The rule revision of the row `r` in force now (the latest), or as of the end of `asOf`. */
function revisionJoin(r: Prisma.Sql, asOf: Date | null): Prisma.Sql {
  const by = asOf ? Prisma.sql`AND v."createdAt" < ${endOf(asOf)}` : Prisma.empty;
  return Prisma.sql`LEFT JOIN LATERAL (SELECT v.rule, v.version, v.weights FROM "RollupRevision" v
    WHERE v."recommendationId" = ${r}.id ${by} ORDER BY v.version DESC LIMIT 1) rv ON true`;
}

/**
 * Every record of the subtrees under `ids` (themselves included), in one statement. As of a date, only records
 * created by then.
 */
export async function subtreeNodes(db: Reader, ids: readonly number[], asOf: Date | null): Promise<RollupNode[]> {
  const r = Prisma.raw('r');
  const existed = asOf ? Prisma.sql`WHERE r."createdAt" < ${endOf(asOf)}` : Prisma.empty;
  return queryJson<RollupNode[]>(
    db,
    Prisma.sql`WITH RECURSIVE tree AS (
      SELECT id FROM "Recommendation" WHERE id = ANY(${[...ids]}::int[])
      UNION SELECT c.id FROM "Recommendation" c JOIN tree ON c."parentId" = tree.id)
    SELECT COALESCE(json_agg(${nodeJson(r, asOf)} ORDER BY r.code), '[]'::json)::text AS body
    FROM tree JOIN "Recommendation" r ON r.id = tree.id ${revisionJoin(r, asOf)} ${existed}`,
  );
}

/**
 * The record `id` and its ancestors, each with its children, as they are now: what recomputing the roll-ups
 * above a changed record reads, in one statement.
 */
export async function ancestorNodes(db: Reader, id: number): Promise<RollupNode[]> {
  const r = Prisma.raw('r');
  return queryJson<RollupNode[]>(
    db,
    Prisma.sql`WITH RECURSIVE up AS (
      SELECT id, "parentId" FROM "Recommendation" WHERE id = ${id}
      UNION SELECT p.id, p."parentId" FROM "Recommendation" p JOIN up ON p.id = up."parentId"),
    nodes AS (SELECT id FROM up UNION SELECT c.id FROM "Recommendation" c JOIN up ON c."parentId" = up.id)
    SELECT COALESCE(json_agg(${nodeJson(r, null)} ORDER BY r.code), '[]'::json)::text AS body
    FROM nodes JOIN "Recommendation" r ON r.id = nodes.id ${revisionJoin(r, null)}`,
  );
}

/**
 * Locks the record `id` and its ancestors, nearest first, for the rest of the transaction, so that two writes
 * under one parent recompute it one after the other (the second reads the first's children): every write locks
 * upwards from its own record, so two never wait on each other in opposite orders.
 */
export async function lockChain(db: Reader, id: number): Promise<void> {
  await db.$queryRaw`WITH RECURSIVE up AS (
      SELECT id, "parentId", 0 AS depth FROM "Recommendation" WHERE id = ${id}
      UNION ALL SELECT p.id, p."parentId", up.depth + 1 FROM "Recommendation" p JOIN up ON p.id = up."parentId")
    SELECT r.id FROM "Recommendation" r JOIN up ON r.id = up.id ORDER BY up.depth FOR UPDATE OF r`;
}

/** Writes new progress values, each record's version moving on: one statement for any number of records. */
export async function writeRolledUp(db: Reader, values: { id: number; progress: number }[]): Promise<void> {
  if (!values.length) return;
  await db.$executeRaw`UPDATE "Recommendation" r SET progress = v.progress, version = r.version + 1, "updatedAt" = now()
    FROM unnest(${values.map((v) => v.id)}::int[], ${values.map((v) => v.progress)}::int[]) AS v(id, progress)
    WHERE r.id = v.id`;
}

/**
 * An action's quote: its nearest ancestor's (decisions.md, "Quotes"). Actions have none of their own, so that is
 * the top-level record's. For the row `x`; a top-level row answers its own.
 */
export const quoteSql = (x: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`CASE WHEN ${x}."parentId" IS NULL THEN ${x}.quote ELSE (WITH RECURSIVE up AS (
    SELECT q.id, q."parentId", q.quote FROM "Recommendation" q WHERE q.id = ${x}."parentId"
    UNION ALL SELECT q.id, q."parentId", q.quote FROM "Recommendation" q JOIN up ON q.id = up."parentId")
    SELECT up.quote FROM up WHERE up."parentId" IS NULL) END`;
