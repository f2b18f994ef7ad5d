// The write floor: logProgress's transaction (src/domain/log/progress.ts) sent by bare `pg`, statement for
// statement, with no GraphQL, no Prisma and no validation beyond the lifecycle rule: the least any server
// can do for W. It MUST mirror logProgress: when that transaction gains a statement, add it here too, or W's
// ratio to this floor flatters us. As merged (progress.ts, review.ts, evidence/record.ts): W logs note-only
// entries as the admin, so no status is decisive and nothing becomes a proposal (needsReview is false with no
// status, and for an admin), and with no evidence links recordEvidence sends nothing (with links it would
// insert one "Evidence" row per link and enqueue one captureEvidence job each: W sends none, so neither side
// does). The database's triggers fire by themselves on both sides: the change counter, the dashboard counts,
// the search document's note append, the AuditEntry trigger's ChangeEvent row and NOTIFY, and the webhook
// outbox's trigger on AuditEntry (20261201210100_raw_webhook_outbox: one fanOutWebhooks job per change when
// any webhook is enabled; the benchmark registers none, so it costs both sides one EXISTS).
import type { Pool } from 'pg';
import { applyTransition } from '../src/domain/log/lifecycle';
import type { RecommendationStatus } from '../src/generated/prisma/enums';

interface LockedRow {
  id: number;
  code: string;
  status: RecommendationStatus;
  progress: number;
  version: number;
  archivedAt: Date | null;
}

/** The admin token's actor (src/domain/access/auth.ts): no user row, name 'admin'. */
const ACTOR = { userId: null, name: 'admin', role: 'ADMIN' } as const;

/** One note-only logProgress; returns the response body in our API's shape (update.note is what writes.ts checks). */
export async function logProgressFloor(pool: Pool, input: { code: string; note: string }): Promise<string> {
  const c = await pool.connect();
  try {
    await c.query('BEGIN');
    // lockRecommendation: the row lock, then the row (Prisma's findUniqueOrThrow).
    const locked = await c.query<{ id: number }>({
      name: 'w_lock',
      text: 'SELECT id FROM "Recommendation" WHERE code = $1 FOR UPDATE',
      values: [input.code],
    });
    if (!locked.rows.length) throw new Error(`no recommendation ${input.code}`);
    const rec = (
      await c.query<LockedRow>({
        name: 'w_row',
        text: 'SELECT * FROM "Recommendation" WHERE id = $1',
        values: [locked.rows[0].id],
      })
    ).rows[0];
    if (rec.archivedAt) throw new Error(`${rec.code} is archived`);
    const next = applyTransition({ from: rec, evidenceUrls: [], actorRole: ACTOR.role });
    const today = new Date().toISOString().slice(0, 10);
    const update = (
      await c.query<{ id: number; note: string; createdAt: Date }>({
        name: 'w_insert',
        text: `INSERT INTO "ProgressUpdate" ("recommendationId", note, "statusBefore", status, "progressBefore", progress,
          "evidenceUrls", "occurredOn", "actorId", "actorName", "correctsId", "rowKey")
          VALUES ($1, $2, $3, $4, $5, $6, '{}', $7, $8, $9, NULL, NULL) RETURNING *`,
        values: [
          rec.id,
          input.note,
          rec.status,
          next.status,
          rec.progress,
          next.progress,
          today,
          ACTOR.userId,
          ACTOR.name,
        ],
      })
    ).rows[0];
    const saved = (
      await c.query<{ version: number }>({
        name: 'w_update',
        text: `UPDATE "Recommendation" SET status = $2, progress = $3, version = version + 1, "lastProgressAt" = $4,
          "updatedAt" = $5 WHERE id = $1 RETURNING *`,
        values: [rec.id, next.status, next.progress, update.createdAt, new Date()],
      })
    ).rows[0];
    const before = { status: rec.status, progress: rec.progress, version: rec.version };
    const after = { status: next.status, progress: next.progress, version: saved.version, updateId: update.id };
    await c.query({
      name: 'w_audit',
      // With the facts recordAudit records (src/domain/operations.ts), as the API's write does.
      text: `INSERT INTO "AuditEntry" ("actorName", "actorRole", operation, "targetType", "targetId", before, after,
          "recommendationId", "changeKind", "progressUpdateId", "webhookEvent")
        VALUES ($1, $2, 'logProgress', 'Recommendation', $3, $4, $5, $6, 'logProgress', $7, 'PROGRESS_LOGGED')`,
      values: [ACTOR.name, ACTOR.role, rec.code, JSON.stringify(before), JSON.stringify(after), rec.id, update.id],
    });
    await c.query('COMMIT');
    return JSON.stringify({
      data: {
        logProgress: {
          update: { id: String(update.id), note: update.note },
          recommendation: { code: rec.code, version: saved.version },
        },
      },
    });
  } catch (err) {
    await c.query('ROLLBACK').catch(() => undefined);
    throw err;
  } finally {
    c.release();
  }
}
