import type { EvidenceResolvers } from '../__generated__/resolvers-types';
import { archivedCopyPath } from '../../domain/evidence/archivedCopy';
import { failureReasonFor } from '../../domain/evidence/failure';

export const Evidence: EvidenceResolvers = {
  archivedCopyUrl: (e) => archivedCopyPath(e),
  failureReason: (e, _a, ctx) => failureReasonFor(ctx, e),
};
