// The extraction's job: a document added (or revised) queues it in its own transaction (../extractionHook.ts), and
// the worker runs it here. A run that fails marks its document FAILED and is not retried: the same text would
// fail again, and `extractCandidates` re-runs it once the document is fixed.
import { z } from 'zod';
import type { FeatureJobs, JobDeps, JobTasks } from '../../jobs/types';
import { EXTRACT_CANDIDATES_TASK } from '../extractionHook';
import { runExtraction } from './candidates';

const payloadSchema = z.object({ documentId: z.number().int().positive() });

const extractionTasks = (deps: JobDeps): JobTasks => ({
  [EXTRACT_CANDIDATES_TASK]: async (payload) => {
    const { documentId } = payloadSchema.parse(payload);
    const doc = await deps.db.sourceDocument.findUnique({ where: { id: documentId }, select: { id: true } });
    if (!doc) return; // gone since: nothing to extract
    await deps.db.sourceDocument.update({ where: { id: documentId }, data: { extractionState: 'RUNNING' } });
    await runExtraction(deps.db, documentId, new Date(), undefined, deps.log);
  },
});

export const jobs: FeatureJobs = { tasks: extractionTasks };
