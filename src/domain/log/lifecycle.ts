// The recommendation lifecycle as one explicit state machine. logProgress enforces it here and nowhere else;
// docs/lifecycle.md's transition table is this table.
import type { RecommendationStatus, Role } from '../../generated/prisma/client';
import { badInput, forbidden } from '../../errors';

export const TRANSITIONS: Readonly<Record<RecommendationStatus, readonly RecommendationStatus[]>> = Object.freeze({
  NOT_STARTED: ['PLANNED', 'IN_PROGRESS', 'ABANDONED'],
  PLANNED: ['NOT_STARTED', 'IN_PROGRESS', 'STALLED', 'ABANDONED'],
  IN_PROGRESS: ['STALLED', 'IMPLEMENTED', 'ABANDONED'],
  STALLED: ['PLANNED', 'IN_PROGRESS', 'ABANDONED'],
  // Reopening covers the case where an "implemented" measure is found to have been rolled back.
  IMPLEMENTED: ['IN_PROGRESS', 'ABANDONED'],
  ABANDONED: ['PLANNED'],
});

export interface ProposedChange {
  from: { status: RecommendationStatus; progress: number };
  status?: RecommendationStatus | null;
  progress?: number | null;
  evidenceUrls: readonly string[];
  reason?: string | null;
  actorRole: Role;
  /**
   * The change goes to, or comes from, a review (src/domain/log/review.ts): a second person decides it, which
   * stands in for the admin-only rule on moves into or out of ABANDONED.
   */
  reviewed?: boolean;
}

/** Returns the status and progress after the change, or throws the rule it breaks. */
export function applyTransition(change: ProposedChange): { status: RecommendationStatus; progress: number } {
  const { from } = change;
  const status = change.status ?? from.status;
  const progress = change.progress ?? from.progress;
  const moving = status !== from.status;

  if (moving && !TRANSITIONS[from.status].includes(status)) {
    throw badInput(
      `Cannot move from ${from.status} to ${status}. Allowed next statuses: ${TRANSITIONS[from.status].join(', ')}.`,
      { allowedStatuses: TRANSITIONS[from.status], field: 'status' },
    );
  }
  // Abandoning, and reviving an abandoned measure, are decisions about the catalog, not progress reports.
  if (moving && (status === 'ABANDONED' || from.status === 'ABANDONED')) {
    if (change.actorRole !== 'ADMIN' && !change.reviewed)
      throw forbidden(`Only an admin may move a recommendation ${status === 'ABANDONED' ? 'to' : 'out of'} ABANDONED.`);
    if (status === 'ABANDONED' && !change.reason?.trim())
      throw badInput('Moving to ABANDONED requires a reason.', { field: 'reason' });
  }
  if (status === 'IMPLEMENTED') {
    if (progress !== 100) throw badInput('IMPLEMENTED requires progress 100.', { field: 'progress' });
    if (moving && change.evidenceUrls.length === 0) {
      throw badInput('IMPLEMENTED requires at least one evidence link (evidenceUrls).', { field: 'evidenceUrls' });
    }
  }
  if (status === 'NOT_STARTED' && progress !== 0)
    throw badInput('NOT_STARTED means progress 0.', { field: 'progress' });
  return { status, progress };
}

/**
 * Whether a log entry only proposes its change, for a second person to decide (src/domain/log/review.ts): a move
 * into one of the decisive statuses (REVIEW_STATUSES) by anyone but an admin, whose change applies at once.
 */
export const needsReview = (
  from: RecommendationStatus,
  to: RecommendationStatus | null | undefined,
  actorRole: Role,
  reviewStatuses: readonly RecommendationStatus[],
): boolean => actorRole !== 'ADMIN' && to != null && to !== from && reviewStatuses.includes(to);

/** The moves logProgress lets `role` make from `from` (a null role: an anonymous reader's view of the table). */
export function allowedMovesFor(
  from: RecommendationStatus,
  role: Role | null,
  reviewStatuses: readonly RecommendationStatus[],
): RecommendationStatus[] {
  return TRANSITIONS[from].filter(
    (to) =>
      role === 'ADMIN' ||
      (to !== 'ABANDONED' && from !== 'ABANDONED') ||
      (role !== null && role !== 'VIEWER' && needsReview(from, to, role, reviewStatuses)),
  );
}
