// The API's RecommendationFilter, validated into the read model's filter (db/readModel/filter.ts, where each
// criterion's shape and SQL live) before any statement runs.
import { z } from 'zod';
import type { AppContext } from '../../context';
import type { Db } from '../../db/client';
import { idsMatching } from '../../db/changeEvents';
import { readFilterSchema, type FilterEnv, type ReadFilter } from '../../db/readModel/filter';
import type { ListQuery } from '../../db/readModel/page';
import { parseInput } from '../validation';

export type RecommendationFilterInput = ReadFilter | null | undefined;

/** Validates a filter (BAD_USER_INPUT naming the field). */
export const parseFilter = (input: RecommendationFilterInput): ReadFilter => parseInput(readFilterSchema, input) ?? {};

/** What the read model needs to read a list: the validated filter, the request's clock and thresholds, asOf. */
export const listQuery = (ctx: AppContext, input: RecommendationFilterInput, asOf?: Date | null): ListQuery => ({
  filter: parseFilter(input),
  env: { now: ctx.now, health: ctx.config.health, asOf: asOf ?? null } satisfies Omit<FilterEnv, 'r'>,
});

/** How a field of the filter is written as text (a query parameter, a command-line option). */
export type FilterFieldKind = 'list' | 'date' | 'boolean' | 'text';

const valueSchema = (schema: z.ZodType): z.ZodType =>
  schema instanceof z.ZodOptional || schema instanceof z.ZodNullable
    ? valueSchema(schema.unwrap() as z.ZodType)
    : schema;

/** Every field of the filter with its kind, read from the filter's own schema: a new criterion is listed here too. */
export const FILTER_FIELDS: readonly { name: string; kind: FilterFieldKind }[] = Object.entries(
  readFilterSchema.unwrap().unwrap().shape,
).map(([name, schema]) => {
  const value = valueSchema(schema);
  const kind =
    value instanceof z.ZodArray
      ? 'list'
      : value instanceof z.ZodDate
        ? 'date'
        : value instanceof z.ZodBoolean
          ? 'boolean'
          : 'text';
  return { name, kind };
});

/**
 * Whether a changed record matches a subscriber's filter: the one rule for subscriptions and webhooks alike. The
 * list's own conditions judge that one row as it is now, archived or not, so that archiving a record, and
 * restoring it, reach whoever follows it through the filter (`includeArchived` and `includeActions` only shape lists).
 */
export async function changeMatches(db: Db, q: ListQuery, recommendationId: number): Promise<boolean> {
  const judged = { ...q, filter: { ...q.filter, includeArchived: true, includeActions: true } };
  return (await idsMatching(db, judged, [recommendationId])).has(recommendationId);
}
