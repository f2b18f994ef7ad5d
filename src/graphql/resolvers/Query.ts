import type { QueryResolvers } from '../__generated__/resolvers-types';
import { listRecommendations, getRecommendation } from '../../domain/catalog/recommendations';
import { auditLog, listDocuments, listOwners, listThemes } from '../../domain/catalog/catalog';
import { getSummary } from '../../domain/catalog/summary';
import { listUsers } from '../../domain/access/users';
import { TRANSITIONS } from '../../domain/log/lifecycle';
import { getNode, getNodes } from '../../domain/registry/nodes';
import { pageIncludes } from './pageLookahead';
import { listWebhooks } from '../../domain/webhooks/admin';
import { listChanges, myFeed } from '../../domain/live/changes';
import { myProposals, pendingReviews } from '../../domain/log/proposals';

export const Query: QueryResolvers = {
  recommendations: (_p, args, ctx, info) => listRecommendations(ctx, args, pageIncludes(info)),
  recommendation: (_p, { code, asOf }, ctx) => getRecommendation(ctx, code, asOf),
  node: (_p, { id }, ctx) => getNode(ctx, id),
  nodes: (_p, { ids }, ctx) => getNodes(ctx, ids),
  themes: (_p, { pillar }, ctx) => listThemes(ctx, pillar),
  documents: (_p, _a, ctx) => listDocuments(ctx),
  document: (_p, { slug }, ctx) => ctx.db.sourceDocument.findUnique({ where: { slug } }),
  owners: (_p, { includeMerged, includeArchived }, ctx) =>
    listOwners(ctx, includeMerged ?? false, includeArchived ?? false),
  summary: (_p, { filter }, ctx) => getSummary(ctx, filter),
  transitions: () =>
    Object.entries(TRANSITIONS).map(([from, to]) => ({ from: from as keyof typeof TRANSITIONS, to: [...to] })),
  me: (_p, _a, ctx) => (ctx.actor ? { name: ctx.actor.name, role: ctx.actor.role } : null),
  users: (_p, _a, ctx) => listUsers(ctx),
  auditLog: (_p, args, ctx) => auditLog(ctx, args),
  webhooks: (_p, _a, ctx) => listWebhooks(ctx),
  changes: (_p, args, ctx) => listChanges(ctx, args),
  myFeed: (_p, args, ctx) => myFeed(ctx, args),
  pendingReviews: (_p, args, ctx) => pendingReviews(ctx, args),
  myProposals: (_p, args, ctx) => myProposals(ctx, args),
};
