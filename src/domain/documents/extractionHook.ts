// THE HOOK for candidate extraction (issue 24, the extraction part): every write that gives a document a text
// (addSourceDocument, createSourceDocument, a revision that applied) calls queueCandidateExtraction in its
// transaction. Until the extraction feature registers its `extractCandidates` task (its own `jobs`, listed in
// registry/jobRegistry.ts) and sets EXTRACTION_REGISTERED, nothing is queued and the document stays NOT_STARTED:
// a job no worker knows would wait forever, and the state would say QUEUED for nothing.
import type { Prisma } from '../../generated/prisma/client';
import { enqueueJob } from '../../db/jobQueue';

const EXTRACT_CANDIDATES_TASK = 'extractCandidates';

/** The extraction feature sets this to true when it registers EXTRACT_CANDIDATES_TASK. */
const EXTRACTION_REGISTERED: boolean = false;

/** Queues the document's extraction (payload `{ documentId }`), once per document at a time (job key). */
export async function queueCandidateExtraction(tx: Prisma.TransactionClient, documentId: number): Promise<void> {
  if (!EXTRACTION_REGISTERED) return;
  await tx.sourceDocument.update({
    where: { id: documentId },
    data: { extractionState: 'QUEUED', extractionFailure: null },
  });
  await enqueueJob(tx, EXTRACT_CANDIDATES_TASK, { documentId }, { jobKey: `extract-candidates-${documentId}` });
}
