// A record's related rows as every path reads them (the loaders, the resolvers' page and the compiled
// statement), so that their order and limits are written once.
import { Prisma } from '../../generated/prisma/client';
import { dateParam } from './replay';

/**
 * The latest `limit` log entries of the record `r` (had happened by `asOf`, when given), newest first:
 * `updates(first)` on every path. A LATERAL LIMIT per record walks the (recommendationId, occurredOn, id)
 * index backwards and reads only the entries it returns, where a window function would read and sort each
 * record's whole log. `limit` is SQL: the compiled path writes it into its text, the others bind it.
 */
export const latestEntriesSql = (select: Prisma.Sql, r: Prisma.Sql, limit: Prisma.Sql, asOf: Date | null) =>
  Prisma.sql`SELECT ${select} FROM "ProgressUpdate" u WHERE u."recommendationId" = ${r}.id${
    asOf ? Prisma.sql` AND u."occurredOn" <= ${dateParam(asOf)}` : Prisma.empty
  } ORDER BY u."occurredOn" DESC, u.id DESC LIMIT ${limit}`;

/** The owners of the record `r`, lead owners first, then by id: `owners` on every path. */
export const ownersOfSql = (select: Prisma.Sql, r: Prisma.Sql) =>
  Prisma.sql`SELECT ${select} FROM "RecommendationOwner" ro JOIN "Owner" o ON o.id = ro."ownerId"
      WHERE ro."recommendationId" = ${r}.id ORDER BY ro."isLead" DESC, ro."ownerId" ASC`;
