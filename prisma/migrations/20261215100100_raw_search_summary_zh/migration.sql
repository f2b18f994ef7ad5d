-- Recommendations gained a Chinese summary (20261215100000_recommendation_summary_zh): search finds a record
-- by it as by its English one (weight B), and a change of it re-indexes the record.
-- The WASM migration runner splits at every semicolon: trigger bodies write them as \073.
CREATE OR REPLACE FUNCTION tracker_search_head(rid integer) RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT tracker_search_vector(r.code, 'A') || tracker_search_vector(r."titleZh", 'A')
    || tracker_search_vector(r."titleEn", 'A') || tracker_search_vector(r."summaryEn", 'B')
    || tracker_search_vector(r."summaryZh", 'B')
    || tracker_search_vector(r.quote, 'B') || tracker_search_vector(t."nameZh", 'C')
    || tracker_search_vector(t."nameEn", 'C')
    || COALESCE((SELECT tracker_tsvector_agg(tracker_search_owner_vector(o) ORDER BY ro."isLead" DESC, o.id)
                 FROM "RecommendationOwner" ro JOIN "Owner" o ON o.id = ro."ownerId"
                 WHERE ro."recommendationId" = r.id), ''::tsvector)
  FROM "Recommendation" r JOIN "Theme" t ON t.id = r."themeId" WHERE r.id = rid
$$;

CREATE OR REPLACE FUNCTION tracker_search_recommendation_updated() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM tracker_search_reindex(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.code, n."titleZh", n."titleEn", n."summaryEn", n."summaryZh", n.quote, n."themeId") IS DISTINCT FROM (o.code, o."titleZh", o."titleEn", o."summaryEn", o."summaryZh", o.quote, o."themeId")))\073 RETURN NULL\073 END';

-- Every record's head is rebuilt once (all Chinese summaries are still empty here, but the head's field
-- positions shift, and a phrase query must see the same positions for old and new records).
SELECT tracker_search_reindex(ARRAY(SELECT id FROM "Recommendation"));
