// What a delivery's body says. Which write is which event is one column of the operation table
// (src/domain/operations.ts), recorded on the audit entry by the write itself, so that an approved proposal's
// entry is `progress.logged` like a direct one and an open proposal is no event. The body follows the Standard
// Webhooks layout: `{ type, timestamp, data }`.
import type { AuditEntry, ProgressUpdate, Recommendation, WebhookEvent } from '../../generated/prisma/client';
import { toGlobalId } from '../globalId';
import { visibleTo, type Reader } from '../visibility/visibility';

/** The payload's `type`, as Standard Webhooks names events (dotted, lower case). */
const EVENT_TYPE: Readonly<Record<WebhookEvent, string>> = {
  PROGRESS_LOGGED: 'progress.logged',
  RECOMMENDATION_CHANGED: 'recommendation.changed',
  OWNERS_CHANGED: 'owners.changed',
  TARGET_DATE_CHANGED: 'targetDate.changed',
  INDICATOR_VALUE_RECORDED: 'indicator.valueRecorded',
};

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

/**
 * A webhook reads as a signed-in user when it was created with includeInternal, else as an anonymous reader:
 * the visibility rule (domain/visibility) decides what its deliveries carry of an internal entry.
 */
export const webhookReader = (webhook: { includeInternal: boolean }): Reader =>
  webhook.includeInternal ? { role: 'VIEWER' } : null;

/**
 * The body every attempt of a delivery sends, byte for byte. `change` is the audit entry (exact as of the
 * change); `recommendation` is the record as the fan-out read it, a moment later; `update` the log entry as
 * `reader` may see it. The audit entry's before and after hold states, ids and values, never a note.
 */
export function eventPayload(
  event: WebhookEvent,
  entry: AuditEntry,
  rec: Recommendation,
  entryRow: ProgressUpdate | null,
  reader: Reader,
): string {
  const update = entryRow && visibleTo(reader, entryRow);
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
        visibility: update.visibility,
      },
    }),
  };
  return JSON.stringify({ type: EVENT_TYPE[event], timestamp: entry.createdAt.toISOString(), data });
}
