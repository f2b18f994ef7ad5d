// Which changes are webhook events, and what a delivery's body says. Each kind of change to a recommendation
// maps to one event. The kind, and whether a change is a log entry, are decided once, where the change is
// recorded ("ChangeEvent", migration *_raw_log_entry_changes), so that an approved proposal's entry is
// `progress.logged` like a direct one and an open proposal is no event. The body follows the Standard Webhooks
// layout: `{ type, timestamp, data }`.
import type { AuditEntry, ProgressUpdate, Recommendation, WebhookEvent } from '../../generated/prisma/client';
import { toGlobalId } from '../paging/globalId';

const EVENT_OF_KIND: Readonly<Record<string, WebhookEvent>> = {
  logProgress: 'PROGRESS_LOGGED',
  createRecommendation: 'RECOMMENDATION_CHANGED',
  updateRecommendation: 'RECOMMENDATION_CHANGED',
  archiveRecommendation: 'RECOMMENDATION_CHANGED',
  restoreRecommendation: 'RECOMMENDATION_CHANGED',
  setOwners: 'OWNERS_CHANGED',
  setTargetDate: 'TARGET_DATE_CHANGED',
};

/** The payload's `type`, as Standard Webhooks names events (dotted, lower case). */
const EVENT_TYPE: Readonly<Record<WebhookEvent, string>> = {
  PROGRESS_LOGGED: 'progress.logged',
  RECOMMENDATION_CHANGED: 'recommendation.changed',
  OWNERS_CHANGED: 'owners.changed',
  TARGET_DATE_CHANGED: 'targetDate.changed',
};

/** The event a change is, or null when it is none (a rejected proposal, a script's own operation). */
export const eventOf = (change: { kind: string }): WebhookEvent | null => EVENT_OF_KIND[change.kind] ?? null;

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/**
 * The body every attempt of a delivery sends, byte for byte. `change` is the audit entry (exact as of the
 * change); `recommendation` is the record as the fan-out read it, a moment later.
 */
export function eventPayload(
  event: WebhookEvent,
  entry: AuditEntry,
  rec: Recommendation,
  update: ProgressUpdate | null,
): string {
  const data = {
    recommendation: {
      id: toGlobalId('Recommendation', rec.id),
      code: rec.code,
      titleEn: rec.titleEn,
      status: rec.status,
      progress: rec.progress,
      version: rec.version,
      targetDate: day(rec.targetDate),
      archived: rec.archivedAt !== null,
    },
    change: { operation: entry.operation, actor: entry.actorName, before: entry.before, after: entry.after },
    ...(update && {
      update: {
        id: toGlobalId('ProgressUpdate', update.id),
        note: update.note,
        statusBefore: update.statusBefore,
        status: update.status,
        progressBefore: update.progressBefore,
        progress: update.progress,
        occurredOn: day(update.occurredOn),
        evidenceUrls: update.evidenceUrls,
      },
    }),
  };
  return JSON.stringify({ type: EVENT_TYPE[event], timestamp: entry.createdAt.toISOString(), data });
}
