// The periodic link check (EVIDENCE_CHECK_SCHEDULE): checkEvidenceLinks fans out one checkEvidenceLink job
// per captured link, so that a slow source delays only its own check, and enqueues the capture of rows still
// PENDING (rows the backfill migration made, or whose job was lost with a restored database) or FAILED (a
// source that was down, or answered 404, when the entry was logged, may answer now). BLOCKED rows stay so.
// A link is MISSING when it answers 404 or 410 or cannot be reached, CHANGED when its bytes differ from the
// archived copy's, ONLINE when they are the same; any other answer (a 500, a 403) says nothing about the
// link, so only checkedAt and lastCheckStatus move.
import type { JobDeps, JobHandler } from '../jobs/types';
import type { EvidenceLinkState } from '../../generated/prisma/enums';
import { enqueueJob } from '../../db/jobQueue';
import { OutboundFailed, OutboundRefused } from '../outbound/guardedFetch';
import { evidencePayload } from './capture';
import { enqueueCapture } from './record';
import { fetchEvidence } from './fetchEvidence';
import { sha256Hex } from './pageFacts';

export const checkEvidenceLinks =
  (deps: JobDeps): JobHandler =>
  async () => {
    const rows = await deps.db.evidence.findMany({
      where: { captureState: { in: ['CAPTURED', 'PENDING', 'FAILED'] } },
      select: { id: true, captureState: true },
      orderBy: { id: 'asc' },
    });
    await deps.db.$transaction(async (tx) => {
      for (const { id, captureState } of rows) {
        if (captureState !== 'CAPTURED') await enqueueCapture(tx, id);
        else
          await enqueueJob(
            tx,
            'checkEvidenceLink',
            { evidenceId: id },
            { jobKey: `checkEvidenceLink:${id}`, maxAttempts: 1 },
          );
      }
    });
    deps.log.info({ links: rows.length }, 'evidence link check enqueued');
  };

/** What one check found: the new link state (null: unchanged) and the status it answered, if any. */
async function probe(deps: JobDeps, url: string, sha256: string | null) {
  try {
    const res = await fetchEvidence(deps.config, url);
    const state: EvidenceLinkState | null =
      res.status === 404 || res.status === 410
        ? 'MISSING'
        : res.status >= 200 && res.status <= 299
          ? sha256Hex(res.body) === sha256
            ? 'ONLINE'
            : 'CHANGED'
          : null;
    return { state, status: res.status };
  } catch (err) {
    // Larger than the cap now: not the bytes that were archived.
    if (err instanceof OutboundFailed && err.kind === 'TOO_LARGE') return { state: 'CHANGED' as const, status: null };
    // Unreachable, or its name now points at an address the guard refuses.
    if (err instanceof OutboundFailed || err instanceof OutboundRefused)
      return { state: 'MISSING' as const, status: null };
    throw err;
  }
}

export const checkEvidenceLink =
  (deps: JobDeps): JobHandler =>
  async (payload) => {
    const { evidenceId } = evidencePayload.parse(payload);
    const row = await deps.db.evidence.findUnique({ where: { id: evidenceId } });
    if (!row || row.captureState !== 'CAPTURED') return;
    // The original URL, as the entry cites it: a redirect that now lands elsewhere is part of what is checked.
    const { state, status } = await probe(deps, row.url, row.sha256);
    await deps.db.evidence.update({
      where: { id: evidenceId },
      data: { ...(state ? { linkState: state } : {}), checkedAt: new Date(), lastCheckStatus: status },
    });
  };
