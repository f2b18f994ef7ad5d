import type { NodeResolvers } from '../__generated__/resolvers-types';

// domain/registry/nodes.ts tags each row it finds with its type.
export const Node: NodeResolvers = {
  __resolveType: (n) => n.__typename,
};
