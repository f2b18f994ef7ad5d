// Recommendation.searchMatches: where a list's search matched each record of a page, field by field, in
// one statement per page and search. A field is named when any group of the search matches in it, by the
// same tokens the index holds (tracker_search_vector; owners through tracker_search_owner_vector), so a
// field is named exactly when it contributed to the match.
import DataLoader from 'dataloader';
import { Prisma } from '../../../generated/prisma/client';
import { excerptOf } from './excerpt';
import { anyGroupTsquery, excerptTerms, parseSearch, type SearchQuery } from './query';

type SearchMatchField = 'CODE' | 'TITLE' | 'SUMMARY' | 'QUOTE' | 'THEME' | 'OWNER' | 'LOG_NOTE';
export interface SearchMatch {
  field: SearchMatchField;
  excerpt: string;
}

/** The latest log notes named per record: public ones only, as the index holds (migration raw_search_public_notes). */
const NOTES_PER_RECORD = 3;

function matchesSql(ids: number[], search: SearchQuery): Prisma.Sql {
  const q = Prisma.sql`${anyGroupTsquery(search)}::tsquery`;
  // Only records with a matching note have their notes read: in the document, notes have the weight D.
  const notesQ = Prisma.sql`${anyGroupTsquery(search, 'D')}::tsquery`;
  return Prisma.sql`WITH ids AS (SELECT id, ord FROM unnest(${ids}::int[]) WITH ORDINALITY AS x(id, ord))
    SELECT ids.id, f.field, f.text FROM ids JOIN "Recommendation" r ON r.id = ids.id JOIN "Theme" t ON t.id = r."themeId"
      CROSS JOIN LATERAL (VALUES (1, 'CODE', r.code), (2, 'TITLE', r."titleZh"), (3, 'TITLE', r."titleEn"),
        (4, 'SUMMARY', r."summaryEn"), (4, 'SUMMARY', r."summaryZh"), (5, 'QUOTE', r.quote), (6, 'THEME', t."nameZh"), (7, 'THEME', t."nameEn")) AS f(k, field, text)
      WHERE tracker_search_vector(f.text, 'D') @@ ${q}
    UNION ALL
    SELECT ro."recommendationId", 'OWNER', o.name FROM "RecommendationOwner" ro JOIN "Owner" o ON o.id = ro."ownerId"
      WHERE ro."recommendationId" IN (SELECT id FROM ids) AND tracker_search_owner_vector(o) @@ ${q}
    UNION ALL
    SELECT ids.id, 'LOG_NOTE', u.note FROM ids
      JOIN "tracker_internal"."SearchDocument" sd ON sd."recommendationId" = ids.id AND sd.terms @@ ${notesQ}
      CROSS JOIN LATERAL (SELECT u.note FROM "ProgressUpdate" u WHERE u."recommendationId" = ids.id
        AND u.visibility = 'PUBLIC' AND tracker_search_vector(u.note, 'D') @@ ${q}
        ORDER BY u."occurredOn" DESC, u.id DESC LIMIT ${NOTES_PER_RECORD}::int) u`;
}

const ORDER: SearchMatchField[] = ['CODE', 'TITLE', 'SUMMARY', 'QUOTE', 'THEME', 'OWNER', 'LOG_NOTE'];

/**
 * The loader of one search's matches, by record id: one statement for a page's records. Made per request and
 * search by the request's loaders (db/loaders.ts `searchMatches`).
 */
export function searchMatchesLoader(db: Prisma.TransactionClient, search: string): DataLoader<number, SearchMatch[]> {
  const q = parseSearch(search);
  const terms = excerptTerms(q);
  return new DataLoader<number, SearchMatch[]>(async (ids) => {
    if (!q.groups.length) return ids.map(() => []);
    const rows = await db.$queryRaw<{ id: number; field: SearchMatchField; text: string }[]>(matchesSql([...ids], q));
    const byId = new Map<number, SearchMatch[]>(ids.map((id) => [id, []]));
    for (const row of rows) byId.get(row.id)?.push({ field: row.field, excerpt: excerptOf(row.text, terms) });
    // UNION ALL keeps no order: fields in a fixed order, log notes newest first as read.
    for (const list of byId.values()) list.sort((a, b) => ORDER.indexOf(a.field) - ORDER.indexOf(b.field));
    return ids.map((id) => byId.get(id)!);
  });
}
