import type {
  ApiTokenResolvers,
  AuditEntryResolvers,
  QuoteRevisionResolvers,
  TargetDateRevisionResolvers,
  UserResolvers,
} from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';
import { tokensOf } from '../../domain/access/users';

export const User: UserResolvers = {
  id: (u) => toGlobalId('User', u.id),
  tokens: (u, _a, ctx) => tokensOf(ctx, u.id),
};

export const ApiToken: ApiTokenResolvers = {
  id: (t) => toGlobalId('ApiToken', t.id),
};

export const AuditEntry: AuditEntryResolvers = {
  id: (e) => toGlobalId('AuditEntry', e.id),
  actor: (e) => e.actorName,
};

export const TargetDateRevision: TargetDateRevisionResolvers = {
  actor: (r) => r.actorName,
};

export const QuoteRevision: QuoteRevisionResolvers = {
  actor: (r) => r.actorName,
};
