// Why a capture did not keep a copy, in two words: the generic EvidenceFailure every reader sees, and the
// detail (failureReason) that only admins and the server log get. The detail can say what a name resolved to
// or how a connection failed, which would make the API a probe of the server's network (webhook registration
// hides it for the same reason).
import type { AppContext } from '../../context';
import type { Evidence } from '../../generated/prisma/client';
import type { EvidenceFailure } from '../../generated/prisma/enums';
import { mayPerform } from '../access/auth';
import { OutboundFailed, OutboundRefused } from '../outbound/guardedFetch';
import { EvidenceStoreFull } from '../../db/evidenceStore';
import { AnalysisFailed } from './pageAnalysis';

/** An answer the capture does not keep: an error status, or a content type the archive does not take. */
export class CaptureRefused extends Error {
  constructor(
    readonly failure: EvidenceFailure,
    readonly facts: { failureReason: string; httpStatus: number; finalUrl: string },
    readonly transient: boolean,
  ) {
    super(facts.failureReason);
  }
}

export interface CaptureFailure {
  readonly captureState: 'BLOCKED' | 'FAILED';
  readonly failure: EvidenceFailure;
  readonly failureReason: string;
  readonly httpStatus?: number;
  readonly finalUrl?: string;
  /** Worth another attempt later: the source may answer then. */
  readonly transient: boolean;
}

const OUTBOUND_FAILURES: Record<OutboundFailed['kind'], EvidenceFailure> = {
  NETWORK: 'UNREACHABLE',
  TIMEOUT: 'TIMEOUT',
  TOO_LARGE: 'TOO_LARGE',
  CONTENT_TYPE: 'UNSUPPORTED_TYPE',
  REDIRECTS: 'HTTP_ERROR',
};

/** What a capture's error says about the link; null for an error that is not about the link (a bug, the database). */
export function captureFailure(err: unknown): CaptureFailure | null {
  const failed = (failure: EvidenceFailure, transient = false) =>
    ({ captureState: 'FAILED', failure, failureReason: (err as Error).message, transient }) as const;
  if (err instanceof OutboundRefused)
    return { captureState: 'BLOCKED', failure: 'BLOCKED_ADDRESS', failureReason: err.message, transient: false };
  if (err instanceof OutboundFailed)
    return failed(OUTBOUND_FAILURES[err.kind], err.kind === 'NETWORK' || err.kind === 'TIMEOUT');
  if (err instanceof CaptureRefused) return { ...failed(err.failure, err.transient), ...err.facts };
  if (err instanceof EvidenceStoreFull) return failed('TOO_LARGE');
  if (err instanceof AnalysisFailed) return failed(err.failure);
  return null;
}

/** Evidence.failureReason as the caller may read it: the detail for admins, null for everyone else. */
export const failureReasonFor = (ctx: AppContext, e: Pick<Evidence, 'failureReason'>): string | null =>
  mayPerform(ctx.actor, 'readEvidenceFailureDetail') ? e.failureReason : null;
