import type {
  AuditEntryResolvers,
  QuoteRevisionResolvers,
  TargetDateRevisionResolvers,
  UserResolvers,
} from '../__generated__/resolvers-types';
import { tokensOf } from '../services/users';

export const User: UserResolvers = {
  tokens: (u, _a, ctx) => tokensOf(ctx, u.id),
};

export const AuditEntry: AuditEntryResolvers = {
  actor: (e) => e.actorName,
};

export const TargetDateRevision: TargetDateRevisionResolvers = {
  actor: (r) => r.actorName,
};

export const QuoteRevision: QuoteRevisionResolvers = {
  actor: (r) => r.actorName,
};
