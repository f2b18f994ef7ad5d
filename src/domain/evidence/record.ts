// An entry's evidence links become Evidence rows in the transaction that logs it, each with its capture job
// (a transactional outbox: the job exists exactly when the entry committed).
import type { Prisma } from '../../generated/prisma/client';
import { enqueueJob } from '../../db/jobQueue';

/** Attempts of one capture: transient failures (network, timeout, 5xx) are retried with backoff. */
const CAPTURE_ATTEMPTS = 3;

/** The same key for the capture job of one row, so a second enqueue replaces a pending one instead of doubling. */
export async function enqueueCapture(tx: Prisma.TransactionClient, evidenceId: number): Promise<void> {
  await enqueueJob(
    tx,
    'captureEvidence',
    { evidenceId },
    { jobKey: `captureEvidence:${evidenceId}`, maxAttempts: CAPTURE_ATTEMPTS },
  );
}

/** Creates one PENDING Evidence row per link of the entry, in order, and enqueues its capture. */
export async function recordEvidence(
  tx: Prisma.TransactionClient,
  progressUpdateId: number,
  urls: readonly string[],
): Promise<void> {
  if (!urls.length) return;
  const rows = await tx.evidence.createManyAndReturn({
    data: urls.map((url, position) => ({ progressUpdateId, position, url })),
    select: { id: true },
  });
  for (const { id } of rows) await enqueueCapture(tx, id);
}
