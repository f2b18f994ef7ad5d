import type { SourceDocumentResolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';
import { candidatesOf, coverageOf } from '../../domain/documents/extraction/candidates';

export const SourceDocument: SourceDocumentResolvers = {
  id: (d) => toGlobalId('SourceDocument', d.id),
  themes: (d, _a, ctx) =>
    ctx.db.theme.findMany({ where: { documentId: d.id }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
  candidates: (d, args, ctx) => candidatesOf(ctx, d.id, args),
  coverage: (d, _a, ctx) => coverageOf(ctx, d.id),
  extraction: (d) => ({ state: d.extractionState, failure: d.extractionFailure, extractedAt: d.extractedAt }),
};
