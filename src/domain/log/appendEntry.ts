// Appending an entry to a record's log, written once for the two ways an entry arrives: logProgress (progress.ts)
// and an approved proposal (review.ts). In the caller's transaction, with the record locked by it: the entry, its
// evidence records, the record's new state and version, and the audit entry that names the entry.
import type {
  Prisma,
  ProgressUpdate,
  Recommendation,
  RecommendationStatus,
  Visibility,
} from '../../generated/prisma/client';
import type { Actor } from '../access/auth';
import { recordAudit } from '../audit';
import { recordEvidence } from '../evidence/record';
import { refreshRollups } from '../catalog/rollup';

type Tx = Prisma.TransactionClient;

/** What the entry says, and in whose name: the proposer's, for an approved proposal. */
export interface NewEntry {
  status: RecommendationStatus;
  progress: number;
  note: string;
  evidenceUrls: string[];
  occurredOn: Date;
  correctsId: number | null;
  rowKey: string | null;
  /** INTERNAL: its note and evidence for signed-in readers only (domain/visibility). */
  visibility: Visibility;
  author: { id: number | null; name: string };
  /** The proposal it was, once approved. */
  proposalId?: number;
}

/** A record's state as the audit trail shows it on either side of a log entry. */
export const stateOf = (rec: Pick<Recommendation, 'status' | 'progress' | 'version'>) => ({
  status: rec.status,
  progress: rec.progress,
  version: rec.version,
});

export async function appendEntry(
  tx: Tx,
  actor: Actor,
  operation: 'logProgress' | 'approveProposal' | 'recordIndicatorValue' | 'approveIndicatorValue',
  rec: Recommendation,
  entry: NewEntry,
  /** What the audit entry adds on each side (an approval's proposal). */
  audited: { before?: object; after?: object } = {},
): Promise<{ update: ProgressUpdate; recommendation: Recommendation }> {
  const { author, proposalId, ...said } = entry;
  const update = await tx.progressUpdate.create({
    data: {
      ...said,
      recommendationId: rec.id,
      statusBefore: rec.status,
      progressBefore: rec.progress,
      actorId: author.id,
      actorName: author.name,
      proposalId: proposalId ?? null,
    },
  });
  // The entry's links become evidence records, captured after commit: a proposal captures nothing until then.
  await recordEvidence(tx, update.id, entry.evidenceUrls);
  let recommendation = await tx.recommendation.update({
    where: { id: rec.id },
    data: {
      status: entry.status,
      progress: entry.progress,
      version: { increment: 1 },
      lastProgressAt: update.createdAt,
    },
  });
  // The parents' roll-ups follow (and this record's own, when its rule is not MANUAL): three statements.
  if (rec.parentId !== null || rec.rollupRule !== 'MANUAL') {
    const rolled = await refreshRollups(tx, rec.id);
    if (rolled.has(rec.id)) recommendation = await tx.recommendation.findUniqueOrThrow({ where: { id: rec.id } });
  }
  await recordAudit(
    tx,
    actor,
    operation,
    rec,
    { ...stateOf(rec), ...audited.before },
    { ...stateOf(recommendation), updateId: update.id, ...audited.after },
    update.id,
  );
  return { update, recommendation };
}
