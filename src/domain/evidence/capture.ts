// The captureEvidence job: fetches one evidence link under the outbound guard and keeps an archived copy,
// hashed and titled in a worker thread with a budget (pageAnalysis.ts), never on the API's event loop.
// A refused address is BLOCKED (nothing was sent); an answer that is not a copy worth keeping is FAILED, with
// a generic failure for readers and its detail for admins and the log (failure.ts). Network trouble, timeouts
// and 5xx/429 answers are retried by the queue (with backoff) until the job's last attempt; the row says
// FAILED meanwhile, and a later success makes it CAPTURED.
import { z } from 'zod';
import type { JobDeps, JobHandler } from '../jobs/types';
import type { FetchedResponse } from '../outbound/guardedFetch';
import { evidenceStore } from '../../db/evidenceStore';
import { fetchEvidence } from './fetchEvidence';
import { analysePage, type AnalysePage } from './pageAnalysis';
import { archivedType } from './archivedType';
import { CaptureRefused, captureFailure } from './failure';

export const evidencePayload = z.object({ evidenceId: z.number().int().positive() });

/** A failure worth another attempt later: the source may answer then. */
class TransientFailure extends Error {}

const isTransientStatus = (status: number) => status >= 500 || status === 429 || status === 408;

export const captureEvidence =
  (deps: JobDeps, analyse: AnalysePage = analysePage): JobHandler =>
  async (payload, job) => {
    const { evidenceId } = evidencePayload.parse(payload);
    const row = await deps.db.evidence.findUnique({ where: { id: evidenceId } });
    if (!row || row.captureState === 'CAPTURED') return;
    try {
      await keepCopy(deps, evidenceId, await fetchEvidence(deps.config, row.url), analyse);
    } catch (err) {
      const outcome = captureFailure(err);
      if (!outcome) throw err;
      const { transient, ...data } = outcome;
      deps.log.info({ evidenceId, failure: data.failure, reason: data.failureReason }, 'evidence not captured');
      await deps.db.evidence.update({ where: { id: evidenceId }, data });
      if (transient && job.attempts < job.maxAttempts) throw new TransientFailure(data.failureReason);
    }
  };

async function keepCopy(deps: JobDeps, evidenceId: number, res: FetchedResponse, analyse: AnalysePage) {
  const facts = { httpStatus: res.status, finalUrl: res.finalUrl };
  if (res.status < 200 || res.status > 299)
    throw new CaptureRefused(
      'HTTP_ERROR',
      { ...facts, failureReason: `HTTP ${res.status}` },
      isTransientStatus(res.status),
    );
  // The type that was checked is the type stored and served (archivedType), never the raw header.
  const contentType = archivedType(res.headers['content-type']);
  if (!contentType)
    throw new CaptureRefused(
      'UNSUPPORTED_TYPE',
      { ...facts, failureReason: `content type ${res.contentType ?? 'none'} is not archived` },
      false,
    );
  const { sha256, title } = await analyse({ contentType: res.contentType, body: res.body });
  await evidenceStore(deps.db, deps.config).put(sha256, res.body, contentType);
  const now = new Date();
  await deps.db.evidence.update({
    where: { id: evidenceId },
    data: {
      ...facts,
      captureState: 'CAPTURED',
      contentType,
      title,
      sha256,
      sizeBytes: res.body.length,
      capturedAt: now,
      failure: null,
      failureReason: null,
      // The capture is itself a check of the link.
      linkState: 'ONLINE',
      checkedAt: now,
      lastCheckStatus: res.status,
    },
  });
}
