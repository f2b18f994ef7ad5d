import type { TrackerSummaryResolvers, ThemeSummaryResolvers } from '../__generated__/resolvers-types';
import { monthlyStatusCounts, recentUpdates } from '../../domain/catalog/summary';
import { distinctMeasures } from '../../domain/catalog/links';

export const TrackerSummary: TrackerSummaryResolvers = {
  distinctMeasures: async (s, _a, ctx) => distinctMeasures(ctx.db, await s.ids()),
  timeSeries: (s, { from, to }, ctx) => monthlyStatusCounts(ctx, s, from, to),
  recentUpdates: (s, { first }, ctx) => recentUpdates(ctx, s, first ?? 10),
};

export const ThemeSummary: ThemeSummaryResolvers = {
  theme: (t) => t.theme,
};
