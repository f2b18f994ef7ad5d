// recordIndicatorValue: an indicator's value for a period, recorded as a log entry of its record like any other
// (appendEntry.ts: the entry, its evidence, the record's version, the audit entry, and so the feed, Atom, the
// subscriptions and the webhooks), plus the value itself and the indicator's new revision. A value that meets a
// target the indicator had not met goes to review first (proposals.ts), as a decisive status does; approving it
// (review.ts) appends it here, checked again against the indicator as it is then.
import { z } from 'zod';
import { Visibility } from '../../generated/prisma/enums';
import type { Indicator, IndicatorValue, Prisma, Proposal, Recommendation } from '../../generated/prisma/client';
import type { WriteContext } from '../../context';
import { authorize, type Actor } from '../access/auth';
import { badInput } from '../../errors';
import { inTransaction } from '../../db/transaction';
import { httpUrl, LIMITS, nodeId, parseInput } from '../validation';
import { startOfUtcDay } from '../health';
import { checkInBounds, definitionOfRow, finiteNumber, statusDefinition } from '../indicators/definition';
import { checkVersion, countingValues, lockIndicator, writeRevision } from '../indicators/indicators';
import { newlyMetTargets } from '../indicators/status';
import { appendEntry } from './appendEntry';
import { openProposal } from './proposals';

type Tx = Prisma.TransactionClient;

const recordSchema = z.object({
  indicatorId: nodeId('Indicator', 'indicatorId'),
  periodStart: z.date(),
  periodEnd: z.date(),
  value: finiteNumber,
  note: z
    .string()
    .max(LIMITS.note)
    .nullish()
    .transform((s) => s?.trim() ?? ''),
  evidenceUrls: z.array(httpUrl).max(LIMITS.urls, `at most ${LIMITS.urls} evidence links`).nullish(),
  correctsId: nodeId('IndicatorValue', 'correctsId').nullish(),
  expectedVersion: z.number().int().min(1).nullish(),
  visibility: z.enum(Visibility).nullish(),
});

/** A value as checked, and as a proposal keeps it (Proposal.indicatorValue). */
interface NewValue {
  indicatorId: number;
  periodStart: string;
  periodEnd: string;
  value: number;
  note: string;
  correctsId: number | null;
}

const day = (d: Date) => d.toISOString().slice(0, 10);
const dateOf = (s: string) => new Date(`${s}T00:00:00Z`);

/**
 * The rules a value meets against the indicator's values as they are: its period in order, its value within the
 * unit's bounds, the value it corrects one of this indicator's that nothing corrected yet, and its period
 * overlapping no value that counts (the one it corrects aside). Returns the values that count, without the
 * corrected one.
 */
async function checkValue(tx: Tx, ind: Indicator, v: NewValue, rawCorrectsId: unknown): Promise<IndicatorValue[]> {
  if (v.periodEnd < v.periodStart)
    throw badInput(`periodEnd (${v.periodEnd}) is before periodStart (${v.periodStart}).`, { field: 'periodEnd' });
  checkInBounds(definitionOfRow(ind), v.value, 'value');
  const values = await tx.indicatorValue.findMany({ where: { indicatorId: ind.id }, orderBy: { id: 'asc' } });
  const counting = countingValues(values);
  if (v.correctsId !== null && !counting.some((c) => c.id === v.correctsId))
    throw badInput(`correctsId ${String(rawCorrectsId)} is not a value of this indicator that still counts.`, {
      field: 'correctsId',
    });
  const others = counting.filter((c) => c.id !== v.correctsId);
  const clash = others.find((c) => day(c.periodStart) <= v.periodEnd && day(c.periodEnd) >= v.periodStart);
  if (clash)
    throw badInput(
      `The period ${v.periodStart}–${v.periodEnd} overlaps the value recorded for ` +
        `${day(clash.periodStart)}–${day(clash.periodEnd)}; correct that value instead (correctsId).`,
      { field: 'periodStart' },
    );
  return others;
}

/** The log entry's note: what was recorded, in words, then the recorder's note. */
const entryNote = (ind: Indicator, v: NewValue) =>
  `${ind.nameEn} (${ind.nameZh}): ${v.value} ${ind.unit} for ${v.periodStart} to ${v.periodEnd}` +
  (v.correctsId !== null ? ' (a correction)' : '') +
  (v.note ? `\n\n${v.note}` : '');

/** The day the entry happened: the period's end, or today if the period ends later. */
const occurredOnOf = (v: NewValue, now: Date) => {
  const end = dateOf(v.periodEnd);
  const today = startOfUtcDay(now);
  return end < today ? end : today;
};

/** Appends the value: the log entry (in `author`'s name), the value, the indicator's version and revision. */
async function appendValue(
  ctx: WriteContext,
  tx: Tx,
  actor: Actor,
  operation: 'recordIndicatorValue' | 'approveIndicatorValue',
  rec: Recommendation,
  ind: Indicator,
  v: NewValue,
  e: {
    evidenceUrls: string[];
    visibility: Visibility;
    author: { id: number | null; name: string };
    proposalId?: number;
  },
  audited: { before?: object; after?: object } = {},
) {
  const said = { indicatorId: ind.id, periodStart: v.periodStart, periodEnd: v.periodEnd, value: v.value };
  const { update } = await appendEntry(
    tx,
    actor,
    operation,
    rec,
    {
      status: rec.status,
      progress: rec.progress,
      note: entryNote(ind, v),
      evidenceUrls: e.evidenceUrls,
      occurredOn: occurredOnOf(v, ctx.now),
      correctsId: null,
      rowKey: null,
      visibility: e.visibility,
      author: e.author,
      proposalId: e.proposalId,
    },
    { before: audited.before, after: { ...audited.after, indicatorValue: { ...said, correctsId: v.correctsId } } },
  );
  const value = await tx.indicatorValue.create({
    data: {
      indicatorId: ind.id,
      periodStart: dateOf(v.periodStart),
      periodEnd: dateOf(v.periodEnd),
      value: v.value,
      note: v.note,
      evidenceUrls: e.evidenceUrls,
      correctsId: v.correctsId,
      recordedById: e.author.id,
      recordedByName: e.author.name,
      recordedAt: ctx.now,
      progressUpdateId: update.id,
      visibility: e.visibility,
    },
  });
  await tx.indicator.update({ where: { id: ind.id }, data: { version: { increment: 1 } } });
  const indicator = await writeRevision(tx, ind.id, ctx.config.indicatorTolerance, ctx.now);
  return { value, indicator };
}

export async function recordIndicatorValue(ctx: WriteContext, raw: { indicatorId: string } & Record<string, unknown>) {
  const actor = authorize(ctx.actor, 'recordIndicatorValue');
  const input = parseInput(recordSchema, raw);
  const v: NewValue = {
    indicatorId: input.indicatorId,
    periodStart: day(input.periodStart),
    periodEnd: day(input.periodEnd),
    value: input.value,
    note: input.note,
    correctsId: input.correctsId ?? null,
  };
  const evidenceUrls = input.evidenceUrls ?? [];
  const visibility = input.visibility ?? 'PUBLIC';
  return inTransaction(ctx.db, async (tx) => {
    const { rec, ind } = await lockIndicator(tx, input.indicatorId, raw.indicatorId);
    if (rec.archivedAt) throw badInput(`${rec.code} is archived; restore it before recording a value.`);
    if (ind.archivedAt) throw badInput('The indicator is archived.', { field: 'indicatorId' });
    checkVersion(ind, input.expectedVersion);
    const before = await checkValue(tx, ind, v, raw.correctsId);
    // A second pair of eyes: a value that meets a target for the first time is a claim, as IMPLEMENTED is.
    const review =
      actor.role !== 'ADMIN' &&
      ctx.config.reviewStatuses.length > 0 &&
      newlyMetTargets(statusDefinition(definitionOfRow(ind)), before, v.value).length > 0;
    if (review) {
      const { proposal } = await openProposal(
        tx,
        actor,
        rec,
        {
          status: rec.status,
          progress: rec.progress,
          note: entryNote(ind, v),
          evidenceUrls,
          occurredOn: occurredOnOf(v, ctx.now),
          reason: null,
          correctsId: null,
          rowKey: null,
          visibility,
          indicatorValue: { ...v },
        },
        'recordIndicatorValue',
      );
      return { indicator: ind, value: null, proposal };
    }
    const author = { id: actor.userId, name: actor.name };
    const done = await appendValue(ctx, tx, actor, 'recordIndicatorValue', rec, ind, v, {
      evidenceUrls,
      visibility,
      author,
    });
    return { ...done, proposal: null };
  });
}

/** What a proposal proposes of an indicator, or null for a proposed status or progress. */
export const proposedValueOf = (p: Pick<Proposal, 'indicatorValue'>): NewValue | null =>
  (p.indicatorValue as unknown as NewValue | null) ?? null;

/**
 * Approves a proposed value inside approveProposal's transaction, with the record locked: checked again against
 * the indicator as it is now, and appended in the proposer's name.
 */
export async function approveIndicatorValue(
  ctx: WriteContext,
  tx: Tx,
  actor: Actor,
  rec: Recommendation,
  proposal: Proposal,
  audited: { before: object; after: object },
) {
  const v = proposedValueOf(proposal)!;
  const ind = await tx.indicator.findUniqueOrThrow({ where: { id: v.indicatorId } });
  if (ind.archivedAt) throw badInput('The indicator is archived since the proposal: reject it instead.');
  await checkValue(tx, ind, v, v.correctsId);
  return appendValue(
    ctx,
    tx,
    actor,
    'approveIndicatorValue',
    rec,
    ind,
    v,
    {
      evidenceUrls: proposal.evidenceUrls,
      visibility: proposal.visibility,
      author: { id: proposal.proposerId, name: proposal.proposerName },
      proposalId: proposal.id,
    },
    audited,
  );
}
