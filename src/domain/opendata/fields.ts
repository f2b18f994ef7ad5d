// The columns of each open-data table as Table Schema fields (Frictionless, v2): a name, a type a reader can
// parse the cell as, and what it holds. The three tables that /export also serves take their columns from
// exchange/exportSheets.ts, keyed by column name, so that a column added there without a field here fails to
// compile rather than going out undescribed.
import { DocumentKind, OwnerKind, Pillar, RecommendationStatus } from '../../generated/prisma/enums';
import { HEALTHS } from '../health';
import { CATALOG_COLUMNS, PROGRESS_COLUMNS, VALUE_COLUMNS } from '../exchange/exportSheets';

export interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'datetime';
  description: string;
  constraints?: { required?: boolean; enum?: readonly string[]; minimum?: number; maximum?: number };
}

type Spec = Omit<Field, 'name'>;
const text = (description: string, required = false): Spec => ({
  type: 'string',
  description,
  ...(required && { constraints: { required } }),
});
const oneOf = (description: string, values: readonly string[]): Spec => ({
  type: 'string',
  description,
  constraints: { enum: values },
});
const date = (description: string): Spec => ({ type: 'date', description });
const instant = (description: string): Spec => ({ type: 'datetime', description });
const percent = (description: string): Spec => ({
  type: 'integer',
  description,
  constraints: { minimum: 0, maximum: 100 },
});

/** Fields in the order of `columns`, each described by `specs` (a record of every column: none forgotten). */
const inOrder = <C extends string>(columns: readonly C[], specs: Record<C, Spec>): Field[] =>
  columns.map((name) => ({ name, ...specs[name] }));

const STATUSES = Object.values(RecommendationStatus);

export const RECOMMENDATION_FIELDS = inOrder(CATALOG_COLUMNS, {
  code: text("The record's code; an action's is its parent's plus \".n\" (GOV-SANDBOX-03.1).", true),
  pillar: oneOf("The theme's pillar, where it has one.", Object.values(Pillar)),
  theme: text("The theme's code (themes.csv).", true),
  titleZh: text('Title in Chinese.'),
  titleEn: text('Title in English.'),
  summaryEn: text('Summary in English.'),
  quote: text("The document's verbatim words it quotes; empty for an action, which shows its ancestor's."),
  status: oneOf('Where it stands (docs/lifecycle.md).', STATUSES),
  progress: percent('Progress, in percent.'),
  health: oneOf('ON_TRACK, AT_RISK or OVERDUE, by the health rules (docs/lifecycle.md).', HEALTHS),
  owners: text('Its institutions, the lead first: "Name (KIND); Name (KIND)", a ";" in a name written "\\;".'),
  targetDate: date('When it is due.'),
  lastUpdate: date('The day of its latest log entry.'),
  version: { type: 'integer', description: 'Its version: every write adds one.' },
  summaryZh: text('Summary in Chinese.'),
  parentCode: text("An action's parent; empty for a top-level record."),
});

export const PROGRESS_FIELDS = inOrder(PROGRESS_COLUMNS, {
  rowKey: text("The entry's key: the one it was imported with, else PU-<id>.", true),
  code: text("The record's code (recommendations.csv).", true),
  occurredOn: date('When it happened.'),
  statusBefore: oneOf('The status before the entry.', STATUSES),
  status: oneOf('The status it set.', STATUSES),
  progressBefore: percent('Progress before the entry.'),
  progress: percent('Progress it set.'),
  note: text('What happened. An internal note is never published: its text is empty here.'),
  evidenceUrls: text('Evidence links, separated by spaces.'),
  reason: text('Unused in the open data (an import column).'),
  corrects: text('The rowKey of the entry this one corrects.'),
  actor: text('Who logged it.'),
  loggedAt: instant('When it was logged.'),
  expectedVersion: { type: 'integer', description: 'Unused in the open data (an import column).' },
});

export const VALUE_FIELDS = inOrder(VALUE_COLUMNS, {
  code: text("The record's code (recommendations.csv).", true),
  indicator: text("The indicator's key (indicators.csv).", true),
  nameEn: text("The indicator's name in English."),
  nameZh: text("The indicator's name in Chinese."),
  unit: text('Its unit.'),
  periodStart: date('The first day of the period the value is for.'),
  periodEnd: date('The last day of that period.'),
  value: { type: 'number', description: 'The value; a corrected value gives way to its correction.' },
  note: text('What the value rests on.'),
  evidenceUrls: text('Evidence links, separated by spaces.'),
  recordedBy: text('Who recorded it.'),
  recordedAt: instant('When it was recorded.'),
});

const DOCUMENT_COLUMNS = [
  'slug',
  'kind',
  'titleZh',
  'titleEn',
  'author',
  'publisher',
  'language',
  'url',
  'publishedOn',
  'revision',
] as const;
export const DOCUMENT_FIELDS = inOrder(DOCUMENT_COLUMNS, {
  slug: text("The document's slug, as in its page's address.", true),
  kind: oneOf('What kind of document it is.', Object.values(DocumentKind)),
  titleZh: text('Title in Chinese.'),
  titleEn: text('Title in English.'),
  author: text('Its author, where known.'),
  publisher: text('Its publisher, where known.'),
  language: text("The language of its text (BCP 47, e.g. 'zh')."),
  url: text('Where it was published.'),
  publishedOn: date('When it was published.'),
  revision: { type: 'integer', description: 'How many texts it has had: 1, then one more each revision.' },
});

const THEME_COLUMNS = ['code', 'document', 'pillar', 'nameZh', 'nameEn', 'sectionZh'] as const;
export const THEME_FIELDS = inOrder(THEME_COLUMNS, {
  code: text("The theme's code.", true),
  document: text("Its document's slug (documents.csv).", true),
  pillar: oneOf('Its pillar, where it has one.', Object.values(Pillar)),
  nameZh: text('Name in Chinese.'),
  nameEn: text('Name in English.'),
  sectionZh: text("The document's section it belongs to, as its heading reads."),
});

const INDICATOR_COLUMNS = [
  'code',
  'indicator',
  'nameEn',
  'nameZh',
  'unit',
  'direction',
  'baselineValue',
  'baselineDate',
  'baselineSource',
  'targets',
] as const;
export const INDICATOR_FIELDS = inOrder(INDICATOR_COLUMNS, {
  code: text("The record's code (recommendations.csv).", true),
  indicator: text("The indicator's own code, else IND-<id>.", true),
  nameEn: text('Name in English.'),
  nameZh: text('Name in Chinese.'),
  unit: text('Its unit.'),
  direction: oneOf('Which way is better.', ['INCREASE', 'DECREASE', 'MAINTAIN']),
  baselineValue: { type: 'number', description: 'The baseline value.' },
  baselineDate: date('The baseline date.'),
  baselineSource: text('Where the baseline comes from.'),
  targets: text('Its targets, "value by YYYY-MM-DD", separated by "; ".'),
});

const OWNER_COLUMNS = ['name', 'kind', 'nameZh', 'nameEn', 'archived'] as const;
export const OWNER_FIELDS = inOrder(OWNER_COLUMNS, {
  name: text('The name it is shown by, as in recommendations.csv\'s "owners".', true),
  kind: oneOf('What kind of institution it is.', Object.values(OwnerKind)),
  nameZh: text('Its Chinese name, where known.'),
  nameEn: text('Its English name, where known.'),
  archived: oneOf('Whether it is archived (no longer offered as a new owner).', ['true', 'false']),
});
