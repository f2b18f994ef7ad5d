// Where archived copies of evidence are kept, by the SHA-256 of their bytes: identical content (the same PDF
// linked from ten entries) is stored once. The interface is two calls so that an S3-compatible store can
// replace this PostgreSQL one (an object per key, its content type as metadata) without touching the callers.
import type { Config } from '../config';
import type { Db } from './client';

export interface StoredCopy {
  readonly bytes: Buffer;
  readonly contentType: string;
}

export interface EvidenceStore {
  /** Keeps the bytes under their SHA-256 (hex); a second put of the same key keeps the first. */
  put(sha256: string, bytes: Buffer, contentType: string): Promise<void>;
  get(sha256: string): Promise<StoredCopy | null>;
}

/** The store is full: keeping this copy would take it past EVIDENCE_STORAGE_MAX_BYTES. */
export class EvidenceStoreFull extends Error {}

/** The server's store: PostgreSQL's, today the only one. */
export const evidenceStore = (db: Db, config: Config): EvidenceStore =>
  postgresEvidenceStore(db, config.evidence.storageMaxBytes);

/** Table EvidenceArchive (bytea), at most `maxTotalBytes` (EVIDENCE_STORAGE_MAX_BYTES) in all. */
function postgresEvidenceStore(db: Db, maxTotalBytes: number): EvidenceStore {
  return {
    async put(sha256, bytes, contentType) {
      if (await db.evidenceArchive.findUnique({ where: { sha256 }, select: { sha256: true } })) return;
      const { _sum } = await db.evidenceArchive.aggregate({ _sum: { sizeBytes: true } });
      // Two captures finishing at once may both pass and overshoot by one copy: a cap, not an exact quota.
      if ((_sum.sizeBytes ?? 0) + bytes.length > maxTotalBytes)
        throw new EvidenceStoreFull(`the evidence archive is full (EVIDENCE_STORAGE_MAX_BYTES=${maxTotalBytes})`);
      await db.evidenceArchive.createMany({
        data: [{ sha256, contentType, sizeBytes: bytes.length, bytes: new Uint8Array(bytes) }],
        skipDuplicates: true,
      });
    },
    async get(sha256) {
      const row = await db.evidenceArchive.findUnique({ where: { sha256 } });
      return row ? { bytes: Buffer.from(row.bytes), contentType: row.contentType } : null;
    },
  };
}
