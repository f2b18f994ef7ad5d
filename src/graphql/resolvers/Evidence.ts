import type { EvidenceResolvers } from '../__generated__/resolvers-types';
import { archivedCopyPath } from '../../domain/evidence/archivedCopy';

export const Evidence: EvidenceResolvers = {
  archivedCopyUrl: (e) => archivedCopyPath(e),
};
