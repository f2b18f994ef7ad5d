import type {
  BrokenQuoteResolvers,
  DocumentRevisionResolvers,
  SourceDocumentResolvers,
} from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';
import { candidatesOf, coverageOf } from '../../domain/documents/extraction/candidates';
import type { Section } from '../../domain/catalog/documentText';
import { brokenQuotesOf } from '../../domain/catalog/quotedText';
import { currentRecommendation } from './Recommendation';

export const SourceDocument: SourceDocumentResolvers = {
  id: (d) => toGlobalId('SourceDocument', d.id),
  themes: (d, _a, ctx) =>
    ctx.db.theme.findMany({ where: { documentId: d.id }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
  candidates: (d, args, ctx) => candidatesOf(ctx, d.id, args),
  coverage: (d, _a, ctx) => coverageOf(ctx, d.id),
  extraction: (d) => ({ state: d.extractionState, failure: d.extractionFailure, extractedAt: d.extractedAt }),
  sections: (d) => d.sections as unknown as Section[],
  pendingRevision: (d, _a, ctx) => ctx.db.documentRevision.findFirst({ where: { documentId: d.id, state: 'PENDING' } }),
};

export const DocumentRevision: DocumentRevisionResolvers = {
  brokenQuotes: (r, _a, ctx) => brokenQuotesOf(ctx.db, r),
};

export const BrokenQuote: BrokenQuoteResolvers = {
  recommendation: (b, _a, ctx) => currentRecommendation(ctx, b.recommendationId),
};
