// Refetching any object by its global id (Relay's Global Object Identification): node(id:) and nodes(ids:).
// Each id is read through its type's DataLoader, so a list of ids costs one statement per type. An id that
// names nothing, or an object the caller may not read, is null: admin-only objects (accounts, tokens, the
// audit trail) are null for other callers, exactly as if they did not exist, so an id reveals nothing.
import type {
  ApiToken,
  Candidate,
  AuditEntry,
  Owner,
  ProgressUpdate,
  IndicatorValue,
  Proposal,
  SourceDocument,
  Theme,
  User,
  Webhook,
} from '../../generated/prisma/client';
import type { AppContext } from '../../context';
import { mayPerform, type Operation } from '../access/auth';
import { badInput } from '../../errors';
import { fromGlobalId, type NodeType } from '../globalId';
import type { RecommendationRow } from '../catalog/recommendations';
import type { WebhookDeliveryRow } from '../webhooks/admin';
import { visibleProposal } from '../log/proposals';
import { indicatorById, type IndicatorView } from '../indicators/indicators';

/** The most ids one `nodes` call takes. */
const MAX_NODES = 100;

interface Rows {
  Recommendation: RecommendationRow;
  Theme: Theme;
  SourceDocument: SourceDocument;
  ProgressUpdate: ProgressUpdate;
  Owner: Owner;
  User: User;
  ApiToken: ApiToken;
  AuditEntry: AuditEntry;
  Webhook: Webhook;
  WebhookDelivery: WebhookDeliveryRow;
  Proposal: Proposal;
  Indicator: IndicatorView;
  IndicatorValue: IndicatorValue;
  Candidate: Candidate;
}

/** A row tagged with its type, which `Node`'s type resolver reads. */
export type NodeRow = { [T in NodeType]: Rows[T] & { __typename: T } }[NodeType];

/** The reads each type needs beyond PUBLIC_READ's: those of the list fields that show it today. */
const NEEDS: Partial<Record<NodeType, Operation>> = {
  User: 'readUsers',
  ApiToken: 'readUsers',
  AuditEntry: 'readAudit',
  Webhook: 'readWebhooks',
  WebhookDelivery: 'readWebhooks',
};

const LOAD: { [T in NodeType]: (ctx: AppContext, id: number) => Promise<Rows[T] | null> } = {
  Recommendation: async (ctx, id) => {
    const row = await ctx.loaders.recommendation.load(id);
    return row && { ...row, asOf: null };
  },
  Theme: (ctx, id) => ctx.loaders.theme.load(id),
  SourceDocument: (ctx, id) => ctx.loaders.document.load(id),
  ProgressUpdate: (ctx, id) => ctx.loaders.progressUpdate.load(id),
  Owner: (ctx, id) => ctx.loaders.owner.load(id),
  User: (ctx, id) => ctx.loaders.user.load(id),
  ApiToken: (ctx, id) => ctx.loaders.apiToken.load(id),
  AuditEntry: (ctx, id) => ctx.loaders.auditEntry.load(id),
  // Admins' few webhooks: one statement an id, without a loader.
  Webhook: (ctx, id) => ctx.db.webhook.findUnique({ where: { id } }),
  WebhookDelivery: (ctx, id) =>
    ctx.db.webhookDelivery.findUnique({ where: { id }, include: { attempts: { orderBy: { id: 'asc' } } } }),
  // Row by row, beyond NEEDS: its proposer's, reviewers' and admins' only (proposals.ts).
  Proposal: async (ctx, id) => visibleProposal(ctx, await ctx.loaders.proposal.load(id)),
  Indicator: (ctx, id) => indicatorById(ctx, id),
  IndicatorValue: (ctx, id) => ctx.loaders.indicatorValue.load(id),
  // Refetched one at a time by the curation console: no loader.
  Candidate: (ctx, id) => ctx.db.candidate.findUnique({ where: { id } }),
};

export async function getNode(ctx: AppContext, id: string): Promise<NodeRow | null> {
  const global = fromGlobalId(id);
  if (!global) return null;
  const needs = NEEDS[global.type];
  if (needs && !mayPerform(ctx.actor, needs)) return null;
  const row = await LOAD[global.type](ctx, global.id);
  return row ? ({ ...row, __typename: global.type } as NodeRow) : null;
}

/** In the order of `ids`, null where `node` would be; BAD_USER_INPUT beyond MAX_NODES ids. */
export async function getNodes(ctx: AppContext, ids: readonly string[]): Promise<(NodeRow | null)[]> {
  if (ids.length > MAX_NODES) throw badInput(`nodes takes at most ${MAX_NODES} ids.`);
  return Promise.all(ids.map((id) => getNode(ctx, id)));
}
