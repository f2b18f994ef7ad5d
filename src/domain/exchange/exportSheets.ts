// The catalog and the progress log as sheets, for the API's filter and an optional asOf date. Records come from
// listRecommendations (the list the API serves), status and progress as of the date from
// the same loaders the resolvers use; nothing here re-implements a filter.
import type { AppContext } from '../../context';
import type { Owner, ProgressUpdate } from '../../generated/prisma/client';
import { listRecommendations, type RecommendationRow } from '../catalog/recommendations';
import { parseFilter, type RecommendationFilterInput } from '../catalog/recommendationFilter';
import { healthOf } from '../health';
import { countingValues, indicatorsOf, valuesOf } from '../indicators/indicators';
import { distinctMeasures } from '../catalog/links';
import { encodeOwners } from './ownersCell';
import type { About, Sheet } from './spreadsheet';
import type { Cell } from './sheetCell';
import { visibleTo } from '../visibility/visibility';

export type SheetKind = 'CATALOG' | 'PROGRESS' | 'INDICATOR_VALUES';

export interface ExportRequest {
  kind: SheetKind;
  filter?: RecommendationFilterInput;
  asOf?: Date | null;
}

export const CATALOG_COLUMNS = [
  'code',
  'pillar',
  'theme',
  'titleZh',
  'titleEn',
  'summaryEn',
  'quote',
  'status',
  'progress',
  'health',
  'owners',
  'targetDate',
  'lastUpdate',
  'version',
  // Added with catalog revision 3: last, so that the columns of earlier sheets keep their places.
  'summaryZh',
  // An action's parent (issue 23); empty for a top-level record. An action's quote cell is empty: it has none of
  // its own (it shows its ancestor's).
  'parentCode',
] as const;

export const PROGRESS_COLUMNS = [
  'rowKey',
  'code',
  'occurredOn',
  'statusBefore',
  'status',
  'progressBefore',
  'progress',
  'note',
  'evidenceUrls',
  'reason',
  'corrects',
  'actor',
  'loggedAt',
  'expectedVersion',
] as const;

/**
 * The indicator values (issue 23), tidy: one row per indicator and period, the values that count (a corrected
 * value gives way to its correction). `indicator` is the indicator's own code, else `IND-<id>`; the import reads
 * code, indicator, periodStart, periodEnd, value, note and evidenceUrls, and the other columns are there to read.
 */
export const VALUE_COLUMNS = [
  'code',
  'indicator',
  'nameEn',
  'nameZh',
  'unit',
  'periodStart',
  'periodEnd',
  'value',
  'note',
  'evidenceUrls',
  'recordedBy',
  'recordedAt',
] as const;

/** An indicator's key in the value sheet. */
const indicatorKeyOf = (ind: { id: number; code: string | null }) => ind.code ?? `IND-${ind.id}`;

const PAGE = 200;
const day = (d: Date | null | undefined) => (d ? d.toISOString().slice(0, 10) : null);

/** An entry's key in a sheet: the one it was imported with, else its id. */
const rowKeyOf = (u: Pick<ProgressUpdate, 'id' | 'rowKey'>) => u.rowKey ?? `PU-${u.id}`;

async function allRecommendations(ctx: AppContext, req: ExportRequest): Promise<RecommendationRow[]> {
  const rows: RecommendationRow[] = [];
  let after: string | null = null;
  for (;;) {
    const page = await listRecommendations(ctx, { filter: req.filter, asOf: req.asOf, first: PAGE, after });
    rows.push(...page.edges.map((e) => e.node));
    if (!(await page.pageInfo.hasNextPage()) || !page.pageInfo.endCursor) return rows;
    after = page.pageInfo.endCursor;
  }
}

/** The filter's criteria that narrow, by name: what the file name and the metadata say. */
function filterCriteria(filter: RecommendationFilterInput): Record<string, string | string[]> {
  return Object.fromEntries(
    Object.entries(parseFilter(filter))
      .filter(([, v]) => v != null && v !== false && !(Array.isArray(v) && v.length === 0))
      .map(([k, v]) => [k, v instanceof Date ? day(v)! : Array.isArray(v) ? v.map(String) : String(v)]),
  );
}

const EXPORT_NAMES: Record<SheetKind, string> = {
  CATALOG: 'catalog',
  PROGRESS: 'progress-log',
  INDICATOR_VALUES: 'indicator-values',
};
const SHEET_NAMES: Record<SheetKind, string> = {
  CATALOG: 'Catalog',
  PROGRESS: 'Progress',
  INDICATOR_VALUES: 'Indicator values',
};
const exportName = (req: ExportRequest) => EXPORT_NAMES[req.kind];

/**
 * What was exported, as of which day (the request's, else today's: `current`), under which filter, and when; and
 * how many records that is, and how many measures (`distinctMeasures`: records linked SAME_MEASURE across documents
 * count once, as the dashboard counts them). Metadata, never a row: a CSV's first line stays its header.
 */
async function aboutExport(ctx: AppContext, req: ExportRequest, recs: readonly RecommendationRow[]): Promise<About> {
  return {
    export: exportName(req),
    asOf: day(req.asOf ?? ctx.now)!,
    current: !req.asOf,
    filter: filterCriteria(req.filter),
    exportedAt: ctx.now.toISOString(),
    records: String(recs.length),
    distinctMeasures: String(
      await distinctMeasures(
        ctx.db,
        recs.map((r) => r.id),
      ),
    ),
  };
}

export function fileName(ctx: AppContext, req: ExportRequest, extension: string): string {
  const filter = Object.entries(filterCriteria(req.filter)).map(([k, v]) => `${k}=${[v].flat().join('|')}`);
  const parts = [exportName(req), `asof-${day(req.asOf ?? ctx.now)}`, ...filter];
  return `${parts.join('_').replace(/[^\p{L}\p{N}._|=-]+/gu, '-')}.${extension}`;
}

export async function exportSheet(ctx: AppContext, req: ExportRequest): Promise<Sheet> {
  const recs = await allRecommendations(ctx, req);
  const base = { about: await aboutExport(ctx, req, recs), name: SHEET_NAMES[req.kind] };
  if (req.kind === 'CATALOG') return { ...base, columns: CATALOG_COLUMNS, rows: await catalogRows(ctx, recs, req) };
  if (req.kind === 'INDICATOR_VALUES')
    return { ...base, columns: VALUE_COLUMNS, rows: await valueRows(ctx, recs, req) };
  return { ...base, columns: PROGRESS_COLUMNS, rows: await progressRows(ctx, recs, req) };
}

async function catalogRows(ctx: AppContext, recs: RecommendationRow[], req: ExportRequest): Promise<Cell[][]> {
  const ids = recs.map((r) => r.id);
  const asOf = req.asOf ?? null;
  const [themes, owners, states, latest, parents] = await Promise.all([
    Promise.all(recs.map((r) => ctx.loaders.theme.load(r.themeId))),
    ctx.loaders.owners.loadMany(ids),
    asOf ? ctx.loaders.stateAsOf(asOf).loadMany(ids) : Promise.resolve(ids.map(() => null)),
    ctx.db.progressUpdate.groupBy({
      by: ['recommendationId'],
      where: { recommendationId: { in: ids }, ...(asOf && { occurredOn: { lte: asOf } }) },
      _max: { occurredOn: true },
    }),
    Promise.all(recs.map((r) => (r.parentId === null ? null : ctx.loaders.recommendation.load(r.parentId)))),
  ]);
  const lastUpdate = new Map(latest.map((l) => [l.recommendationId, l._max.occurredOn]));
  return recs.map((r, i) => {
    const state = states[i] instanceof Error ? null : states[i];
    const now = { ...r, ...(state ?? {}) };
    const theme = themes[i]!;
    const own = owners[i] instanceof Error ? [] : (owners[i] as Owner[]);
    return [
      r.code,
      theme.pillar,
      theme.code,
      r.titleZh,
      r.titleEn,
      r.summaryEn,
      r.quote,
      now.status,
      now.progress,
      healthOf(now, asOf ?? ctx.now, ctx.config.health),
      encodeOwners(own),
      day(r.targetDate),
      day(lastUpdate.get(r.id)),
      r.version,
      r.summaryZh,
      parents[i]?.code ?? null,
    ];
  });
}

async function progressRows(ctx: AppContext, recs: RecommendationRow[], req: ExportRequest): Promise<Cell[][]> {
  const codeOf = new Map(recs.map((r) => [r.id, r.code]));
  const entries = await ctx.db.progressUpdate.findMany({
    where: { recommendationId: { in: [...codeOf.keys()] }, ...(req.asOf && { occurredOn: { lte: req.asOf } }) },
    include: { corrects: { select: { id: true, rowKey: true } } },
    orderBy: [{ occurredOn: 'asc' }, { id: 'asc' }],
  });
  // In the list's order (by code), each record's entries by date: sort is stable.
  const order = new Map(recs.map((r, i) => [r.id, i]));
  entries.sort((a, b) => order.get(a.recommendationId)! - order.get(b.recommendationId)!);
  // An export without a user shows an internal entry's change, not its text (domain/visibility).
  return entries
    .map((entry) => visibleTo(ctx.actor, entry))
    .map((u) => [
      rowKeyOf(u),
      codeOf.get(u.recommendationId)!,
      day(u.occurredOn),
      u.statusBefore,
      u.status,
      u.progressBefore,
      u.progress,
      u.note,
      u.evidenceUrls.join(' '),
      null,
      u.corrects ? rowKeyOf(u.corrects) : null,
      u.actorName,
      u.createdAt.toISOString(),
      null,
    ]);
}

/** Each listed record's indicators as of the date (archived ones left out), and their values that count, by period. */
async function valueRows(ctx: AppContext, recs: RecommendationRow[], req: ExportRequest): Promise<Cell[][]> {
  const asOf = req.asOf ?? null;
  const perRecord = await Promise.all(recs.map((r) => indicatorsOf(ctx, { id: r.id, asOf })));
  const indicators = recs.flatMap((r, i) => perRecord[i].map((ind) => ({ rec: r, ind })));
  const values = await Promise.all(indicators.map(({ ind }) => valuesOf(ctx, ind)));
  return indicators.flatMap(({ rec, ind }, i) =>
    countingValues(values[i])
      .sort((a, b) => a.periodStart.getTime() - b.periodStart.getTime() || a.id - b.id)
      .map((value) => visibleTo(ctx.actor, value))
      .map((v) => [
        rec.code,
        indicatorKeyOf(ind),
        ind.nameEn,
        ind.nameZh,
        ind.unit,
        day(v.periodStart),
        day(v.periodEnd),
        v.value,
        v.note,
        v.evidenceUrls.join(' '),
        v.recordedByName,
        v.recordedAt.toISOString(),
      ]),
  );
}
