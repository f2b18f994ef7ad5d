// THE table of what each GraphQL field reads: for every field of Recommendation (and of the types a list
// nests: Theme, ProgressUpdate, Owner), the columns the resolvers' reads must take for it, and its value as
// SQL for the compiled path (graphql/compiledQuery), which answers a query only if every field it selects
// has one. A new column is one line here (see docs/architecture.md, "Changing the data model").
import { Prisma } from '../../generated/prisma/client';
import { dateJson, globalIdJson, timestampJson, typenameJson } from './json';
import { quoteSql } from './rollup';

/**
 * What a field's SQL may refer to besides its own row: the record's theme row, its health, and an entry's text as
 * the reader may see it (domain/visibility's visibleTextSql).
 */
export interface FieldEnv {
  theme: Prisma.Sql;
  health: () => Prisma.Sql;
  text: { note: (x: Prisma.Sql) => Prisma.Sql; evidenceUrls: (x: Prisma.Sql) => Prisma.Sql };
}

export interface FieldRead {
  /** Columns read for this field beyond the ones every read takes (ALWAYS_READ in columns.ts). */
  columns?: readonly string[];
  /** The field's JSON value over the row `x`; none: the compiled path leaves the query to the resolvers. */
  json?: (x: Prisma.Sql, env: FieldEnv) => Prisma.Sql;
  /** A nested object or list the compiled statement joins, by its type. */
  relation?: 'Theme' | 'ProgressUpdate' | 'Owner';
}

/** A column, read under the same name as it has in the table. */
const col = (name: string): FieldRead => ({
  columns: [name],
  json: (x) => Prisma.sql`${x}.${Prisma.raw(`"${name}"`)}`,
});
const timestamp = (name: string): FieldRead => ({
  columns: [name],
  json: (x) => timestampJson(Prisma.sql`${x}.${Prisma.raw(`"${name}"`)}`),
});
const date = (name: string): FieldRead => ({
  columns: [name],
  json: (x) => dateJson(Prisma.sql`${x}.${Prisma.raw(`"${name}"`)}`),
});
const typename = (type: string): FieldRead => ({ json: () => typenameJson(type) });
const id = (type: string): FieldRead => ({ columns: ['id'], json: (x) => globalIdJson(type, x) });
/** Resolved from other rows by the resolvers only. */
const resolved: FieldRead = {};

export const RECOMMENDATION_FIELDS: Record<string, FieldRead> = {
  __typename: typename('Recommendation'),
  id: id('Recommendation'),
  code: col('code'),
  pillar: { columns: ['themeId'], json: (_x, env) => Prisma.sql`${env.theme}.pillar` },
  theme: { columns: ['themeId'], relation: 'Theme' },
  document: { columns: ['themeId'] },
  titleZh: col('titleZh'),
  titleEn: col('titleEn'),
  summaryEn: col('summaryEn'),
  summaryZh: col('summaryZh'),
  textOrigin: {
    columns: ['titleZhOrigin', 'titleEnOrigin', 'summaryZhOrigin', 'summaryEnOrigin'],
    json: (x) =>
      Prisma.sql`json_build_object('titleZh', ${x}."titleZhOrigin", 'titleEn', ${x}."titleEnOrigin", 'summaryZh', ${x}."summaryZhOrigin", 'summaryEn', ${x}."summaryEnOrigin")`,
  },
  // An action's is its nearest ancestor's (rollup.ts, quoteSql): the resolvers read the same through a loader.
  quote: { columns: ['quote', 'parentId'], json: (x) => quoteSql(x) },
  status: col('status'),
  progress: col('progress'),
  version: col('version'),
  health: {
    columns: ['status', 'progress', 'targetDate', 'lastProgressAt', 'createdAt'],
    json: (_x, env) => env.health(),
  },
  allowedNextStatuses: { columns: ['status'] },
  targetDate: date('targetDate'),
  targetDateHistory: resolved,
  quoteHistory: resolved,
  owners: { relation: 'Owner' },
  lastProgressAt: timestamp('lastProgressAt'),
  archived: { columns: ['archivedAt'], json: (x) => Prisma.sql`(${x}."archivedAt" IS NOT NULL)` },
  archivedAt: timestamp('archivedAt'),
  // Compiled only without asOf, when the resolver answers null.
  asOf: { json: () => Prisma.sql`NULL::text` },
  createdAt: timestamp('createdAt'),
  updatedAt: timestamp('updatedAt'),
  updates: { relation: 'ProgressUpdate' },
  // Set only on subscription events (domain/live/changeStream.ts); a list answers null.
  changeCursor: { json: () => Prisma.sql`NULL::text` },
  // A second pair of eyes (domain/log/proposals.ts): read by the resolvers.
  proposals: resolved,
  openProposal: resolved,
  statusesNeedingReview: { columns: ['status'] },
  // Actions and roll-ups (domain/catalog/rollup.ts): read by the resolvers.
  parent: resolved,
  children: resolved,
  rollup: resolved,
};

const THEME_FIELDS: Record<string, FieldRead> = {
  __typename: typename('Theme'),
  id: id('Theme'),
  code: col('code'),
  pillar: col('pillar'),
  nameZh: col('nameZh'),
  nameEn: col('nameEn'),
  sectionZh: col('sectionZh'),
};

export const UPDATE_FIELDS: Record<string, FieldRead> = {
  __typename: typename('ProgressUpdate'),
  id: id('ProgressUpdate'),
  recommendation: resolved,
  // An INTERNAL entry's text is withheld from readers who are not signed in (domain/visibility).
  note: { columns: ['note'], json: (x, env) => env.text.note(x) },
  visibility: col('visibility'),
  status: col('status'),
  progress: col('progress'),
  statusBefore: col('statusBefore'),
  progressBefore: col('progressBefore'),
  evidenceUrls: { columns: ['evidenceUrls'], json: (x, env) => env.text.evidenceUrls(x) },
  occurredOn: date('occurredOn'),
  actor: col('actorName'),
  corrects: { columns: ['correctsId'] },
  createdAt: timestamp('createdAt'),
  evidence: resolved,
  changeCursor: { json: () => Prisma.sql`NULL::text` },
  proposal: { columns: ['proposalId'] },
};

const OWNER_FIELDS: Record<string, FieldRead> = {
  __typename: typename('Owner'),
  id: id('Owner'),
  name: col('name'),
  kind: col('kind'),
  nameZh: col('nameZh'),
  nameEn: col('nameEn'),
  aliases: resolved,
  mergedInto: { columns: ['mergedIntoId'] },
  archivedAt: timestamp('archivedAt'),
};

export const FIELDS_OF_TYPE = {
  Recommendation: RECOMMENDATION_FIELDS,
  Theme: THEME_FIELDS,
  ProgressUpdate: UPDATE_FIELDS,
  Owner: OWNER_FIELDS,
} as const;
