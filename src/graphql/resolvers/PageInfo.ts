import type { PageInfoResolvers } from '../__generated__/resolvers-types';

// Asked of the page only when selected: one of the two may need a database read (domain/paging/connection.ts).
export const PageInfo: PageInfoResolvers = {
  hasNextPage: (p) => p.hasNextPage(),
  hasPreviousPage: (p) => p.hasPreviousPage(),
};
