import type { RecommendationLinkResolvers, RecommendationResolvers } from '../__generated__/resolvers-types';
import { alsoIn, linksOf } from '../../domain/catalog/links';
import type { AppContext } from '../../context';
import {
  MAX_UPDATES,
  searchMatchesOf,
  updatesLimit,
  type RecommendationRow,
} from '../../domain/catalog/recommendations';
import { healthOf } from '../../domain/health';
import { viewerCan } from '../../domain/access/viewerCan';
import { toGlobalId } from '../../domain/globalId';
import { allowedMovesFor, needsReview } from '../../domain/log/lifecycle';
import { badInput } from '../../errors';
import { selectedFields } from './selection';
import { changeCursorOf } from '../../domain/live/changeStream';
import { visibleProposals } from '../../domain/log/proposals';
import { textOriginOf } from '../../domain/catalog/textOrigin';
import { existedBy, rollupRead, rollupView } from '../../domain/catalog/rollup';
import { hasOffTrackIndicator, indicatorsOf } from '../../domain/indicators/indicators';

const themeOf = async (r: RecommendationRow, ctx: AppContext) => (await ctx.loaders.theme.load(r.themeId))!;

/** With asOf, status and progress come from the log replay; otherwise from the row itself. */
const stateOf = async (r: RecommendationRow, ctx: AppContext) =>
  r.asOf ? ((await ctx.loaders.stateAsOf(r.asOf).load(r.id)) ?? r) : r;

/**
 * Progress as of a date: a parent under a roll-up rule then shows that roll-up's result (rollup.ts), any other
 * record the log's replay.
 */
async function progressAsOf(r: RecommendationRow, ctx: AppContext): Promise<number> {
  if (r.rollupVersion > 0) {
    const read = await rollupRead(ctx, r);
    if (read?.rollup.result != null) return read.rollup.result;
  }
  return (await stateOf(r, ctx)).progress;
}

/**
 * The recommendation a change, a log entry or a proposal belongs to, as it is now: a record reached through
 * another carries no asOf, whatever list the other came from.
 */
export const currentRecommendation = async (ctx: AppContext, id: number): Promise<RecommendationRow> => ({
  ...(await ctx.loaders.recommendation.load(id))!,
  asOf: null,
});

export const Recommendation: RecommendationResolvers = {
  id: (r) => toGlobalId('Recommendation', r.id),
  links: (r, _a, ctx) => linksOf(ctx, r.id),
  alsoIn: (r, _a, ctx) => alsoIn(ctx, r.id),
  pillar: async (r, _a, ctx) => (await themeOf(r, ctx)).pillar,
  theme: (r, _a, ctx) => themeOf(r, ctx),
  document: async (r, _a, ctx) => (await ctx.loaders.document.load((await themeOf(r, ctx)).documentId))!,
  // Without asOf the row holds them: answering synchronously spares two promises per record of a page.
  status: (r, _a, ctx) => (r.asOf ? stateOf(r, ctx).then((s) => s.status) : r.status),
  progress: (r, _a, ctx) => (r.asOf ? progressAsOf(r, ctx) : r.progress),
  // An action has no quote of its own: its nearest ancestor's (decisions.md, "Quotes").
  quote: async (r, _a, ctx) => (r.parentId === null ? r.quote : ((await ctx.loaders.quote.load(r.id)) ?? '')),
  parent: async (r, _a, ctx) => {
    if (r.parentId === null) return null;
    return { ...(await ctx.loaders.recommendation.load(r.parentId))!, asOf: r.asOf ?? null };
  },
  children: async (r, _a, ctx) =>
    (await ctx.loaders.children.load(r.id))
      .filter((c) => !r.asOf || existedBy(c.createdAt, r.asOf))
      .map((c) => ({ ...c, asOf: r.asOf ?? null })),
  rollup: (r, _a, ctx) => rollupView(ctx, r),
  health: async (r, _a, ctx) => {
    const state = await stateOf(r, ctx);
    // As of a date, a rolled-up parent's progress is its roll-up's then, as `progress` answers.
    const progress = r.asOf && r.rollupVersion > 0 ? await progressAsOf(r, ctx) : state.progress;
    const offTrackIndicator = await hasOffTrackIndicator(ctx, r);
    return healthOf({ ...r, ...state, progress, offTrackIndicator }, r.asOf ?? ctx.now, ctx.config.health);
  },
  // What this caller may do: moves into or out of ABANDONED are for admins, unless a reviewer decides them.
  viewerCan: (r, _a, ctx) => viewerCan(ctx, r),
  allowedNextStatuses: (r, _a, ctx) => allowedMovesFor(r.status, ctx.actor?.role ?? null, ctx.config.reviewStatuses),
  targetDateHistory: (r, _a, ctx) => ctx.loaders.targetRevisions.load(r.id),
  quoteHistory: (r, _a, ctx) => ctx.loaders.quoteRevisions.load(r.id),
  owners: (r, _a, ctx) => ctx.loaders.owners.load(r.id),
  archived: (r) => r.archivedAt !== null,
  textOrigin: (r) => textOriginOf(r),
  asOf: (r) => r.asOf ?? null,
  successors: async (r, _a, ctx) =>
    (await ctx.loaders.successors.load(r.id)).map((s) => ({ ...s, asOf: r.asOf ?? null })),
  splitFrom: async (r, _a, ctx) => {
    const from = await ctx.loaders.splitFrom.load(r.id);
    return from && { ...from, asOf: r.asOf ?? null };
  },
  changeCursor: (r) => changeCursorOf(r),
  updates: (r, { first }, ctx, info) => {
    const limit = updatesLimit(first);
    if (limit === null) throw badInput(`updates: first must be between 0 and ${MAX_UPDATES}.`);
    return ctx.loaders.updates(limit, r.asOf ?? null, selectedFields(info)).load(r.id);
  },
  // As of the record's own asOf: the definitions, values and statuses that stood at the end of that day.
  indicators: (r, _a, ctx) => indicatorsOf(ctx, r),
  proposals: async (r, _a, ctx) => visibleProposals(ctx, await ctx.loaders.proposals.load(r.id)),
  openProposal: async (r, _a, ctx) =>
    visibleProposals(ctx, await ctx.loaders.proposals.load(r.id)).find((p) => p.state === 'OPEN') ?? null,
  statusesNeedingReview: (r, _a, ctx) => {
    const role = ctx.actor?.role ?? null;
    if (role === null || role === 'VIEWER') return [];
    return allowedMovesFor(r.status, role, ctx.config.reviewStatuses).filter((to) =>
      needsReview(r.status, to, role, ctx.config.reviewStatuses),
    );
  },
  searchMatches: (r, _a, ctx) => searchMatchesOf(ctx, r),
};

export const RecommendationLink: RecommendationLinkResolvers = {
  recommendation: (l, _a, ctx) => currentRecommendation(ctx, l.otherId),
};
