// The API's RecommendationFilter, validated into the read model's filter (db/readModel/filter.ts, where each
// criterion's shape and SQL live) before any statement runs.
import type { AppContext } from '../context';
import type { Db } from '../db/client';
import { idsMatching } from '../db/changeEvents';
import { readFilterSchema, type FilterEnv, type ReadFilter } from '../db/readModel/filter';
import type { ListQuery } from '../db/readModel/page';
import { parseInput } from './validation';

export type RecommendationFilterInput = ReadFilter | null | undefined;

/** Validates a filter (BAD_USER_INPUT naming the field). */
export const parseFilter = (input: RecommendationFilterInput): ReadFilter => parseInput(readFilterSchema, input) ?? {};

/** What the read model needs to read a list: the validated filter, the request's clock and thresholds, asOf. */
export const listQuery = (ctx: AppContext, input: RecommendationFilterInput, asOf?: Date | null): ListQuery => ({
  filter: parseFilter(input),
  env: { now: ctx.now, health: ctx.config.health, asOf: asOf ?? null } satisfies Omit<FilterEnv, 'r'>,
});

/**
 * Whether a changed record matches a subscriber's filter: the one rule for subscriptions and webhooks alike. The
 * list's own conditions judge that one row as it is now, archived or not, so that archiving a record, and
 * restoring it, reach whoever follows it through the filter (`includeArchived` only shapes lists).
 */
export async function changeMatches(db: Db, q: ListQuery, recommendationId: number): Promise<boolean> {
  const judged = { ...q, filter: { ...q.filter, includeArchived: true } };
  return (await idsMatching(db, judged, [recommendationId])).has(recommendationId);
}
