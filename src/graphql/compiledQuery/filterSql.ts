// A list filter as SQL conditions on the page's `"Recommendation" r`, for the compiled path. Each criterion
// says in SQL what domain/recommendationFilter.ts says to Prisma; tests/graphql/compiledQuery.test.ts runs
// each one both ways.
import type { parseFilter } from '../../domain/recommendationFilter';

type Filter = ReturnType<typeof parseFilter>;

/** The conditions for a validated filter (archived rows aside); `health` is the health expression (healthSql.ts). */
export function filterConditions(f: Filter, p: (v: unknown) => string, health: () => string): string[] {
  const and: string[] = [];
  // An empty health list filters nothing on the resolvers' path (Prisma drops an empty OR), unlike an empty
  // status or theme list, which matches nothing; the compiled path answers the same.
  if (f.health?.length) and.push(`(${health()}) = ANY(${p(f.health)}::text[])`);
  const theme = (condition: string) => `EXISTS (SELECT 1 FROM "Theme" ft WHERE ft.id = r."themeId" AND ${condition})`;
  if (f.status) and.push(`r.status = ANY(${p(f.status)}::"RecommendationStatus"[])`);
  if (f.theme) and.push(theme(`ft.code = ANY(${p(f.theme)}::text[])`));
  if (f.pillar) and.push(theme(`ft.pillar = ${p(f.pillar)}::"Pillar"`));
  if (f.document)
    and.push(
      theme(
        `EXISTS (SELECT 1 FROM "SourceDocument" fd WHERE fd.id = ft."documentId" AND fd.slug = ${p(f.document)}::text)`,
      ),
    );
  if (f.owner) {
    and.push(`EXISTS (SELECT 1 FROM "RecommendationOwner" fro JOIN "Owner" fo ON fo.id = fro."ownerId"
      WHERE fro."recommendationId" = r.id AND fo.name = ANY(${p(f.owner)}::text[]))`);
  }
  if (f.updatedSince) and.push(`r."updatedAt" >= (${p(f.updatedSince.toISOString())}::timestamptz AT TIME ZONE 'UTC')`);
  const search = f.search?.trim();
  if (search) {
    // As the Prisma filter: a case-insensitive substring of any text column or theme name, with LIKE's
    // own characters escaped (backslash is LIKE's default escape).
    const like = p(`%${search.replace(/[\\%_]/g, '\\$&')}%`);
    const columns = ['code', 'titleZh', 'titleEn', 'summaryEn', 'quote'].map((c) => `r."${c}" ILIKE ${like}`);
    and.push(`(${columns.join(' OR ')} OR ${theme(`(ft."nameZh" ILIKE ${like} OR ft."nameEn" ILIKE ${like})`)})`);
  }
  return and;
}
