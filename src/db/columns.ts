// Which columns a read needs for the GraphQL fields it serves. Reading only those matters on the hot list
// page: every value read is encoded by PostgreSQL, parsed by Node and collected as garbage afterwards.
// A field not listed (one added to the schema later) makes a read take the whole row, never too little.

/** The columns behind each ProgressUpdate field; null: no column of its own. id and recommendationId are always read. */
const UPDATE_COLUMNS: Record<string, string | null> = {
  __typename: null,
  id: null,
  recommendation: null,
  note: 'note',
  status: 'status',
  progress: 'progress',
  statusBefore: 'statusBefore',
  progressBefore: 'progressBefore',
  evidenceUrls: 'evidenceUrls',
  occurredOn: 'occurredOn',
  actor: 'actorName',
  corrects: 'correctsId',
  createdAt: 'createdAt',
};

/** ProgressUpdate columns that are timestamps or dates, for readers that receive them as JSON text. */
export const UPDATE_TIMESTAMPS = ['createdAt'] as const;
export const UPDATE_DATES = ['occurredOn'] as const;

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
];
const RECOMMENDATION_TEXTS: Record<string, string> = {
  titleZh: 'titleZh',
  titleEn: 'titleEn',
  summaryEn: 'summaryEn',
  quote: 'quote',
};
const RECOMMENDATION_OTHER_FIELDS = new Set([
  '__typename',
  'id',
  'code',
  'pillar',
  'theme',
  'document',
  'status',
  'progress',
  'version',
  'health',
  'allowedNextStatuses',
  'targetDate',
  'targetDateHistory',
  'quoteHistory',
  'owners',
  'lastProgressAt',
  'archived',
  'archivedAt',
  'asOf',
  'createdAt',
  'updatedAt',
  'updates',
]);
const RECOMMENDATION_ALL = [...RECOMMENDATION_ALWAYS, ...Object.values(RECOMMENDATION_TEXTS)];

export const RECOMMENDATION_TIMESTAMPS = ['lastProgressAt', 'archivedAt', 'createdAt', 'updatedAt'] as const;
export const RECOMMENDATION_DATES = ['targetDate'] as const;

/** A page's records share one field set: each list of columns is worked out once per set, not per record. */
function memoised(build: (fields: ReadonlySet<string>) => string[]) {
  const lists = new WeakMap<ReadonlySet<string>, string[]>();
  return (fields: ReadonlySet<string>): string[] => {
    let list = lists.get(fields);
    if (!list) lists.set(fields, (list = build(fields)));
    return list;
  };
}

/** The ProgressUpdate columns these fields need, or null for the whole row. */
export const updateColumns = memoised((fields) => {
  const cols = new Set(['id', 'recommendationId']);
  for (const f of fields) {
    if (!Object.hasOwn(UPDATE_COLUMNS, f)) return ['*'];
    const col = UPDATE_COLUMNS[f];
    if (col) cols.add(col);
  }
  return [...cols];
});

/** The Recommendation columns these fields need; all of them when a field is not known here. */
export const recommendationColumns = memoised((fields) => {
  const cols = [...RECOMMENDATION_ALWAYS];
  for (const f of fields) {
    if (Object.hasOwn(RECOMMENDATION_TEXTS, f)) cols.push(RECOMMENDATION_TEXTS[f]);
    else if (!RECOMMENDATION_OTHER_FIELDS.has(f)) return RECOMMENDATION_ALL;
  }
  return [...new Set(cols)];
});

/** A select list of these columns on table alias `alias` (`alias.*` for the whole row). */
export const columnList = (cols: readonly string[], alias: string): string =>
  cols[0] === '*' ? `${alias}.*` : cols.map((c) => `${alias}."${c}"`).join(', ');
