// The recommendation lifecycle as one explicit state machine. logProgress enforces it here and nowhere else;
// the README's transition table is this table.
import type { RecommendationStatus, Role } from '../generated/prisma/client';
import { badInput, forbidden } from '../errors';

export const TRANSITIONS: Readonly<Record<RecommendationStatus, readonly RecommendationStatus[]>> = Object.freeze({
  NOT_STARTED: ['PLANNED', 'IN_PROGRESS', 'ABANDONED'],
  PLANNED: ['NOT_STARTED', 'IN_PROGRESS', 'STALLED', 'ABANDONED'],
  IN_PROGRESS: ['STALLED', 'IMPLEMENTED', 'ABANDONED'],
  STALLED: ['PLANNED', 'IN_PROGRESS', 'ABANDONED'],
  // Reopening covers the case where an "implemented" measure is found to have been rolled back.
  IMPLEMENTED: ['IN_PROGRESS', 'ABANDONED'],
  ABANDONED: ['PLANNED'],
});

export const allowedTransitions = (from: RecommendationStatus): readonly RecommendationStatus[] => TRANSITIONS[from];

export interface ProposedChange {
  from: { status: RecommendationStatus; progress: number };
  status?: RecommendationStatus | null;
  progress?: number | null;
  evidenceUrls: readonly string[];
  reason?: string | null;
  actorRole: Role;
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
    if (change.actorRole !== 'ADMIN')
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
