// One versioned JSON document holding every table of the tracker's data: documents, themes, recommendations,
// owners, the progress log, target-date and quote revisions, the audit trail, and the users (API tokens are
// left out: only their hashes are stored, and a restored server issues new ones). Rows are written by
// PostgreSQL's row_to_json and read back by json_populate_recordset, so every type (dates, arrays, JSON,
// enums) round-trips exactly, ids included. Restore only inserts: the log and the audit trail are append-only
// (triggers refuse UPDATE and DELETE; TRUNCATE only with tracker.allow_reset, which --force uses). Evidence
// records and their archived copies (bytea, as hex) are included; the job queue is not: a restored server's
// next link check enqueues the captures still PENDING.
import type { Db } from './client';
import { Prisma } from '../generated/prisma/client';

const BACKUP_FORMAT = 'ai-governance-tracker-backup';
// 2 added `proposals` (a second pair of eyes); a version 1 document, which has none, still restores.
export const BACKUP_FORMAT_VERSION = 2;

/** Document key → table, in an order that inserts parents before children. */
const TABLES = {
  documents: 'SourceDocument',
  themes: 'Theme',
  recommendations: 'Recommendation',
  owners: 'Owner',
  ownerNames: 'OwnerName',
  recommendationOwners: 'RecommendationOwner',
  users: 'User',
  proposals: 'Proposal',
  progressUpdates: 'ProgressUpdate',
  evidenceArchive: 'EvidenceArchive',
  evidence: 'Evidence',
  targetDateRevisions: 'TargetDateRevision',
  quoteRevisions: 'QuoteRevision',
  auditEntries: 'AuditEntry',
  catalogStates: 'CatalogState',
} as const;

/** Tables added since format version 1: a backup taken before them has none, and restores as before. */
const ADDED_LATER: ReadonlySet<string> = new Set([
  'proposals',
  'ownerNames',
  'catalogStates',
  'evidenceArchive',
  'evidence',
]);
/** Of those, the lists restored as none and then derived: evidence rows are backfilled from the log's links. */
const DERIVED_WHEN_MISSING: ReadonlySet<string> = new Set(['evidenceArchive', 'evidence']);
/** Tables keyed by something other than a serial id. */
const KEYS: Record<string, string> = {
  RecommendationOwner: '"recommendationId", "ownerId"',
  CatalogState: '"documentSlug"',
  EvidenceArchive: 'sha256',
};

type TableKey = keyof typeof TABLES;

type Row = Record<string, unknown>;

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  tables: Record<TableKey, Row[]>;
}

/**
 * Tables a restore empties with --force: the document's, the tokens that name its users, and what derives from
 * them or belongs to that database: the change feed (the restored trail writes it again, through its trigger)
 * and the watch lists.
 */
const ALL_TABLES = [...Object.values(TABLES), 'ApiToken', 'ChangeEvent', 'Follow'];

const orderOf = (table: string) => KEYS[table] ?? 'id';

export async function takeBackup(db: Db): Promise<BackupDocument> {
  // One snapshot for all tables, so the document is consistent even while the server writes.
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const tables = {} as Record<TableKey, Row[]>;
      for (const [key, table] of Object.entries(TABLES) as [TableKey, string][]) {
        const [{ rows }] = await tx.$queryRawUnsafe<{ rows: string }[]>(
          `SELECT coalesce(json_agg(row_to_json(t) ORDER BY ${orderOf(table)}), '[]')::text AS rows FROM "${table}" t`,
        );
        tables[key] = JSON.parse(rows) as Row[];
      }
      return { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, tables };
    },
    { timeout: 120_000 },
  );
}

export class RestoreRefused extends Error {}

/** Checks a parsed document's envelope: ours, not newer than this code, every table a list of rows. */
function checkBackup(doc: unknown): BackupDocument {
  const d = doc as Partial<BackupDocument> | null;
  if (!d || typeof d !== 'object' || d.format !== BACKUP_FORMAT)
    throw new RestoreRefused(`Not a tracker backup: expected "format": "${BACKUP_FORMAT}".`);
  if (!Number.isInteger(d.formatVersion) || d.formatVersion! < 1)
    throw new RestoreRefused('The backup has no valid formatVersion.');
  if (d.formatVersion! > BACKUP_FORMAT_VERSION)
    throw new RestoreRefused(
      `The backup is format version ${d.formatVersion}, newer than this server's ${BACKUP_FORMAT_VERSION}: restore it with a newer version of the tracker.`,
    );
  for (const key of Object.keys(TABLES) as TableKey[]) {
    if (ADDED_LATER.has(key) && d.tables && d.tables[key] === undefined) {
      if (DERIVED_WHEN_MISSING.has(key)) continue;
      d.tables[key] = [];
    }
    if (!Array.isArray(d.tables?.[key])) throw new RestoreRefused(`The backup has no "${key}" list.`);
  }
  return d as BackupDocument;
}

async function rowCount(db: Db): Promise<number> {
  const counts = ALL_TABLES.map((t) => `(SELECT count(*) FROM "${t}")`).join(' + ');
  const [{ n }] = await db.$queryRawUnsafe<{ n: number }[]>(`SELECT (${counts})::int AS n`);
  return n;
}

/** Loads a backup into an empty database (or, with `force`, one it empties first), in one transaction. */
export async function restoreBackup(db: Db, raw: unknown, options: { force?: boolean } = {}) {
  const doc = checkBackup(raw);
  const existing = await rowCount(db);
  if (existing > 0 && !options.force)
    throw new RestoreRefused(
      `The database is not empty (${existing} rows): restore into an empty one, or pass --force.`,
    );
  const inserted: Record<string, number> = {};
  await db.$transaction(
    async (tx) => {
      if (existing > 0) {
        await tx.$executeRawUnsafe(`SELECT set_config('tracker.allow_reset', 'on', true)`);
        await tx.$executeRawUnsafe(`TRUNCATE ${ALL_TABLES.map((t) => `"${t}"`).join(', ')} RESTART IDENTITY CASCADE`);
      }
      for (const [key, table] of Object.entries(TABLES) as [TableKey, string][]) {
        if (key === 'evidence' && !doc.tables.evidence) await backfillEvidence(tx);
        const rows = doc.tables[key] ?? [];
        inserted[key] = rows.length;
        if (!rows.length) continue;
        // The document's own columns: a column added later keeps its default.
        const columns = Prisma.raw(
          Object.keys(rows[0])
            .map((c) => `"${c.replace(/"/g, '""')}"`)
            .join(', '),
        );
        await tx.$executeRaw`INSERT INTO ${Prisma.raw(`"${table}"`)} (${columns})
          SELECT ${columns} FROM json_populate_recordset(NULL::${Prisma.raw(`"${table}"`)}, ${JSON.stringify(rows)}::json)`;
        if (key === 'evidence') await deriveEvidenceFailures(tx);
        if (!KEYS[table])
          await tx.$executeRawUnsafe(
            `SELECT setval(pg_get_serial_sequence('"${table}"', 'id'), (SELECT max(id) FROM "${table}"))`,
          );
      }
    },
    { timeout: 300_000 },
  );
  return inserted;
}

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
