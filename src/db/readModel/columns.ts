// Which columns a read needs for the GraphQL fields it serves, from the field table (fields.ts). Reading only
// those matters on the hot list page: every value read is encoded by PostgreSQL, parsed by Node and collected
// as garbage afterwards. A field the table does not know makes a read take the whole row, never too little.
import { Prisma } from '../../generated/prisma/client';
import { RECOMMENDATION_FIELDS, UPDATE_FIELDS, type FieldRead } from './fields';

/**
 * Recommendation columns every list read takes: identity, the cursor keys, and what status, health, archived
 * and the relations are computed from. They are small; the long texts are read only when asked for.
 */
const RECOMMENDATION_ALWAYS = [
  'id',
  'code',
  'themeId',
  'status',
  'progress',
  'version',
  'targetDate',
  'lastProgressAt',
  'archivedAt',
  'createdAt',
  'updatedAt',
  // An action's quote and parent, and a parent's progress as of a date (its roll-up), are read from these.
  'parentId',
  'rollupRule',
  'rollupVersion',
];
/** Every entry a loader groups by, and its visibility, which decides what its note and evidence show. */
const UPDATE_ALWAYS = ['id', 'recommendationId', 'visibility'];

/** Columns that are timestamps or dates, for readers that receive them as JSON text. */
export const RECOMMENDATION_TIMESTAMPS = ['lastProgressAt', 'archivedAt', 'createdAt', 'updatedAt'] as const;
export const RECOMMENDATION_DATES = ['targetDate'] as const;
export const UPDATE_TIMESTAMPS = ['createdAt'] as const;
export const UPDATE_DATES = ['occurredOn'] as const;

/** A page's records share one field set: each list of columns is worked out once per set, not per record. */
function columnsFor(table: Record<string, FieldRead>, always: readonly string[]) {
  const lists = new WeakMap<ReadonlySet<string>, string[]>();
  const build = (fields: ReadonlySet<string>): string[] => {
    const cols = new Set(always);
    for (const f of fields) {
      if (!Object.hasOwn(table, f)) return ['*'];
      for (const c of table[f].columns ?? []) cols.add(c);
    }
    return [...cols];
  };
  return (fields: ReadonlySet<string>): string[] => {
    let list = lists.get(fields);
    if (!list) lists.set(fields, (list = build(fields)));
    return list;
  };
}

/** The Recommendation columns these fields need (['*']: the whole row). */
export const recommendationColumns = columnsFor(RECOMMENDATION_FIELDS, RECOMMENDATION_ALWAYS);
/** The ProgressUpdate columns these fields need (['*']: the whole row). */
export const updateColumns = columnsFor(UPDATE_FIELDS, UPDATE_ALWAYS);

/** A select list of these columns on the row `x` (`x.*` for the whole row). */
export const columnList = (cols: readonly string[], x: Prisma.Sql): Prisma.Sql =>
  cols[0] === '*'
    ? Prisma.sql`${x}.*`
    : Prisma.join(
        cols.map((c) => Prisma.sql`${x}.${Prisma.raw(`"${c}"`)}`),
        ', ',
      );
