// The recommendation filter, once: each criterion of the API's RecommendationFilter is one entry of CRITERIA,
// with the shape its value must have (checked by domain/catalog/recommendationFilter.ts before any statement runs)
// and its condition in SQL. Every list reads through it: the resolvers' pages, totalCount, the compiled path
// and the dashboard. Omitted or null: no condition. A given list, even an empty one, must contain the value,
// so an empty list matches nothing (schema.graphql says so).
import { z } from 'zod';
import { Prisma, type RecommendationStatus } from '../../generated/prisma/client';
import { healthSql, HEALTHS, type Health, type HealthThresholds } from './health';
import { dateParam, replayedSql } from './replay';
import { countWords, MAX_SEARCH_CHARS, MAX_SEARCH_WORDS, parseSearch } from './search/query';
import { searchConditionSql } from './search/sql';
import { normalizeOwnerName } from './ownerName';

export const STATUSES: readonly RecommendationStatus[] = [
  'NOT_STARTED',
  'PLANNED',
  'IN_PROGRESS',
  'STALLED',
  'IMPLEMENTED',
  'ABANDONED',
];

/** What a condition may depend on besides its value: the row `r`, the request's clock, and asOf. */
export interface FilterEnv {
  r: Prisma.Sql;
  now: Date;
  health: HealthThresholds;
  /** With a date, the status criterion matches the status replayed for that date (replay.ts). */
  asOf: Date | null;
}

const criterion = <S extends z.ZodType>(schema: S, sql: (v: z.output<S>, e: FilterEnv) => Prisma.Sql | null) => ({
  schema,
  sql,
});
const ofTheme = (e: FilterEnv, condition: Prisma.Sql) =>
  Prisma.sql`EXISTS (SELECT 1 FROM "Theme" ft WHERE ft.id = ${e.r}."themeId" AND ${condition})`;

const CRITERIA = {
  status: criterion(z.array(z.enum(STATUSES as [RecommendationStatus])).max(10), (v, e) =>
    e.asOf
      ? Prisma.sql`${replayedSql('status', e.r, dateParam(e.asOf))}::text = ANY(${v}::text[])`
      : Prisma.sql`${e.r}.status = ANY(${v}::"RecommendationStatus"[])`,
  ),
  theme: criterion(z.array(z.string().max(64)).max(50), (v, e) => ofTheme(e, Prisma.sql`ft.code = ANY(${v}::text[])`)),
  pillar: criterion(z.enum(['GOVERNANCE', 'DEVELOPMENT']), (v, e) =>
    ofTheme(e, Prisma.sql`ft.pillar = ${v}::"Pillar"`),
  ),
  // Words, any order, across the searched fields, through the search documents' index (search/query.ts).
  // Nothing left after normalisation (blank, punctuation only): no condition, as for an omitted search.
  search: criterion(
    z
      .string()
      .max(MAX_SEARCH_CHARS, `search may be at most ${MAX_SEARCH_CHARS} characters`)
      .refine((s) => countWords(s) <= MAX_SEARCH_WORDS, `search may have at most ${MAX_SEARCH_WORDS} words`),
    (v, e) => {
      const q = parseSearch(v);
      return q.groups.length ? searchConditionSql(q, e.r) : null;
    },
  ),
  owner: criterion(
    z.array(z.string().max(200)).max(50),
    // Any name or alias of an owner (ownerNames.ts normalises them alike), or the name it is shown by.
    (v, e) => Prisma.sql`EXISTS (SELECT 1 FROM "RecommendationOwner" fro JOIN "Owner" fo ON fo.id = fro."ownerId"
      WHERE fro."recommendationId" = ${e.r}.id AND (fo.name = ANY(${v}::text[]) OR EXISTS (SELECT 1 FROM "OwnerName" fn
        WHERE fn."ownerId" = fo.id AND fn.normalized = ANY(${v.map(normalizeOwnerName)}::text[]))))`,
  ),
  health: criterion(
    z.array(z.enum(HEALTHS as [Health])).max(4),
    (v, e) => Prisma.sql`(${healthSql(e.now, e.health, e.r)}) = ANY(${v}::text[])`,
  ),
  updatedSince: criterion(
    z.date(),
    (v, e) => Prisma.sql`${e.r}."updatedAt" >= (${v.toISOString()}::timestamptz AT TIME ZONE 'UTC')`,
  ),
  document: criterion(z.string().max(200), (v, e) =>
    ofTheme(
      e,
      Prisma.sql`EXISTS (SELECT 1 FROM "SourceDocument" fd WHERE fd.id = ft."documentId" AND fd.slug = ${v}::text)`,
    ),
  ),
  targetDateBefore: criterion(z.date(), (v, e) => Prisma.sql`${e.r}."targetDate" < ${dateParam(v)}`),
};

type Criteria = typeof CRITERIA;
const shape = Object.fromEntries(Object.entries(CRITERIA).map(([k, c]) => [k, c.schema.nullish()])) as {
  [K in keyof Criteria]: z.ZodOptional<z.ZodNullable<Criteria[K]['schema']>>;
};

/** The filter's input shape, with its bounds; domain/catalog/recommendationFilter.ts validates against it. */
export const readFilterSchema = z
  .object({ ...shape, includeArchived: z.boolean().nullish(), includeActions: z.boolean().nullish() })
  .nullish();
/** A validated filter. */
export type ReadFilter = NonNullable<z.output<typeof readFilterSchema>>;

/**
 * The filter's conditions on `e.r`, archived rows and actions (records with a parent: decisions.md, "Lists") aside
 * unless asked for; an empty list when none apply.
 */
export function filterSql(f: ReadFilter, e: FilterEnv): Prisma.Sql[] {
  const and = f.includeArchived ? [] : [Prisma.sql`${e.r}."archivedAt" IS NULL`];
  if (!f.includeActions) and.push(Prisma.sql`${e.r}."parentId" IS NULL`);
  for (const [name, c] of Object.entries(CRITERIA) as [keyof Criteria, Criteria[keyof Criteria]][]) {
    const value = f[name];
    const condition = value == null ? null : (c.sql as (v: unknown, e: FilterEnv) => Prisma.Sql | null)(value, e);
    if (condition) and.push(condition);
  }
  return and;
}

/** `WHERE` and the conditions, or nothing when there are none. */
export const whereSql = (conditions: Prisma.Sql[]): Prisma.Sql =>
  conditions.length ? Prisma.sql`WHERE ${Prisma.join(conditions, ' AND ')}` : Prisma.empty;
