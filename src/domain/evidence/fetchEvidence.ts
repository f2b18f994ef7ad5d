// One fetch of an evidence link under the outbound guard (domain/outbound) and EVIDENCE_* limits, shared by
// the capture and the link check.
import type { Config } from '../../config';
import { guardedFetch, type FetchedResponse, type ResolveHost } from '../outbound/guardedFetch';

const REQUEST = {
  headers: {
    'user-agent': 'ai-governance-tracker evidence archiver',
    accept: 'text/html,application/xhtml+xml,application/pdf,text/plain;q=0.9,image/*;q=0.8',
  },
};

export const fetchEvidence = (config: Config, url: string, resolve?: ResolveHost): Promise<FetchedResponse> =>
  guardedFetch(
    url,
    config.evidenceAllowlist,
    {
      timeoutMs: config.evidence.timeoutMs,
      maxBytes: config.evidence.maxBytes,
      maxRedirects: config.evidence.maxRedirects,
    },
    REQUEST,
    resolve,
  );
