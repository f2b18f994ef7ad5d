// Indicators: admins define them (createIndicator, updateIndicator, archiveIndicator); every write, a recorded
// value included (log/indicatorValues.ts), leaves a revision with the status it computes (writeRevision), so that
// `asOf` reads an indicator exactly as it stood. Reads go through the loaders: a page's indicators and their
// values are two statements, however many records it holds.
import { z } from 'zod';
import type { Indicator, IndicatorStatus, IndicatorValue, Prisma } from '../../generated/prisma/client';
import type { AppContext, WriteContext } from '../../context';
import { authorize } from '../access/auth';
import { recordAudit } from '../audit';
import { badInput, conflict, notFound } from '../../errors';
import { inTransaction, lockRecommendation } from '../../db/transaction';
import type { IndicatorRow } from '../../db/loaders';
import { nodeId, parseInput } from '../validation';
import { toGlobalId } from '../globalId';
import { pageOfRows, pageRequest, rowsToRead, type ConnectionArgs } from '../paging/connection';
import {
  checkedDefinition,
  definitionFields,
  definitionOfRow,
  definitionOfSnapshot,
  indicatorCode,
  snapshotOf,
  statusDefinition,
  storedTargets,
  type Definition,
} from './definition';
import { latestOf, STATUS_FORMULA, STATUS_FORMULA_VERSION, statusOf, type StatusResult } from './status';

type Tx = Prisma.TransactionClient;
const DAY = 86_400_000;

/** An indicator as a read returns it: its definition as of the read's date, with what that date needs. */
export interface IndicatorView extends Definition {
  id: number;
  recommendationId: number;
  version: number;
  archived: boolean;
  /** The tolerance of its last revision (INDICATOR_TOLERANCE when it was written). */
  tolerance: number;
  /** The date it is read as of (the record's asOf), or null: now. */
  asOf: Date | null;
}

/** The end of the day `asOf`: what was written before it counts. */
const cutOf = (asOf: Date | null): Date | null => (asOf ? new Date(asOf.getTime() + DAY) : null);

const viewOfRow = (row: IndicatorRow, asOf: Date | null): IndicatorView => ({
  ...definitionOfSnapshot(row.revDefinition),
  id: row.id,
  recommendationId: row.recommendationId,
  version: row.revVersion,
  archived: row.revArchived,
  tolerance: row.revTolerance,
  asOf,
});

/** The values that count: those no other value (among `values`) corrects. */
export function countingValues<V extends Pick<IndicatorValue, 'id' | 'correctsId'>>(values: readonly V[]): V[] {
  const corrected = new Set(values.map((v) => v.correctsId).filter((id) => id !== null));
  return values.filter((v) => !corrected.has(v.id));
}

/** Whether a later value corrects `v`, among `values`. */
export const isCorrected = (v: Pick<IndicatorValue, 'id'>, values: readonly Pick<IndicatorValue, 'correctsId'>[]) =>
  values.some((o) => o.correctsId === v.id);

/** The indicators of a record as of its `asOf`, archived ones left out. */
export async function indicatorsOf(ctx: AppContext, rec: { id: number; asOf?: Date | null }) {
  const asOf = rec.asOf ?? null;
  const rows = await ctx.loaders.indicators(cutOf(asOf)).load(rec.id);
  return rows.map((r) => viewOfRow(r, asOf));
}

/** One indicator as it is now (node(id:), a value's indicator), archived or not; null when there is none. */
export async function indicatorById(ctx: AppContext, id: number): Promise<IndicatorView | null> {
  const row = await ctx.loaders.indicatorById.load(id);
  return row && viewOfRow(row, null);
}

/** Its values as of its date, latest period first. */
export const valuesOf = (ctx: AppContext, ind: Pick<IndicatorView, 'id' | 'asOf'>): Promise<IndicatorValue[]> =>
  ctx.loaders.indicatorValues(cutOf(ind.asOf)).load(ind.id);

export interface StatusExplanation extends StatusResult {
  version: string;
  formula: string;
  tolerance: number;
  asOf: Date;
  baselineValue: number;
  baselineDate: Date;
}

/** Its status and the inputs behind it, as of its date. */
export async function explain(ctx: AppContext, ind: IndicatorView): Promise<StatusExplanation> {
  const counting = countingValues(await valuesOf(ctx, ind));
  return {
    ...statusOf(statusDefinition(ind), counting, ind.tolerance),
    version: STATUS_FORMULA_VERSION,
    formula: STATUS_FORMULA,
    tolerance: ind.tolerance,
    asOf: cutOf(ind.asOf) ?? ctx.now,
    baselineValue: ind.baseline.value,
    baselineDate: ind.baseline.date,
  };
}

/** A proposal's indicator value (Proposal.indicatorValue), as log/indicatorValues.ts keeps it. */
export interface ProposedValue {
  indicatorId: number;
  periodStart: string;
  periodEnd: string;
  value: number;
  note: string;
  correctsId: number | null;
}

export type IndicatorValuePage = ReturnType<typeof pageOfRows<IndicatorValue, number>> & { totalCount: number };

/** A page of its values, latest period first; cursors are the values' global ids. */
export async function valuePage(
  ctx: AppContext,
  ind: IndicatorView,
  args: ConnectionArgs,
): Promise<IndicatorValuePage> {
  const all = await valuesOf(ctx, ind);
  const req = pageRequest(args, (cursor) => {
    const at = all.findIndex((v) => toGlobalId('IndicatorValue', v.id) === cursor);
    if (at < 0) throw badInput('after is not a cursor of this list.', { field: 'after' });
    return at;
  });
  if (req.backward) throw badInput('values pages forwards only: pass first and after.', { field: 'last' });
  const from = req.after === null ? 0 : req.after + 1;
  const rows = all.slice(from, from + rowsToRead(req));
  return {
    ...pageOfRows(
      rows,
      req,
      (v) => toGlobalId('IndicatorValue', v.id),
      async (at) => at >= 0,
    ),
    totalCount: all.length,
  };
}

/** Whether one of the record's indicators is OFF_TRACK as of its asOf (health: at least AT_RISK). */
export async function hasOffTrackIndicator(ctx: AppContext, rec: { id: number; asOf?: Date | null }) {
  const all = await indicatorsOf(ctx, rec);
  for (const ind of all) if ((await explain(ctx, ind)).status === 'OFF_TRACK') return true;
  return false;
}

export const latestValueOf = async (ctx: AppContext, ind: IndicatorView) =>
  latestOf(countingValues(await valuesOf(ctx, ind)));

/**
 * Records the indicator as this write leaves it: its status computed from its values (stored on the row for the
 * SQL health) and a revision with its definition, archiving and the tolerance in force. Every write calls it.
 */
export async function writeRevision(tx: Tx, indicatorId: number, tolerance: number, now: Date): Promise<Indicator> {
  const ind = await tx.indicator.findUniqueOrThrow({ where: { id: indicatorId } });
  const values = await tx.indicatorValue.findMany({ where: { indicatorId }, orderBy: { id: 'asc' } });
  const def = definitionOfRow(ind);
  const status: IndicatorStatus = statusOf(statusDefinition(def), countingValues(values), tolerance).status;
  const updated = await tx.indicator.update({ where: { id: indicatorId }, data: { status } });
  await tx.indicatorRevision.create({
    data: {
      indicatorId,
      version: ind.version,
      definition: snapshotOf(def),
      archived: ind.archivedAt !== null,
      tolerance,
      status,
      createdAt: now,
    },
  });
  return updated;
}

const createSchema = z.object({
  recommendationCode: z.string().max(64),
  code: indicatorCode.nullish(),
  ...definitionFields,
});
const updateSchema = z.object({
  id: nodeId('Indicator', 'id'),
  expectedVersion: z.number().int().min(1),
  ...Object.fromEntries(Object.entries(definitionFields).map(([k, v]) => [k, v.optional()])),
}) as unknown as z.ZodType<
  { id: number; expectedVersion: number } & Partial<z.output<z.ZodObject<typeof definitionFields>>>
>;
const archiveSchema = z.object({ id: nodeId('Indicator', 'id'), expectedVersion: z.number().int().min(1) });

const rowData = (d: Definition) => ({
  code: d.code,
  nameZh: d.nameZh,
  nameEn: d.nameEn,
  unit: d.unit,
  min: d.min,
  max: d.max,
  direction: d.direction,
  disaggregation: d.disaggregation,
  baselineValue: d.baseline.value,
  baselineDate: d.baseline.date,
  baselineSource: d.baseline.source,
  targets: storedTargets(d.targets),
});

/** What the audit trail shows of an indicator. */
const audited = (ind: Indicator) => ({
  indicatorId: ind.id,
  version: ind.version,
  archived: ind.archivedAt !== null,
  status: ind.status,
  definition: snapshotOf(definitionOfRow(ind)),
});

export async function createIndicator(ctx: WriteContext, raw: unknown): Promise<Indicator> {
  const actor = authorize(ctx.actor, 'createIndicator');
  const input = parseInput(createSchema, raw);
  const def = checkedDefinition({
    ...input,
    code: input.code ?? null,
    min: input.min ?? null,
    max: input.max ?? null,
    disaggregation: input.disaggregation ?? null,
  });
  return inTransaction(ctx.db, async (tx) => {
    const rec = await lockRecommendation(tx, input.recommendationCode);
    if (!rec) throw notFound(`No recommendation with code ${input.recommendationCode}.`);
    if (rec.archivedAt) throw badInput(`${rec.code} is archived; restore it before adding an indicator.`);
    if (def.code && (await tx.indicator.findFirst({ where: { recommendationId: rec.id, code: def.code } })))
      throw badInput(`${rec.code} already has an indicator ${def.code}.`, { field: 'code' });
    const created = await tx.indicator.create({ data: { recommendationId: rec.id, ...rowData(def) } });
    const ind = await writeRevision(tx, created.id, ctx.config.indicatorTolerance, ctx.now);
    await recordAudit(tx, actor, 'createIndicator', rec, null, audited(ind));
    return ind;
  });
}

/** The indicator and its record, the record's row locked (every write to it is serialised there). */
export async function lockIndicator(tx: Tx, id: number, rawId: unknown) {
  const found = await tx.indicator.findUnique({ where: { id }, include: { recommendation: true } });
  if (!found) throw notFound(`No indicator ${String(rawId)}.`);
  const rec = (await lockRecommendation(tx, found.recommendation.code))!;
  const ind = await tx.indicator.findUniqueOrThrow({ where: { id } });
  return { rec, ind };
}

export function checkVersion(ind: Indicator, expected: number | null | undefined): void {
  if (expected != null && expected !== ind.version)
    throw conflict(`The indicator is at version ${ind.version}, not ${expected}: reload and retry.`, {
      currentVersion: ind.version,
    });
}

export async function updateIndicator(ctx: WriteContext, raw: { id: string } & Record<string, unknown>) {
  const actor = authorize(ctx.actor, 'updateIndicator');
  const input = parseInput(updateSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const { rec, ind } = await lockIndicator(tx, input.id, raw.id);
    checkVersion(ind, input.expectedVersion);
    if (ind.archivedAt) throw badInput('The indicator is archived.', { field: 'id' });
    const was = definitionOfRow(ind);
    const pick = <K extends keyof Definition>(k: K, v: Definition[K] | undefined) => (v === undefined ? was[k] : v);
    const def = checkedDefinition({
      code: was.code,
      nameZh: pick('nameZh', input.nameZh),
      nameEn: pick('nameEn', input.nameEn),
      unit: pick('unit', input.unit),
      min: pick('min', input.min),
      max: pick('max', input.max),
      direction: pick('direction', input.direction),
      disaggregation: pick('disaggregation', input.disaggregation),
      baseline: pick('baseline', input.baseline),
      targets: pick('targets', input.targets),
    });
    await tx.indicator.update({ where: { id: ind.id }, data: { ...rowData(def), version: { increment: 1 } } });
    const updated = await writeRevision(tx, ind.id, ctx.config.indicatorTolerance, ctx.now);
    await recordAudit(tx, actor, 'updateIndicator', rec, audited(ind), audited(updated));
    return updated;
  });
}

export async function archiveIndicator(ctx: WriteContext, raw: { id: string; expectedVersion: number }) {
  const actor = authorize(ctx.actor, 'archiveIndicator');
  const input = parseInput(archiveSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const { rec, ind } = await lockIndicator(tx, input.id, raw.id);
    checkVersion(ind, input.expectedVersion);
    if (ind.archivedAt) throw badInput('The indicator is archived already.', { field: 'id' });
    await tx.indicator.update({ where: { id: ind.id }, data: { archivedAt: ctx.now, version: { increment: 1 } } });
    const updated = await writeRevision(tx, ind.id, ctx.config.indicatorTolerance, ctx.now);
    await recordAudit(tx, actor, 'archiveIndicator', rec, audited(ind), audited(updated));
    return updated;
  });
}
