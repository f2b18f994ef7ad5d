import type { SourceDocumentResolvers } from '../__generated__/resolvers-types';

export const SourceDocument: SourceDocumentResolvers = {
  themes: (d, _a, ctx) => ctx.db.theme.findMany({ where: { documentId: d.id }, orderBy: [{ sortOrder: 'asc' }, { id: 'asc' }] }),
};
