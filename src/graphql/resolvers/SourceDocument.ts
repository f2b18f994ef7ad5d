import type { SourceDocumentResolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';

export const SourceDocument: SourceDocumentResolvers = {
  id: (d) => toGlobalId('SourceDocument', d.id),
  themes: (d, _a, ctx) =>
    ctx.db.theme.findMany({ where: { documentId: d.id }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
};
