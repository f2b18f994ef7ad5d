// The ONE function through which a log entry reaches a public page (src/http/public). Everything a page shows of
// an entry passes here, and it takes the note and evidence through the shared visibility rule (domain/visibility):
// an INTERNAL entry reaches an anonymous reader as its status and progress change only, and the page says
// "Internal note" in place of its text.
import type { Evidence, ProgressUpdate, RecommendationStatus } from '../../generated/prisma/client';
import { archivedCopyPath } from '../evidence/archivedCopy';
import { visibleTo, type Reader } from '../visibility/visibility';

interface PublicEvidence {
  url: string;
  /** The archived copy's path on this server, once it is captured. */
  archivedPath: string | null;
  title: string | null;
  capturedAt: Date | null;
}

export interface PublicLogEntry {
  id: number;
  occurredOn: Date;
  statusBefore: RecommendationStatus;
  status: RecommendationStatus;
  progressBefore: number;
  progress: number;
  /** The note as the reader may see it; empty for an internal entry read anonymously. */
  note: string;
  /** Whether the entry is internal and the note withheld: pages say "Internal note". */
  withheld: boolean;
  evidence: PublicEvidence[];
}

export function publicLogEntry(raw: ProgressUpdate, evidence: readonly Evidence[], reader: Reader): PublicLogEntry {
  const entry = visibleTo(reader, raw);
  const withheld = entry !== raw;
  return {
    id: entry.id,
    occurredOn: entry.occurredOn,
    statusBefore: entry.statusBefore,
    status: entry.status,
    progressBefore: entry.progressBefore,
    progress: entry.progress,
    note: entry.note,
    withheld,
    // The evidence records follow the links the rule left: none for a withheld entry.
    evidence: entry.evidenceUrls.map((url, position) => {
      const e = evidence.find((x) => x.position === position);
      return {
        url,
        archivedPath: e ? archivedCopyPath(e) : null,
        title: e?.title ?? null,
        capturedAt: e?.capturedAt ?? null,
      };
    }),
  };
}
