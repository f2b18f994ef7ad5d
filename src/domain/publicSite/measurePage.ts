// What a measure's public page shows (src/http/public/measurePage.ts renders it): the record, its document and
// quote, status, progress and health, owners, indicators with their values and status explanation, its actions
// and roll-up, and its public log. Reads only: the same services and loaders as the API's fields.
import type { AppContext } from '../../context';
import type { Owner, Recommendation, SourceDocument, Theme } from '../../generated/prisma/client';
import { healthOf, type Health } from '../health';
import { getRecommendation } from '../catalog/recommendations';
import { rollupView } from '../catalog/rollup';
import {
  countingValues,
  explain,
  hasOffTrackIndicator,
  indicatorsOf,
  valuesOf,
  type IndicatorView,
  type StatusExplanation,
} from '../indicators/indicators';
import { publicLogEntry, type PublicLogEntry } from './publicLog';

/** The most log entries a measure's page lists (newest first). */
const PAGE_LOG_ENTRIES = 50;

export interface PublicIndicator {
  indicator: IndicatorView;
  status: StatusExplanation;
  /** The values that count, oldest period first. */
  values: { periodEnd: Date; value: number }[];
}

export interface MeasurePage {
  record: Recommendation;
  theme: Theme;
  document: SourceDocument;
  quote: string;
  parent: Recommendation | null;
  health: Health;
  owners: Owner[];
  actions: Recommendation[];
  rollup: Awaited<ReturnType<typeof rollupView>>;
  indicators: PublicIndicator[];
  log: PublicLogEntry[];
}

async function publicIndicator(ctx: AppContext, indicator: IndicatorView): Promise<PublicIndicator> {
  const [status, values] = await Promise.all([explain(ctx, indicator), valuesOf(ctx, indicator)]);
  const counting = countingValues(values)
    .map((v) => ({ periodEnd: v.periodEnd, value: v.value }))
    .sort((a, b) => a.periodEnd.getTime() - b.periodEnd.getTime());
  return { indicator, status, values: counting };
}

async function publicLog(ctx: AppContext, recommendationId: number): Promise<PublicLogEntry[]> {
  const entries = await ctx.db.progressUpdate.findMany({
    where: { recommendationId },
    orderBy: [{ occurredOn: 'desc' }, { id: 'desc' }],
    take: PAGE_LOG_ENTRIES,
  });
  const evidence = await ctx.loaders.evidence.loadMany(entries.map((e) => e.id));
  return entries.map((e, i) => {
    const found = evidence[i];
    return publicLogEntry(e, Array.isArray(found) ? found : [], ctx.actor);
  });
}

/** The page of a live (unarchived) record by code; null when there is none. */
export async function measurePage(ctx: AppContext, code: string): Promise<MeasurePage | null> {
  const record = await getRecommendation(ctx, code);
  if (!record || record.archivedAt) return null;
  const theme = (await ctx.loaders.theme.load(record.themeId))!;
  const [document, quote, parent, owners, children, rollup, views, offTrack, log] = await Promise.all([
    ctx.loaders.document.load(theme.documentId),
    record.parentId === null ? record.quote : ctx.loaders.quote.load(record.id),
    record.parentId === null ? null : ctx.loaders.recommendation.load(record.parentId),
    ctx.loaders.owners.load(record.id),
    ctx.loaders.children.load(record.id),
    rollupView(ctx, record),
    indicatorsOf(ctx, record),
    hasOffTrackIndicator(ctx, record),
    publicLog(ctx, record.id),
  ]);
  const health = healthOf({ ...record, offTrackIndicator: offTrack }, ctx.now, ctx.config.health);
  return {
    record,
    theme,
    document: document!,
    quote: quote ?? '',
    parent,
    health,
    owners,
    actions: children.filter((c) => !c.archivedAt),
    rollup,
    indicators: await Promise.all(views.filter((v) => !v.archived).map((v) => publicIndicator(ctx, v))),
    log,
  };
}
