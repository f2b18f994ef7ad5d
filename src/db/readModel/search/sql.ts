// The search's SQL: its condition (served by the GIN index on the search documents) and its rank, the
// `searchRank` key that orderBy RELEVANCE pages by.
import { Prisma } from '../../../generated/prisma/client';
import { rankTsqueries, tsqueryOf, type SearchQuery } from './query';

const DOCUMENTS = Prisma.raw('"tracker_internal"."SearchDocument"');

/** The records whose document matches every group. */
export const searchConditionSql = (q: SearchQuery, r: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`EXISTS (SELECT 1 FROM ${DOCUMENTS} sd WHERE sd."recommendationId" = ${r}.id AND sd.terms @@ ${tsqueryOf(q)}::tsquery)`;

/**
 * A record's rank for the search, lower first: minus the sum over the groups of where each matched best,
 * 3 in the code or a title, 2 in the summary or quote, 1 in a theme or owner name, 0 only in log notes.
 * An integer, so that a cursor carries it exactly. Without a search every record ranks 0.
 */
export function searchRankSql(q: SearchQuery | null, r: Prisma.Sql): Prisma.Sql {
  const queries = q ? rankTsqueries(q) : [];
  if (!queries.length) return Prisma.sql`0`;
  const hits = Prisma.join(
    queries.map((t) => Prisma.sql`(sd.terms @@ ${t}::tsquery)::int`),
    ' + ',
  );
  return Prisma.sql`COALESCE((SELECT -(${hits}) FROM ${DOCUMENTS} sd WHERE sd."recommendationId" = ${r}.id), 0)`;
}
