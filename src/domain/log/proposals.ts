// A second pair of eyes, part one: a decisive log entry (REVIEW_STATUSES, from anyone but an admin) becomes a
// proposal, and the record stays as it was until someone else decides it (review.ts). Also the reads: the
// review queue, a user's own proposals, and a record's proposals (through the loaders). A proposal is not yet
// part of the record: only its proposer, reviewers and admins see it (mayReadProposal), on every path.
import { idOrderedPage } from '../paging/idOrderedPage';
import type {
  Prisma,
  Proposal,
  ProposalState,
  Recommendation,
  RecommendationStatus,
  Visibility,
} from '../../generated/prisma/client';
import type { AppContext } from '../../context';
import { authorize, mayPerform, type Actor } from '../access/auth';
import { recordAudit } from '../audit';
import { stateOf } from './appendEntry';
import { conflict, unauthenticated } from '../../errors';
import { toGlobalId } from '../globalId';
import type { ConnectionArgs } from '../paging/connection';
import type { Ordering } from '../../db/readModel/keyset';

/** The entry as logProgress checked it: the lifecycle's rules hold for it against the record as it is now. */
interface ProposedEntry {
  status: RecommendationStatus;
  progress: number;
  note: string;
  evidenceUrls: string[];
  occurredOn: Date;
  reason: string | null;
  correctsId: number | null;
  rowKey: string | null;
  visibility: Visibility;
  /** A proposed indicator value (log/indicatorValues.ts); status and progress then repeat the record's. */
  indicatorValue?: Prisma.InputJsonValue;
}

type Authorship = Pick<Proposal, 'proposerId' | 'proposerName'>;

/** Whether `actor` proposed it: by account, or by name for a proposer without one (ADMIN_TOKEN). */
export const isProposer = (actor: Actor, p: Authorship): boolean =>
  p.proposerId !== null ? p.proposerId === actor.userId : p.proposerName === actor.name;

/** Who may see a proposal: its proposer, and those who decide proposals (the review queue's readers). */
const mayReadProposal = (actor: Actor | null, p: Authorship): boolean =>
  mayPerform(actor, 'readReviews') || (!!actor && isProposer(actor, p));

/** The proposals among `rows` that the caller may see; the others answer as if they did not exist. */
export const visibleProposals = <P extends Authorship>(ctx: AppContext, rows: readonly P[]): P[] =>
  rows.filter((p) => mayReadProposal(ctx.actor, p));

/** One proposal, or null when there is none or the caller may not see it. */
export const visibleProposal = <P extends Authorship>(ctx: AppContext, p: P | null | undefined): P | null =>
  p && mayReadProposal(ctx.actor, p) ? p : null;

/**
 * Opens a proposal inside logProgress's transaction, with the recommendation's row locked: the record, its
 * version included, does not change. One proposal at a time per record, so a reviewer never has to choose
 * between two: a second one while the first is open is CONFLICT.
 */
export async function openProposal(
  tx: Prisma.TransactionClient,
  actor: Actor,
  rec: Recommendation,
  e: ProposedEntry,
  operation: 'logProgress' | 'recordIndicatorValue' = 'logProgress',
) {
  const open = await tx.proposal.findFirst({ where: { recommendationId: rec.id, state: 'OPEN' } });
  if (open) {
    // Its id, status and proposer only to those who may read it.
    const which = mayReadProposal(actor, open)
      ? ` (${toGlobalId('Proposal', open.id)}, ${open.status} by ${open.proposerName})`
      : '';
    throw conflict(`${rec.code} already has a proposal awaiting review${which}: wait for its decision.`);
  }
  const proposal = await tx.proposal.create({
    data: {
      ...e,
      recommendationId: rec.id,
      proposerId: actor.userId,
      proposerName: actor.name,
      statusBefore: rec.status,
      progressBefore: rec.progress,
      baseVersion: rec.version,
    },
  });
  await recordAudit(tx, actor, operation, rec, stateOf(rec), {
    ...stateOf(rec),
    proposalId: proposal.id,
    proposed: { status: e.status, progress: e.progress, ...(e.indicatorValue && { indicatorValue: e.indicatorValue }) },
  });
  return { recommendation: { ...rec, asOf: null }, update: null, proposal };
}

/** The queue in the order proposals came in, oldest first; cursors carry the id alone. */
const QUEUE_ORDER: Ordering = { col: null, dir: 'asc' };

async function proposalPage(ctx: AppContext, args: ConnectionArgs, where: Prisma.ProposalWhereInput) {
  return idOrderedPage(args, QUEUE_ORDER, where, {
    rows: (w, orderBy, take) =>
      ctx.db.proposal.findMany({ where: w, orderBy: orderBy as Prisma.ProposalOrderByWithRelationInput[], take }),
    count: (w) => ctx.db.proposal.count({ where: w }),
    exists: async (w) => !!(await ctx.db.proposal.findFirst({ where: w, select: { id: true } })),
  });
}

/** The review queue: every open proposal (reviewers and admins). */
export async function pendingReviews(ctx: AppContext, args: ConnectionArgs) {
  authorize(ctx.actor, 'readReviews');
  return proposalPage(ctx, args, { state: 'OPEN' });
}

/** The caller's own proposals, in any state or one: where a rejection "goes back" to its proposer. */
export async function myProposals(
  ctx: AppContext,
  args: ConnectionArgs & { state?: ProposalState | null; decidedSince?: Date | null },
) {
  if (!ctx.actor) throw unauthenticated();
  const mine: Prisma.ProposalWhereInput =
    ctx.actor.userId === null ? { proposerId: null, proposerName: ctx.actor.name } : { proposerId: ctx.actor.userId };
  // decidedSince: the decisions a proposer has not seen yet (the console's notice keeps when it last looked).
  return proposalPage(ctx, args, {
    ...mine,
    ...(args.state && { state: args.state }),
    ...(args.decidedSince && { decidedAt: { gt: args.decidedSince } }),
  });
}
