import type { OwnerResolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';

export const Owner: OwnerResolvers = {
  id: (o) => toGlobalId('Owner', o.id),
};
