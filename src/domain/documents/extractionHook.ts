// THE HOOK for candidate extraction: every write that gives a document a text (addSourceDocument,
// createSourceDocument, a revision that applied) calls queueCandidateExtraction in its transaction, so the job
// exists exactly when the text committed. The extraction registers the task (extraction/tasks.ts, listed in
// registry/jobRegistry.ts) and runs it (extraction/candidates.ts).
import type { Prisma } from '../../generated/prisma/client';
import { enqueueJob } from '../../db/jobQueue';

export const EXTRACT_CANDIDATES_TASK = 'extractCandidates';

/** Queues the document's extraction (payload `{ documentId }`), once per document at a time (job key). */
export async function queueCandidateExtraction(tx: Prisma.TransactionClient, documentId: number): Promise<void> {
  await tx.sourceDocument.update({
    where: { id: documentId },
    data: { extractionState: 'QUEUED', extractionFailure: null },
  });
  await enqueueJob(tx, EXTRACT_CANDIDATES_TASK, { documentId }, { jobKey: `extract-candidates-${documentId}` });
}
