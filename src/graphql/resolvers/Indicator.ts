import type {
  IndicatorResolvers,
  IndicatorValueResolvers,
  ProposedIndicatorValueResolvers,
} from '../__generated__/resolvers-types';
import { toGlobalId } from '../../domain/globalId';
import {
  explain,
  indicatorById,
  isCorrected,
  latestValueOf,
  valuePage,
  valuesOf,
} from '../../domain/indicators/indicators';
import { changeCursorOf } from '../../domain/live/changeStream';
import { visibleTo } from '../../domain/visibility/visibility';
import { currentRecommendation } from './Recommendation';
import type { AppContext } from '../../context';

const indicatorNow = async (ctx: AppContext, id: number) => (await indicatorById(ctx, id))!;

export const Indicator: IndicatorResolvers = {
  id: (i) => toGlobalId('Indicator', i.id),
  // The record as of the same date as the indicator.
  recommendation: async (i, _a, ctx) => ({ ...(await currentRecommendation(ctx, i.recommendationId)), asOf: i.asOf }),
  baseline: (i) => i.baseline,
  targets: (i) => i.targets,
  status: async (i, _a, ctx) => (await explain(ctx, i)).status,
  statusExplanation: (i, _a, ctx) => explain(ctx, i),
  values: (i, args, ctx) => valuePage(ctx, i, args),
  latestValue: (i, _a, ctx) => latestValueOf(ctx, i),
};

export const IndicatorValue: IndicatorValueResolvers = {
  id: (v) => toGlobalId('IndicatorValue', v.id),
  indicator: (v, _a, ctx) => indicatorNow(ctx, v.indicatorId),
  corrects: (v, _a, ctx) => (v.correctsId === null ? null : ctx.loaders.indicatorValue.load(v.correctsId)),
  // Among the values recorded so far: one read per indicator, shared by every value of a page.
  corrected: async (v, _a, ctx) => isCorrected(v, await valuesOf(ctx, { id: v.indicatorId, asOf: null })),
  recordedBy: (v) => v.recordedByName,
  note: (v, _a, ctx) => visibleTo(ctx.actor, v).note,
  evidenceUrls: (v, _a, ctx) => visibleTo(ctx.actor, v).evidenceUrls,
  logEntry: async (v, _a, ctx) => (await ctx.loaders.progressUpdate.load(v.progressUpdateId))!,
  changeCursor: (v) => changeCursorOf(v),
};

export const ProposedIndicatorValue: ProposedIndicatorValueResolvers = {
  indicator: (p, _a, ctx) => indicatorNow(ctx, p.indicatorId),
  correctsId: (p) => (p.correctsId === null ? null : toGlobalId('IndicatorValue', p.correctsId)),
};
