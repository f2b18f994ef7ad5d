import type { OwnerResolvers } from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';

export const Owner: OwnerResolvers = {
  id: (o) => toGlobalId('Owner', o.id),
  aliases: (o, _a, ctx) => ctx.loaders.ownerAliases.load(o.id),
  mergedInto: (o, _a, ctx) => (o.mergedIntoId === null ? null : ctx.loaders.owner.load(o.mergedIntoId)),
};
