// logProgress: the analyst's main verb. One transaction appends the log entry, applies the status or
// progress change, bumps the version and writes the audit entry (appendEntry.ts); a failure anywhere leaves nothing.
import { z } from 'zod';
import { RecommendationStatus, Visibility } from '../../generated/prisma/enums';
import type { WriteContext } from '../../context';
import { authorize } from '../access/auth';
import { badInput, conflict, notFound } from '../../errors';
import { applyTransition, needsReview } from './lifecycle';
import { openProposal } from './proposals';
import { inTransaction, lockRecommendation } from '../../db/transaction';
import { httpUrl, LIMITS, parseInput, nodeId, progressValue, trimmedText } from '../validation';
import { startOfUtcDay } from '../health';
import { appendEntry } from './appendEntry';

const logProgressSchema = z.object({
  code: z.string().max(64),
  note: trimmedText(LIMITS.note),
  status: z.enum(RecommendationStatus).nullish(),
  progress: progressValue.nullish(),
  expectedVersion: z.number().int().min(1).nullish(),
  occurredOn: z.date().nullish(),
  evidenceUrls: z.array(httpUrl).max(LIMITS.urls, `at most ${LIMITS.urls} evidence links`).nullish(),
  correctsId: nodeId('ProgressUpdate', 'correctsId').nullish(),
  reason: z.string().max(LIMITS.reason).nullish(),
  visibility: z.enum(Visibility).nullish(),
  /** The spreadsheet row that logs this entry (importSpreadsheet only; the API's input has no such field). */
  rowKey: z.string().max(LIMITS.rowKey).nullish(),
});

export type LogProgressInput = z.input<typeof logProgressSchema>;

/** UTC+14 (Kiribati's Line Islands), where each calendar date begins first. */
const EASTERNMOST_OFFSET_MS = 14 * 3_600_000;

export async function logProgress(ctx: WriteContext, rawInput: LogProgressInput) {
  const actor = authorize(ctx.actor, 'logProgress');
  const input = parseInput(logProgressSchema, rawInput);
  const today = startOfUtcDay(ctx.now);
  const occurredOn = input.occurredOn ?? today;
  // "The future" is a date that has not begun anywhere yet: an analyst in Beijing logs their own today
  // at 07:00, while the UTC date is still yesterday. The default stays the UTC date.
  if (occurredOn > startOfUtcDay(new Date(ctx.now.getTime() + EASTERNMOST_OFFSET_MS)))
    throw badInput('occurredOn may not be in the future.', { field: 'occurredOn' });
  if (occurredOn < new Date(Date.UTC(1990, 0, 1)))
    throw badInput('occurredOn must be 1990-01-01 or later.', { field: 'occurredOn' });
  const evidenceUrls = input.evidenceUrls ?? [];
  const visibility = input.visibility ?? 'PUBLIC';

  return inTransaction(ctx.db, async (tx) => {
    const rec = await lockRecommendation(tx, input.code);
    if (!rec) throw notFound(`No recommendation with code ${input.code}.`);
    if (rec.archivedAt) throw badInput(`${rec.code} is archived; restore it before logging progress.`);
    if (input.expectedVersion != null && input.expectedVersion !== rec.version) {
      throw conflict(`${rec.code} is at version ${rec.version}, not ${input.expectedVersion}: reload and retry.`, {
        currentVersion: rec.version,
      });
    }
    // A parent whose progress follows a roll-up rule takes no typed progress (its status is still logged).
    if (rec.rollupRule !== 'MANUAL' && input.progress != null && input.progress !== rec.progress)
      throw badInput(
        `${rec.code}'s progress follows its ${rec.rollupRule} roll-up (${rec.progress}%); set its rule to MANUAL to type it.`,
        { field: 'progress' },
      );
    // A second pair of eyes: a decisive status from anyone but an admin is only proposed (proposals.ts).
    const review = needsReview(rec.status, input.status, actor.role, ctx.config.reviewStatuses);
    const next = applyTransition({
      from: rec,
      status: input.status,
      progress: input.progress,
      evidenceUrls,
      reason: input.reason,
      actorRole: actor.role,
      reviewed: review,
    });
    if (input.correctsId != null) {
      const target = await tx.progressUpdate.findUnique({ where: { id: input.correctsId } });
      if (!target || target.recommendationId !== rec.id) {
        // Named as the client sent it (a global id, or a raw id from before them).
        throw badInput(`correctsId ${String(rawInput.correctsId)} is not an entry of ${rec.code}.`, {
          field: 'correctsId',
        });
      }
    }
    const note =
      input.reason?.trim() && next.status === 'ABANDONED'
        ? `${input.note}\n\nReason: ${input.reason.trim()}`
        : input.note;
    if (review) {
      const entry = { ...next, note, evidenceUrls, occurredOn, reason: input.reason ?? null };
      return openProposal(tx, actor, rec, {
        ...entry,
        correctsId: input.correctsId ?? null,
        rowKey: input.rowKey ?? null,
        visibility,
      });
    }
    const { update, recommendation } = await appendEntry(tx, actor, 'logProgress', rec, {
      status: next.status,
      progress: next.progress,
      note,
      evidenceUrls,
      occurredOn,
      correctsId: input.correctsId ?? null,
      rowKey: input.rowKey ?? null,
      visibility,
      author: { id: actor.userId, name: actor.name },
    });
    return { recommendation: { ...recommendation, asOf: null }, update };
  });
}
