// The API's RecommendationFilter, validated into the read model's filter (db/readModel/filter.ts, where each
// criterion's shape and SQL live) before any statement runs.
import type { AppContext } from '../context';
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
