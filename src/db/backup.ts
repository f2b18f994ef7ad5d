// One versioned JSON document holding every table of the tracker's data (src/db/backupDocument.ts): documents,
// themes, recommendations, owners, the progress log, target-date and quote revisions, the audit trail, and the
// users (API tokens and password hashes are left out: a restored server issues new ones). Rows are
// written by PostgreSQL's row_to_json and read back by json_populate_recordset, so every type (dates, arrays,
// JSON, enums) round-trips exactly, ids included. Restore only inserts: the log and the audit trail are
// append-only (triggers refuse UPDATE and DELETE; TRUNCATE only with tracker.allow_reset, which --force uses).
// Evidence records and their archived copies (bytea, as hex) are included; the job queue and the webhooks are
// not (their secrets stay where they were issued, and a delivery belongs to the database that made it).
import type { Db } from './client';
import { Prisma } from '../generated/prisma/client';
import { RESTORED_TXID } from './changeEvents';
import {
  BACKUP_EXCLUDED,
  checkBackup,
  RestoreRefused,
  sealBackup,
  TABLES,
  type BackupDocument,
  type TableKey,
} from './backupDocument';

export { BACKUP_FORMAT_VERSION, RestoreRefused, type BackupDocument } from './backupDocument';

/** Tables keyed by something other than a serial id. */
const KEYS: Record<string, string> = {
  RecommendationOwner: '"recommendationId", "ownerId"',
  CatalogState: '"documentSlug"',
  EvidenceArchive: 'sha256',
};

type Row = Record<string, unknown>;

/**
 * Tables a restore empties with --force: the document's, the tokens that name its users, and what derives from
 * them or belongs to that database: the change feed (written again below from the restored trail), the watch
 * lists and console preferences, and the webhooks with their deliveries and attempts (about changes of the data
 * being replaced).
 */
const ALL_TABLES = [...Object.values(TABLES), ...Object.keys(BACKUP_EXCLUDED)];

const orderOf = (table: string) => KEYS[table] ?? 'id';

/**
 * Columns a backup leaves out: a password hash, like a token's, is a credential that stays with the database
 * that set it (after a restore, an admin sets passwords again with setPassword).
 */
const OMITTED_COLUMNS: Record<string, string> = { User: 'passwordHash' };

const rowJson = (table: string) =>
  OMITTED_COLUMNS[table] ? `(row_to_json(t)::jsonb - '${OMITTED_COLUMNS[table]}')` : 'row_to_json(t)';

export async function takeBackup(db: Db): Promise<BackupDocument> {
  // One snapshot for all tables, so the document is consistent even while the server writes.
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const tables = {} as Record<TableKey, Row[]>;
      for (const [key, table] of Object.entries(TABLES) as [TableKey, string][]) {
        const [{ rows }] = await tx.$queryRawUnsafe<{ rows: string }[]>(
          `SELECT coalesce(json_agg(${rowJson(table)} ORDER BY ${orderOf(table)}), '[]')::text AS rows FROM "${table}" t`,
        );
        tables[key] = JSON.parse(rows) as Row[];
      }
      return sealBackup(tables);
    },
    { timeout: 120_000 },
  );
}

/** Rows in the tables a restore would replace, and jobs in the queue (which follow from such rows). */
async function rowCount(db: Db): Promise<number> {
  const counts = [...ALL_TABLES.map((t) => `"${t}"`), 'graphile_worker.jobs'].map((t) => `(SELECT count(*) FROM ${t})`);
  const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT (${counts.join(' + ')})::int AS n`);
  return n;
}

export interface RestoreSummary {
  /** Rows inserted, by document key. */
  inserted: Record<string, number>;
  /** Whether the document's digest was checked: false for a version 1 or 2 document, which has none. */
  verified: boolean;
}

/** Loads a backup into an empty database (or, with `force`, one it empties first), in one transaction. */
export async function restoreBackup(db: Db, raw: unknown, options: { force?: boolean } = {}): Promise<RestoreSummary> {
  const { doc, verified } = checkBackup(raw);
  const existing = await rowCount(db);
  if (existing > 0 && !options.force)
    throw new RestoreRefused(
      `The database is not empty (${existing} rows): restore into an empty one, or pass --force.`,
    );
  const inserted: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      // The restored trail is history, not news: the triggers on "AuditEntry" queue no webhook fan-out and
      // announce no change for it (migration *_raw_restore_switch).
      await tx.$executeRawUnsafe(`SELECT set_config('tracker.restoring', 'on', true)`);
      if (existing > 0) await emptyDatabase(tx);
      for (const [key, table] of Object.entries(TABLES) as [TableKey, string][]) {
        if (key === 'evidence' && !doc.tables.evidence) await backfillEvidence(tx);
        inserted[key] = await insertRows(tx, table, doc.tables[key] ?? []);
        if (key === 'evidence' && inserted[key]) await deriveEvidenceFailures(tx);
      }
      await writeRestoredFeed(tx);
    },
    { timeout: 300_000 },
  );
  return { inserted, verified };
}

async function emptyDatabase(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRawUnsafe(`SELECT set_config('tracker.allow_reset', 'on', true)`);
  await tx.$executeRawUnsafe(`TRUNCATE ${ALL_TABLES.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
  // Queued jobs name rows of the replaced data (an audit entry to fan out, a delivery, an evidence record to
  // capture); left queued they would act on whatever restored row has that id now. graphile-worker's own call
  // deletes them; one that a worker is running at this moment is left to finish.
  await tx.$executeRaw`SELECT graphile_worker.complete_jobs(ARRAY(SELECT id FROM graphile_worker.jobs))`;
}

async function insertRows(tx: Prisma.TransactionClient, table: string, rows: Row[]): Promise<number> {
  if (!rows.length) return 0;
  // The document's own columns: a column added later keeps its default, or is derived below.
  const names = Object.keys(rows[0]);
  const derived = DERIVED_COLUMNS[table]?.(names);
  const quoted = (list: string[]) => Prisma.raw(list.map((c) => `"${c.replace(/"/g, '""')}"`).join(', '));
  const columns = quoted(names);
  const into = derived ? Prisma.sql`${columns}, ${quoted(derived.columns)}` : columns;
  await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${into})
    SELECT ${derived ? Prisma.sql`${columns}, ${derived.values}` : columns}
    FROM json_populate_recordset(NULL::${Prisma.raw(`"${table}"`)}, ${JSON.stringify(rows)}::json) t
      ${derived?.from ?? Prisma.empty}`;
  if (!KEYS[table])
    await tx.$executeRawUnsafe(
      `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`,
    );
  return rows.length;
}

const AUDIT_FACTS = ['recommendationId', 'changeKind', 'progressUpdateId', 'webhookEvent'];

/**
 * Columns an older document lacks that are derived from its rows as they are inserted, by the function the
 * migration that added them made for its own backfill: an audit entry's facts (migration *_raw_audit_facts), for a
 * trail written before the operation table recorded them. The trail is append-only, so they cannot come later.
 */
const DERIVED_COLUMNS: Record<
  string,
  (names: string[]) => { columns: string[]; values: Prisma.Sql; from: Prisma.Sql } | null
> = {
  AuditEntry: (names) =>
    names.includes('changeKind')
      ? null
      : {
          columns: AUDIT_FACTS,
          values: Prisma.raw(AUDIT_FACTS.map((c) => `f."${c}"`).join(', ')),
          from: Prisma.sql`CROSS JOIN LATERAL tracker_audit_facts_before_table(t."operation", t."targetType", t."targetId", t."after") f`,
        },
};

/** As migration 20261201211100_evidence_backfill: PENDING rows for the links, captured by the next link check. */
async function backfillEvidence(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`INSERT INTO "Evidence" ("progressUpdateId", "position", "url")
    SELECT u.id, (l.ord - 1)::int, l.url
    FROM "ProgressUpdate" u CROSS JOIN LATERAL unnest(u."evidenceUrls") WITH ORDINALITY AS l(url, ord)
    ORDER BY u.id, l.ord`;
}

/**
 * Rows from a backup taken before Evidence.failure have none: derived from their state and reason by the
 * function migration 20261207120100_raw_evidence_failure_backfill made for its own backfill.
 */
async function deriveEvidenceFailures(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`UPDATE "Evidence" SET "failure" = evidence_failure_from_reason("captureState", "failureReason")
    WHERE "failure" IS NULL AND "captureState" IN ('BLOCKED', 'FAILED')`;
}

/**
 * The change feed of the restored trail, from the facts its entries recorded, as its trigger writes it (migration
 * *_raw_audit_facts), but as history: under RESTORED_TXID, before every change made after the restore, and with
 * no notification.
 */
async function writeRestoredFeed(tx: Prisma.TransactionClient): Promise<void> {
  await tx.$executeRaw`INSERT INTO "ChangeEvent"
      ("txid", "kind", "recommendationId", "auditEntryId", "progressUpdateId", "actorName", "createdAt")
    SELECT ${RESTORED_TXID.toString()}::xid8, a."changeKind", a."recommendationId", a.id, a."progressUpdateId",
      a."actorName", a."createdAt"
    FROM "AuditEntry" a
    WHERE a."changeKind" IS NOT NULL AND a."recommendationId" IS NOT NULL
    ORDER BY a.id`;
}
