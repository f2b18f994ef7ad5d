// The open data's tables, each a CSV beside datapackage.json. Three are the exports' sheets (exportSheets.ts: the
// catalog, the log, the indicator values), with actions included, read as nobody: open data is public whoever
// downloads it, so it never carries what only a signed-in reader may see. The other four are read here, and
// every table goes out through the exports' one CSV writer (spreadsheet.ts), so the files read alike.
import type { AppContext } from '../../context';
import { exportSheet, type SheetKind } from '../exchange/exportSheets';
import { encodeSheet, type Sheet } from '../exchange/spreadsheet';
import type { Cell } from '../exchange/sheetCell';
import { indicatorsOf } from '../indicators/indicators';
import {
  DOCUMENT_FIELDS,
  INDICATOR_FIELDS,
  OWNER_FIELDS,
  PROGRESS_FIELDS,
  RECOMMENDATION_FIELDS,
  THEME_FIELDS,
  VALUE_FIELDS,
  type Field,
} from './fields';

export interface OpenTable {
  /** The resource's name in the Data Package, and its file's: `<name>.csv`. */
  name: string;
  title: string;
  description: string;
  fields: Field[];
  primaryKey?: string[];
  foreignKeys?: { fields: string[]; reference: { resource: string; fields: string[] } }[];
  rows(ctx: AppContext): Promise<Cell[][]>;
}

const day = (d: Date | null) => (d ? d.toISOString().slice(0, 10) : null);
const refersTo = (field: string, resource: string, key: string) => ({
  fields: [field],
  reference: { resource, fields: [key] },
});

/** Open data is what an anonymous reader may see, whoever asks: the same context with nobody signed in. */
const anonymous = (ctx: AppContext): AppContext => ({ ...ctx, actor: null });

const exported = (kind: SheetKind) => async (ctx: AppContext) =>
  (await exportSheet(anonymous(ctx), { kind, filter: { includeActions: true } })).rows;

async function documentRows(ctx: AppContext): Promise<Cell[][]> {
  const docs = await ctx.db.sourceDocument.findMany({ orderBy: { id: 'asc' } });
  return docs.map((d) => [
    d.slug,
    d.kind,
    d.titleZh,
    d.titleEn,
    d.author,
    d.publisher,
    d.language,
    d.url,
    day(d.publishedOn),
    d.revision,
  ]);
}

async function themeRows(ctx: AppContext): Promise<Cell[][]> {
  const themes = await ctx.db.theme.findMany({
    include: { document: { select: { slug: true } } },
    orderBy: [{ documentId: 'asc' }, { sortOrder: 'asc' }, { id: 'asc' }],
  });
  return themes.map((t) => [t.code, t.document.slug, t.pillar, t.nameZh, t.nameEn, t.sectionZh]);
}

/** Every live record's indicators that are not archived, as the value sheet lists them. */
async function indicatorRows(ctx: AppContext): Promise<Cell[][]> {
  const recs = await ctx.db.recommendation.findMany({
    where: { archivedAt: null },
    select: { id: true, code: true },
    orderBy: { code: 'asc' },
  });
  const perRecord = await Promise.all(recs.map((r) => indicatorsOf(ctx, { id: r.id })));
  return recs.flatMap((r, i) =>
    perRecord[i]
      .filter((ind) => !ind.archived)
      .map((ind) => [
        r.code,
        ind.code ?? `IND-${ind.id}`,
        ind.nameEn,
        ind.nameZh,
        ind.unit,
        ind.direction,
        ind.baseline.value,
        day(ind.baseline.date),
        ind.baseline.source,
        ind.targets.map((t) => `${t.value} by ${day(t.dueDate)}`).join('; '),
      ]),
  );
}

/** Owners that were merged into another live on as their survivor's names, so only the survivors are listed. */
async function ownerRows(ctx: AppContext): Promise<Cell[][]> {
  const owners = await ctx.db.owner.findMany({ where: { mergedIntoId: null }, orderBy: { name: 'asc' } });
  return owners.map((o) => [o.name, o.kind, o.nameZh, o.nameEn, String(o.archivedAt !== null)]);
}

export const OPEN_TABLES: readonly OpenTable[] = [
  {
    name: 'documents',
    title: 'Policy documents',
    description: 'The policy documents whose measures the tracker follows.',
    fields: DOCUMENT_FIELDS,
    primaryKey: ['slug'],
    rows: documentRows,
  },
  {
    name: 'themes',
    title: 'Themes',
    description: "Each document's themes, in the document's order.",
    fields: THEME_FIELDS,
    primaryKey: ['code'],
    foreignKeys: [refersTo('document', 'documents', 'slug')],
    rows: themeRows,
  },
  {
    name: 'recommendations',
    title: 'Recommendations and their actions',
    description: 'Every live measure and action: its quote, status, progress, health, owners and target date.',
    fields: RECOMMENDATION_FIELDS,
    primaryKey: ['code'],
    foreignKeys: [refersTo('theme', 'themes', 'code')],
    rows: exported('CATALOG'),
  },
  {
    name: 'progress-log',
    title: 'Public progress log',
    description: 'What happened to each measure, with evidence. Internal notes are never published.',
    fields: PROGRESS_FIELDS,
    primaryKey: ['rowKey'],
    foreignKeys: [refersTo('code', 'recommendations', 'code')],
    rows: exported('PROGRESS'),
  },
  {
    name: 'indicators',
    title: 'Indicators',
    description: "The measures' indicators: unit, direction, baseline and targets.",
    fields: INDICATOR_FIELDS,
    primaryKey: ['code', 'indicator'],
    foreignKeys: [refersTo('code', 'recommendations', 'code')],
    rows: indicatorRows,
  },
  {
    name: 'indicator-values',
    title: 'Indicator values',
    description: "The indicators' values by period, the ones that count (a corrected value gives way).",
    fields: VALUE_FIELDS,
    foreignKeys: [
      { fields: ['code', 'indicator'], reference: { resource: 'indicators', fields: ['code', 'indicator'] } },
    ],
    rows: exported('INDICATOR_VALUES'),
  },
  {
    name: 'owners',
    title: 'Institutions',
    description: 'The institutions responsible for measures (merged ones under their survivor).',
    fields: OWNER_FIELDS,
    primaryKey: ['name'],
    rows: ownerRows,
  },
];

export const openTable = (name: string): OpenTable | undefined => OPEN_TABLES.find((t) => t.name === name);

/** A table as its CSV file: the exports' writer (UTF-8 with a BOM, CRLF, text cells quoted). */
export async function tableCsv(ctx: AppContext, table: OpenTable): Promise<Buffer> {
  const sheet: Sheet = {
    columns: table.fields.map((f) => f.name),
    rows: await table.rows(ctx),
    name: table.title,
    about: {},
  };
  return encodeSheet(sheet, 'CSV');
}
