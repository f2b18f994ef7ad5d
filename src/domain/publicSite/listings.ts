// What the public home, document, theme and search pages and the sitemap list: documents, themes and records,
// read through the same list service as the API (its filter, its search, its limits), top-level records only.
import type { AppContext } from '../../context';
import type { SourceDocument, Theme } from '../../generated/prisma/client';
import { listDocuments, listThemes } from '../catalog/catalog';
import { listRecommendations, type RecommendationRow } from '../catalog/recommendations';
import { getSummary } from '../catalog/summary';
import type { RecommendationFilterInput } from '../catalog/recommendationFilter';
import { LIMITS } from '../validation';
import { MAX_SEARCH_CHARS, MAX_SEARCH_WORDS } from '../../db/readModel/search/query';

/** The most records a listing shows: the API's page limit. */
const LISTED = LIMITS.page;

const records = async (ctx: AppContext, filter: RecommendationFilterInput): Promise<RecommendationRow[]> =>
  (await listRecommendations(ctx, { first: LISTED, filter })).edges.map((e) => e.node);

export async function homePage(ctx: AppContext) {
  const [documents, summary] = await Promise.all([listDocuments(ctx), getSummary(ctx, {})]);
  return {
    documents,
    figures: {
      total: summary.total,
      averageProgress: summary.averageProgress,
      byStatus: summary.byStatus,
      byHealth: summary.byHealth,
    },
  };
}

export interface DocumentPage {
  document: SourceDocument;
  themes: { theme: Theme; records: RecommendationRow[] }[];
}

export async function documentPage(ctx: AppContext, slug: string): Promise<DocumentPage | null> {
  if (slug.length > 200) return null;
  const document = await ctx.db.sourceDocument.findUnique({ where: { slug } });
  if (!document) return null;
  const themes = (await listThemes(ctx)).filter((t) => t.documentId === document.id);
  const all = await records(ctx, { document: slug });
  return { document, themes: themes.map((theme) => ({ theme, records: all.filter((r) => r.themeId === theme.id) })) };
}

export async function themePage(ctx: AppContext, code: string) {
  if (code.length > 64) return null;
  const theme = await ctx.db.theme.findUnique({ where: { code } });
  if (!theme) return null;
  const [document, list] = await Promise.all([
    ctx.loaders.document.load(theme.documentId),
    records(ctx, { theme: [code] }),
  ]);
  return { theme, document: document!, records: list };
}

/** The API's limits of a search, for a page to state. */
export const SEARCH_LIMITS = { chars: MAX_SEARCH_CHARS, words: MAX_SEARCH_WORDS } as const;

/** A search over the API's list: BAD_USER_INPUT (the API's words) for a query over its limits. */
export const searchPage = (ctx: AppContext, q: string) => records(ctx, { search: q });

/** Every page the sitemap names: documents by slug, themes and live records (actions included) by code. */
export async function sitemapEntries(ctx: AppContext) {
  const [documents, themes, recs] = await Promise.all([
    listDocuments(ctx),
    listThemes(ctx),
    ctx.db.recommendation.findMany({
      where: { archivedAt: null },
      select: { code: true, updatedAt: true },
      orderBy: { code: 'asc' },
    }),
  ]);
  return { documents, themes, records: recs };
}
