// A second pair of eyes, part two: a reviewer or an admin, never the proposer, decides a proposal
// (proposals.ts). Approving applies it as logProgress would have, from the record as it stands now and at the
// version the reviewer confirms; rejecting needs a reason and leaves the record as it was. Each decision is
// one transaction with its audit entry, and is written once (a trigger refuses a second).
import { z } from 'zod';
import type { Prisma, Proposal, ProposalState } from '../../generated/prisma/client';
import type { AppContext } from '../../context';
import { authorize, type Actor } from '../access/auth';
import { recordAudit } from '../audit';
import { badInput, conflict, forbidden, notFound } from '../../errors';
import { applyTransition } from './lifecycle';
import { inTransaction, lockRecommendation } from '../../db/transaction';
import { LIMITS, parseInput, trimmedText } from '../validation';
import { fromGlobalId } from '../globalId';
import { appendEntry, stateOf, type NewEntry } from './appendEntry';
import { isProposer } from './proposals';
import { approveIndicatorValue, proposedValueOf } from './indicatorValues';

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
    if (proposedValueOf(proposal)) {
      // A proposed indicator value: appended as recordIndicatorValue would have, checked against the indicator now.
      await approveIndicatorValue(ctx, tx, actor, rec, proposal, {
        before: decision(proposal, 'OPEN'),
        after: decision(proposal, 'APPROVED'),
      });
      const approved = await tx.proposal.update({
        where: { id: proposal.id },
        data: { state: 'APPROVED', ...decided(actor, ctx.now) },
      });
      const recommendation = await tx.recommendation.findUniqueOrThrow({ where: { id: rec.id } });
      return { proposal: approved, recommendation: { ...recommendation, asOf: null } };
    }
    // The record may have moved since the proposal: the move must still be one the lifecycle allows.
    const next = applyTransition({ from: rec, ...proposal, actorRole: actor.role, reviewed: true });
    // Appended in the proposer's name, as logProgress would have; the audit entry is the reviewer's.
    const { recommendation } = await appendEntry(tx, actor, 'approveProposal', rec, entryOf(proposal, next), {
      before: decision(proposal, 'OPEN'),
      after: decision(proposal, 'APPROVED'),
    });
    const approved = await tx.proposal.update({
      where: { id: proposal.id },
      data: { state: 'APPROVED', ...decided(actor, ctx.now) },
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
    // The record is as it was: its state on both sides, with the proposal's decision and the reason.
    await recordAudit(
      tx,
      actor,
      'rejectProposal',
      rec,
      { ...stateOf(rec), ...decision(proposal, 'OPEN') },
      { ...stateOf(rec), reason: input.reason, ...decision(rejected, 'REJECTED') },
    );
    return { proposal: rejected, recommendation: { ...rec, asOf: null } };
  });
}

/** The proposal an audit entry names, and its state on that side of the decision. */
const decision = (p: Proposal, proposalState: ProposalState) => ({ proposalId: p.id, proposalState });

/** The entry a proposal proposed, in its proposer's name, with the state it sets now. */
const entryOf = (p: Proposal, next: Pick<NewEntry, 'status' | 'progress'>): NewEntry => ({
  ...next,
  note: p.note,
  evidenceUrls: p.evidenceUrls,
  occurredOn: p.occurredOn,
  correctsId: p.correctsId,
  rowKey: p.rowKey,
  visibility: p.visibility,
  author: { id: p.proposerId, name: p.proposerName },
  proposalId: p.id,
});
