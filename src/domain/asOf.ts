// History as of a date. Status and progress on a past date are replayed from the log: the last entry
// that had happened by the end of that day, else the state the first logged entry (lowest id, whatever
// its occurredOn) started from, else the row itself (no entries). The loaders replay per page; the
// status filter below replays over the whole catalog, by the same rule.
import type { Prisma, RecommendationStatus } from '../generated/prisma/client';
import type { AppContext } from '../context';
import { buildRecommendationWhere, parseFilter, type RecommendationFilterInput } from './recommendationFilter';

/** Ids whose reconstructed status on `asOf` is one of `statuses`: one statement whatever the catalog size. */
async function idsWithStatusAsOf(db: AppContext['db'], asOf: Date, statuses: readonly RecommendationStatus[]) {
  const rows = await db.$queryRaw<{ id: number }[]>`
    SELECT r.id FROM "Recommendation" r
    LEFT JOIN LATERAL (
      SELECT status FROM "ProgressUpdate" u
      WHERE u."recommendationId" = r.id AND u."occurredOn" <= ${asOf}::date
      ORDER BY u."occurredOn" DESC, u.id DESC LIMIT 1) last ON true
    LEFT JOIN LATERAL (
      SELECT "statusBefore" FROM "ProgressUpdate" u
      WHERE u."recommendationId" = r.id
      ORDER BY u.id ASC LIMIT 1) first ON true
    WHERE COALESCE(last.status, first."statusBefore", r.status)::text = ANY(${[...statuses]}::text[])`;
  return rows.map((r) => r.id);
}

/**
 * The list's `where`. With `asOf`, the status filter matches the status as it stood on that date, so a
 * list agrees with the statuses it shows; the other criteria (and the order) use current values.
 */
export async function recommendationWhereAsOf(
  ctx: AppContext,
  input: RecommendationFilterInput,
  asOf: Date | null | undefined,
): Promise<Prisma.RecommendationWhereInput> {
  const filter = parseFilter(input);
  if (!asOf || !filter.status) return buildRecommendationWhere(ctx, filter);
  return buildRecommendationWhere(ctx, filter, await idsWithStatusAsOf(ctx.db, asOf, filter.status));
}
