// Curating candidates (admins): accept one as a new record, merge it into an existing record, or reject it.
// Each decides an OPEN candidate once, under its row lock, and is audited in its transaction. Accepting creates
// the record through createRecommendation, inside the same transaction, so the record gets every rule a new
// record gets (the one quote rule: verbatim in its document's stored text, or in the pending revision it is about
// to have; the code; the texts' origin) and its own announcement on the feed.
import { z } from 'zod';
import type { AppContext } from '../../../context';
import type { TxDb } from '../../../db/client';
import { contextInTransaction, inTransaction } from '../../../db/transaction';
import type { Candidate } from '../../../generated/prisma/client';
import { authorize, type Actor } from '../../access/auth';
import { recordAudit } from '../../audit';
import { badInput, conflict, notFound } from '../../../errors';
import { createRecommendation } from '../../catalog/curation';
import { liveQuotesOf, overlappingRecord } from '../../catalog/quotedText';
import { fromGlobalId } from '../../globalId';
import { LIMITS, parseInput, recommendationCode, trimmedText } from '../../validation';

/** A candidate's global id; Candidate never had raw ids in this API, so it takes none. */
const candidateId = z.string().transform((v, ctx) => {
  const global = fromGlobalId(v);
  if (global?.type === 'Candidate') return global.id;
  ctx.addIssue({ code: 'custom', message: 'id must be the id of a Candidate' });
  return z.NEVER;
});

const acceptSchema = z.object({
  id: candidateId,
  code: recommendationCode.nullish(),
  titleZh: trimmedText(LIMITS.title),
  titleEn: trimmedText(LIMITS.title),
  summaryZh: trimmedText(LIMITS.summary, 0).nullish(),
  summaryEn: trimmedText(LIMITS.summary),
  theme: z.string().max(64),
});

const mergeSchema = z.object({ id: candidateId, code: z.string().max(64) });

const rejectSchema = z.object({ id: candidateId, reason: trimmedText(LIMITS.reason) });

type Decision = 'acceptCandidate' | 'mergeCandidate' | 'rejectCandidate';

/** The OPEN candidate, locked for the rest of the transaction. */
async function lockOpenCandidate(tx: TxDb, id: number): Promise<Candidate> {
  const rows = await tx.$queryRaw<{ id: number }[]>`SELECT id FROM "Candidate" WHERE id = ${id} FOR UPDATE`;
  if (!rows.length) throw notFound('No such candidate.');
  const candidate = await tx.candidate.findUniqueOrThrow({ where: { id: rows[0]!.id } });
  if (candidate.state !== 'OPEN') throw conflict(`The candidate is already decided (${candidate.state}).`);
  return candidate;
}

/** The next free `<THEME>-NN` code, when an accept gives none. */
async function nextCode(tx: TxDb, themeCode: string): Promise<string> {
  const taken = await tx.recommendation.findMany({
    where: { code: { startsWith: `${themeCode}-` } },
    select: { code: true },
  });
  const numbers = taken.map((r) => Number(/-(\d+)$/.exec(r.code)?.[1] ?? 0));
  return `${themeCode}-${String(Math.max(0, ...numbers) + 1).padStart(2, '0')}`;
}

async function decide(
  tx: TxDb,
  actor: Actor,
  operation: Decision,
  candidate: Candidate,
  data: { state: 'ACCEPTED' | 'MERGED' | 'REJECTED'; recommendationId?: number; rejectionReason?: string },
  now: Date,
  after: Record<string, unknown>,
) {
  const decided = await tx.candidate.update({
    where: { id: candidate.id },
    data: { ...data, decidedBy: actor.name, decidedAt: now },
  });
  await recordAudit(tx, actor, operation, candidate.id, { state: candidate.state }, { state: data.state, ...after });
  return decided;
}

export async function acceptCandidate(ctx: AppContext, raw: z.input<typeof acceptSchema>) {
  const actor = authorize(ctx.actor, 'acceptCandidate');
  const input = parseInput(acceptSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const candidate = await lockOpenCandidate(tx, input.id);
    const theme = await tx.theme.findUnique({ where: { code: input.theme } });
    if (!theme || theme.documentId !== candidate.documentId)
      throw badInput(`Theme ${input.theme} is not one of the candidate's document's themes.`, { field: 'theme' });
    const code = input.code ?? (await nextCode(tx, theme.code));
    const record = await createRecommendation(contextInTransaction(ctx, tx), {
      code,
      theme: theme.code,
      titleZh: input.titleZh,
      titleEn: input.titleEn,
      summaryZh: input.summaryZh,
      summaryEn: input.summaryEn,
      quote: candidate.quote,
    });
    return decide(
      tx,
      actor,
      'acceptCandidate',
      candidate,
      { state: 'ACCEPTED', recommendationId: record.id },
      ctx.now,
      {
        recommendation: record.code,
      },
    );
  });
}

/**
 * A live top-level record of the candidate's own document whose quote overlaps the candidate's span: the same
 * measure, already recorded in that document.
 */
async function recordOfSpan(tx: TxDb, candidate: Candidate) {
  const doc = await tx.sourceDocument.findUniqueOrThrow({
    where: { id: candidate.documentId },
    select: { text: true },
  });
  return overlappingRecord(
    doc.text,
    { start: candidate.start, end: candidate.end },
    await liveQuotesOf(tx, candidate.documentId),
  );
}

/**
 * Merging says the candidate states a measure the catalog already has, in another document or again in its own.
 * The candidate keeps the record (its document then shows under the record's "also in"); and when its own document
 * already has a record of that span, the two records are linked SAME_MEASURE, so that the measure counts once
 * (distinctMeasures) and each record lists the other.
 */
export async function mergeCandidate(ctx: AppContext, raw: z.input<typeof mergeSchema>) {
  const actor = authorize(ctx.actor, 'mergeCandidate');
  const input = parseInput(mergeSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const candidate = await lockOpenCandidate(tx, input.id);
    const record = await tx.recommendation.findUnique({ where: { code: input.code } });
    if (!record || record.archivedAt) throw badInput(`No live record has the code ${input.code}.`, { field: 'code' });
    const local = await recordOfSpan(tx, candidate);
    let linked: string | null = null;
    if (local && local.id !== record.id) {
      const existing = await tx.recommendationLink.findFirst({
        where: {
          kind: 'SAME_MEASURE',
          OR: [
            { fromId: local.id, toId: record.id },
            { fromId: record.id, toId: local.id },
          ],
        },
      });
      if (!existing)
        await tx.recommendationLink.create({
          data: { fromId: local.id, toId: record.id, kind: 'SAME_MEASURE', createdBy: actor.name },
        });
      linked = local.code;
    }
    return decide(tx, actor, 'mergeCandidate', candidate, { state: 'MERGED', recommendationId: record.id }, ctx.now, {
      recommendation: record.code,
      ...(linked && { sameMeasureAs: linked }),
    });
  });
}

export async function rejectCandidate(ctx: AppContext, raw: z.input<typeof rejectSchema>) {
  const actor = authorize(ctx.actor, 'rejectCandidate');
  const input = parseInput(rejectSchema, raw);
  return inTransaction(ctx.db, async (tx) => {
    const candidate = await lockOpenCandidate(tx, input.id);
    return decide(
      tx,
      actor,
      'rejectCandidate',
      candidate,
      { state: 'REJECTED', rejectionReason: input.reason },
      ctx.now,
      {
        reason: input.reason,
      },
    );
  });
}
