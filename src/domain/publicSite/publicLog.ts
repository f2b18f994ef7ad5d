// The ONE function through which a log entry reaches a public page (src/http/public). Everything a page shows of
// an entry passes here, so that the visibility rule (docs decisions, "Visibility") is applied in one place.
//
// NOTE: the `Visibility` column (PUBLIC | INTERNAL) comes from the internal-notes work on another branch. Until it
// is merged, an entry carries no `visibility` and is PUBLIC; once it does, an INTERNAL entry reaches an anonymous
// reader only as its status and progress change, with the note replaced by "Internal note" and no evidence.
import type { Evidence, ProgressUpdate, RecommendationStatus } from '../../generated/prisma/client';
import { archivedCopyPath } from '../evidence/archivedCopy';

export interface PublicEvidence {
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

type Entry = ProgressUpdate & { visibility?: 'PUBLIC' | 'INTERNAL' };

export function publicLogEntry(entry: Entry, evidence: readonly Evidence[], signedIn: boolean): PublicLogEntry {
  const withheld = entry.visibility === 'INTERNAL' && !signedIn;
  return {
    id: entry.id,
    occurredOn: entry.occurredOn,
    statusBefore: entry.statusBefore,
    status: entry.status,
    progressBefore: entry.progressBefore,
    progress: entry.progress,
    note: withheld ? '' : entry.note,
    withheld,
    evidence: withheld
      ? []
      : entry.evidenceUrls.map((url, position) => {
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
