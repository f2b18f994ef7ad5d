import type {
  ApiTokenResolvers,
  AuditEntryResolvers,
  QuoteRevisionResolvers,
  PasskeyResolvers,
  SessionResolvers,
  TargetDateRevisionResolvers,
  UserResolvers,
} from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';
import { auditSummary } from '../../domain/operations';
import { tokensOf } from '../../domain/access/users';
import { sessionExpiry, sessionGlobalId } from '../../domain/access/sessions';
import { passkeyGlobalId } from '../../domain/access/passkeys';

export const User: UserResolvers = {
  id: (u) => toGlobalId('User', u.id),
  tokens: (u, _a, ctx) => tokensOf(ctx, u.id),
  memberships: (u, _a, ctx) => ctx.loaders.memberships.load(u.id),
  disabled: (u) => u.disabledAt !== null,
};

export const ApiToken: ApiTokenResolvers = {
  id: (t) => toGlobalId('ApiToken', t.id),
};

export const Session: SessionResolvers = {
  id: (s) => sessionGlobalId(s.id),
  expiresAt: (s, _a, ctx) => sessionExpiry(s, ctx.config),
  current: (s, _a, ctx) => s.id === ctx.actor?.sessionId,
};

export const Passkey: PasskeyResolvers = {
  id: (p) => passkeyGlobalId(p.id),
};

export const AuditEntry: AuditEntryResolvers = {
  id: (e) => toGlobalId('AuditEntry', e.id),
  actor: (e) => e.actorName,
  summaryEn: (e) => auditSummary(e).en,
  summaryZh: (e) => auditSummary(e).zh,
};

export const TargetDateRevision: TargetDateRevisionResolvers = {
  actor: (r) => r.actorName,
};

export const QuoteRevision: QuoteRevisionResolvers = {
  actor: (r) => r.actorName,
};
