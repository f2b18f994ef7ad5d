// A second pair of eyes, part two: a reviewer or an admin, never the proposer, decides a proposal
// (proposals.ts). Approving applies it as logProgress would have, from the record as it stands now and at the
// version the reviewer confirms; rejecting needs a reason and leaves the record as it was. Each decision is
// one transaction with its audit entry, and is written once (a trigger refuses a second).
import { z } from 'zod';
import type { Prisma, Proposal, Recommendation } from '../../generated/prisma/client';
import type { AppContext } from '../../context';
import { authorize, type Actor, type Operation } from '../access/auth';
import { recordAudit } from '../audit';
import { badInput, conflict, forbidden, notFound } from '../../errors';
import { applyTransition } from './lifecycle';
import { inTransaction, lockRecommendation } from '../../db/transaction';
import { LIMITS, parseInput, trimmedText } from '../validation';
import { fromGlobalId } from '../paging/globalId';
import { recordEvidence } from '../evidence/record';
import { isProposer } from './proposals';

/** A proposal's global id; a type that never had raw ids in this API takes no raw id either. */
const proposalId = z.string().transform((v, ctx) => {
  const global = fromGlobalId(v);
  if (global?.type === 'Proposal') return global.id;
  ctx.addIssue({ code: 'custom', message: 'id must be the id of a Proposal' });
  return z.NEVER;
});
const approveSchema = z.object({ id: proposalId, expectedVersion: z.number().int().min(1) });
const rejectSchema = z.object({ id: proposalId, reason: trimmedText(LIMITS.reason) });

type Tx = Prisma.TransactionClient;

/** The proposal and its record, locked, once the caller may decide it: OPEN, and not their own. */
async function lockOpenProposal(tx: Tx, actor: Actor, id: number, rawId: string) {
  const found = await tx.proposal.findUnique({ where: { id }, include: { recommendation: true } });
  if (!found) throw notFound(`No proposal ${rawId}.`);
  // The record's lock serialises every write to it, proposals and their decisions included.
  const rec = (await lockRecommendation(tx, found.recommendation.code))!;
  const proposal = await tx.proposal.findUniqueOrThrow({ where: { id } });
  if (proposal.state !== 'OPEN') {
    throw conflict(
      `Proposal ${rawId} was ${proposal.state.toLowerCase()} by ${proposal.reviewerName} already: nothing left to decide.`,
    );
  }
  if (isProposer(actor, proposal))
    throw forbidden(`Proposal ${rawId} is your own: another reviewer or an admin decides it.`);
  return { proposal, rec };
}

const decided = (actor: Actor, now: Date) => ({ reviewerId: actor.userId, reviewerName: actor.name, decidedAt: now });

/** Appends the proposed entry to the log in the proposer's name and applies it, as logProgress does. */
async function applyProposal(
  tx: Tx,
  p: Proposal,
  rec: Recommendation,
  next: Pick<Recommendation, 'status' | 'progress'>,
) {
  const update = await tx.progressUpdate.create({
    data: {
      recommendationId: rec.id,
      note: p.note,
      statusBefore: rec.status,
      status: next.status,
      progressBefore: rec.progress,
      progress: next.progress,
      evidenceUrls: p.evidenceUrls,
      occurredOn: p.occurredOn,
      actorId: p.proposerId,
      actorName: p.proposerName,
      correctsId: p.correctsId,
      rowKey: p.rowKey,
      proposalId: p.id,
    },
  });
  // The approved entry's links become evidence records now, as logProgress's do: a proposal captures nothing.
  await recordEvidence(tx, update.id, p.evidenceUrls);
  const recommendation = await tx.recommendation.update({
    where: { id: rec.id },
    data: { status: next.status, progress: next.progress, version: { increment: 1 }, lastProgressAt: update.createdAt },
  });
  return { update, recommendation };
}

export async function approveProposal(ctx: AppContext, rawInput: { id: string; expectedVersion: number }) {
  const actor = authorize(ctx.actor, 'approveProposal');
  const input = parseInput(approveSchema, rawInput);
  return inTransaction(ctx.db, async (tx) => {
    const { proposal, rec } = await lockOpenProposal(tx, actor, input.id, rawInput.id);
    if (rec.archivedAt) throw badInput(`${rec.code} is archived; restore it before approving.`);
    if (input.expectedVersion !== rec.version) {
      throw conflict(`${rec.code} is at version ${rec.version}, not ${input.expectedVersion}: reload and retry.`, {
        currentVersion: rec.version,
      });
    }
    // The record may have moved since the proposal: the move must still be one the lifecycle allows.
    const next = applyTransition({ from: rec, ...proposal, actorRole: actor.role, reviewed: true });
    const { update, recommendation } = await applyProposal(tx, proposal, rec, next);
    const approved = await tx.proposal.update({
      where: { id: proposal.id },
      data: { state: 'APPROVED', ...decided(actor, ctx.now) },
    });
    await audit(tx, actor, 'approveProposal', rec, approved, {
      status: recommendation.status,
      progress: recommendation.progress,
      version: recommendation.version,
      updateId: update.id,
    });
    return { proposal: approved, recommendation: { ...recommendation, asOf: null } };
  });
}

export async function rejectProposal(ctx: AppContext, rawInput: { id: string; reason: string }) {
  const actor = authorize(ctx.actor, 'rejectProposal');
  const input = parseInput(rejectSchema, rawInput);
  return inTransaction(ctx.db, async (tx) => {
    const { proposal, rec } = await lockOpenProposal(tx, actor, input.id, rawInput.id);
    const rejected = await tx.proposal.update({
      where: { id: proposal.id },
      data: { state: 'REJECTED', rejectionReason: input.reason, ...decided(actor, ctx.now) },
    });
    await audit(tx, actor, 'rejectProposal', rec, rejected, {
      status: rec.status,
      progress: rec.progress,
      version: rec.version,
      reason: input.reason,
    });
    return { proposal: rejected, recommendation: { ...rec, asOf: null } };
  });
}

/** The record's state before, and after the decision, with the proposal's id and state on both sides. */
const audit = (tx: Tx, actor: Actor, op: Operation, rec: Recommendation, p: Proposal, after: object) =>
  recordAudit(
    tx,
    actor,
    op,
    { type: 'Recommendation', id: rec.code },
    { status: rec.status, progress: rec.progress, version: rec.version, proposalId: p.id, proposalState: 'OPEN' },
    { ...after, proposalId: p.id, proposalState: p.state },
  );
