// What the progress form asks for, by the chosen status: the lifecycle's rules as the server states them
// (IMPLEMENTED needs progress 100 and a link; ABANDONED needs a reason). The server still decides.
import type { RecommendationStatus as Status } from './__generated__/operations';
import type { LogProgressInput, RecommendationDetail } from './api';

export interface Needs {
  reason: boolean;
  evidence: boolean;
  progress100: boolean;
}

export function needsOf(rec: RecommendationDetail, chosen: Status | ''): Needs {
  const moving = chosen !== '' && chosen !== rec.status;
  return {
    reason: chosen === 'ABANDONED',
    evidence: moving && chosen === 'IMPLEMENTED',
    progress100: chosen === 'IMPLEMENTED',
  };
}

type Field = 'note' | 'progress' | 'evidenceUrls' | 'occurredOn' | 'reason';
type MessageKey = 'needNote' | 'needProgress' | 'need100' | 'needEvidence' | 'needDate' | 'needReason';

/** The first thing to fix, or null. */
export function problemsOf(
  rec: RecommendationDetail,
  input: LogProgressInput,
  isIsoDate: (text: string) => boolean,
): { field: Field; message: MessageKey } | null {
  const needs = needsOf(rec, input.status ?? '');
  if (!input.note.trim()) return { field: 'note', message: 'needNote' };
  if (
    input.progress != null && // null or absent: the progress is left as it is
    !(Number.isInteger(input.progress) && input.progress >= 0 && input.progress <= 100)
  )
    return { field: 'progress', message: 'needProgress' };
  if (needs.progress100 && (input.progress ?? rec.progress) !== 100) return { field: 'progress', message: 'need100' };
  if (needs.reason && !input.reason) return { field: 'reason', message: 'needReason' };
  if (needs.evidence && !input.evidenceUrls?.length) return { field: 'evidenceUrls', message: 'needEvidence' };
  if (input.occurredOn != null && !isIsoDate(input.occurredOn)) return { field: 'occurredOn', message: 'needDate' };
  return null;
}
