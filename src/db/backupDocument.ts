// The backup document (src/db/backup.ts takes and restores it): its tables in insert order, its envelope, and
// its digest. The digest is a SHA-256 of the canonical content (the JSON of format, formatVersion and tables,
// exactly as parsed), so a file damaged or edited after the backup is refused before anything is written. It is
// a checksum, not a signature: whoever can rewrite the file can compute a new one.
import { createHash } from 'node:crypto';

const BACKUP_FORMAT = 'ai-governance-tracker-backup';
// 2 added `proposals` (a second pair of eyes); 3 added `sha256`. Versions 1 and 2 still restore: they have no
// digest, so their integrity cannot be checked, and the restore says so. 4 added `memberships`; 5
// `rollupRevisions` (actions' parent links ride on the recommendations' rows); 6 the indicators; 7
// `documentRevisions`, `recommendationLinks` and `candidates` (and the documents' text, sections and hash, as
// columns); 8 `oidcIdentities`, so that a provider's user signs in as the same user after a restore.
export const BACKUP_FORMAT_VERSION = 8;
const FIRST_WITH_DIGEST = 3;

/** Document key → table, in an order that inserts parents before children. */
export const TABLES = {
  documents: 'SourceDocument',
  documentRevisions: 'DocumentRevision',
  themes: 'Theme',
  recommendations: 'Recommendation',
  recommendationLinks: 'RecommendationLink',
  candidates: 'Candidate',
  owners: 'Owner',
  ownerNames: 'OwnerName',
  recommendationOwners: 'RecommendationOwner',
  users: 'User',
  memberships: 'Membership',
  oidcIdentities: 'OidcIdentity',
  proposals: 'Proposal',
  progressUpdates: 'ProgressUpdate',
  indicators: 'Indicator',
  indicatorRevisions: 'IndicatorRevision',
  indicatorValues: 'IndicatorValue',
  evidenceArchive: 'EvidenceArchive',
  evidence: 'Evidence',
  targetDateRevisions: 'TargetDateRevision',
  quoteRevisions: 'QuoteRevision',
  rollupRevisions: 'RollupRevision',
  auditEntries: 'AuditEntry',
  catalogStates: 'CatalogState',
} as const;

/**
 * Tables the document leaves out, each with why. Every table of the database is in TABLES or here
 * (tests/structure/structure.test.ts checks it); a restore with --force empties these too (src/db/backup.ts).
 */
export const BACKUP_EXCLUDED: Readonly<Record<string, string>> = Object.freeze({
  ApiToken: 'only hashes are stored, and a restored server issues new tokens',
  ChangeEvent: 'derived: a restore writes the feed again from the restored audit trail',
  Session: 'a browser session belongs to the database that signed it in; after a restore, people sign in again',
  SigninFailure: 'throttling counts of the last minutes, about the database that counted them',
  Passkey:
    "a credential, left out as password hashes are; it is bound to PUBLIC_URL's host, and people add passkeys again",
  PasskeyChallenge: 'challenges of the last minutes, answered once or never',
  SignInLink: 'a one-time sign-in link belongs to the database that printed it, and expires within a day',
  OidcLogin: 'a sign-in through a provider under way, good for minutes, in the browser that started it',
  Follow: "watch lists belong to the database's users and sessions, not to the catalog's data",
  Preference: "console preferences belong to the database's users and sessions, not to the catalog's data",
  Webhook: 'its signing secret stays with the database that issued it',
  WebhookDelivery: 'a delivery belongs to the database that made it',
  WebhookAttempt: 'an attempt belongs to the delivery of the database that made it',
  DocumentUpload:
    'a file waiting to be used by the uploader who sent it; a document that uses it keeps it in the archive',
});

/** Tables added since format version 1: a backup taken before them has none, and restores as before. */
const ADDED_LATER: ReadonlySet<string> = new Set([
  'proposals',
  'ownerNames',
  'catalogStates',
  'evidenceArchive',
  'evidence',
]);
/** Lists added since the digest came, with the version that added each: an older document has none of it. */
const ADDED_SINCE_DIGEST: Readonly<Partial<Record<string, number>>> = {
  memberships: 4,
  rollupRevisions: 5,
  indicators: 6,
  indicatorRevisions: 6,
  indicatorValues: 6,
  documentRevisions: 7,
  recommendationLinks: 7,
  candidates: 7,
  oidcIdentities: 8,
};
/** Of those, the lists restored as none and then derived: evidence rows are backfilled from the log's links. */
const DERIVED_WHEN_MISSING: ReadonlySet<string> = new Set(['evidenceArchive', 'evidence']);

export type TableKey = keyof typeof TABLES;

type Row = Record<string, unknown>;

export interface BackupDocument {
  format: typeof BACKUP_FORMAT;
  formatVersion: number;
  /** SHA-256 (hex) of the canonical content; absent before format version 3. */
  sha256?: string;
  tables: Record<TableKey, Row[]>;
}

export class RestoreRefused extends Error {}

const digestOf = (d: Pick<BackupDocument, 'format' | 'formatVersion' | 'tables'>): string =>
  createHash('sha256')
    .update(JSON.stringify({ format: d.format, formatVersion: d.formatVersion, tables: d.tables }))
    .digest('hex');

/** A new document of this version, with its digest (placed before the tables, so that it shows at the top). */
export function sealBackup(tables: Record<TableKey, Row[]>): BackupDocument {
  const content = { format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION } as const;
  return { ...content, sha256: digestOf({ ...content, tables }), tables };
}

/** Refuses a document of version 3 or later whose digest is missing or does not match its content. */
function checkDigest(d: BackupDocument): boolean {
  if (d.formatVersion < FIRST_WITH_DIGEST) return false;
  if (typeof d.sha256 !== 'string')
    throw new RestoreRefused(`The backup has no "sha256" digest, which format version ${d.formatVersion} requires.`);
  if (d.sha256 !== digestOf(d))
    throw new RestoreRefused(
      'The backup does not match its sha256 digest: the file was changed or damaged after the backup was taken.',
    );
  return true;
}

/**
 * Checks a parsed document before anything is written: ours, not newer than this code, every table a list of
 * rows, intact (its digest). `verified` is false for a version 1 or 2 document, which has no digest.
 */
export function checkBackup(doc: unknown): { doc: BackupDocument; verified: boolean } {
  const d = doc as Partial<BackupDocument> | null;
  if (!d || typeof d !== 'object' || d.format !== BACKUP_FORMAT)
    throw new RestoreRefused(`Not a tracker backup: expected "format": "${BACKUP_FORMAT}".`);
  if (!Number.isInteger(d.formatVersion) || d.formatVersion! < 1)
    throw new RestoreRefused('The backup has no valid formatVersion.');
  if (d.formatVersion! > BACKUP_FORMAT_VERSION)
    throw new RestoreRefused(
      `The backup is format version ${d.formatVersion}, newer than this server's ${BACKUP_FORMAT_VERSION}: restore it with a newer version of the tracker.`,
    );
  const missing = (Object.keys(TABLES) as TableKey[]).filter((key) => d.tables?.[key] === undefined);
  for (const key of Object.keys(TABLES) as TableKey[]) {
    const absentAsOld =
      missing.includes(key) &&
      ((ADDED_LATER.has(key) && d.formatVersion! < FIRST_WITH_DIGEST) ||
        d.formatVersion! < (ADDED_SINCE_DIGEST[key] ?? 0));
    if (!absentAsOld && !Array.isArray(d.tables?.[key])) throw new RestoreRefused(`The backup has no "${key}" list.`);
  }
  // Checked before the lists an old document lacks are filled in below, on the content as it was read.
  const verified = checkDigest(d as BackupDocument);
  for (const key of missing) if (!DERIVED_WHEN_MISSING.has(key)) d.tables![key] = [];
  return { doc: d as BackupDocument, verified };
}
