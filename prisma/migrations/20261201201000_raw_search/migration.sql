-- Search (README "Search", docs/performance.md "Search"): one search document per recommendation, kept exact
-- by statement triggers in the writing transaction, whoever writes (the API, an import, a restore, psql).
-- A document is a tsvector of normalised tokens: Latin/digit words, and CJK characters as unigrams and
-- bigrams (so a query of one or two Chinese characters is one index lookup, and a longer one its bigrams
-- from the index and a phrase of its characters checked on the candidates). Weights say where a token came from, for relevance and searchMatches:
--   A code and titles, B summary and quote, C theme and owner names, D progress-log notes.
-- The query side (src/db/readModel/search/) normalises the same way, and tests/search/normalize.test.ts holds
-- the JS and the SQL normalisation to the same output. The WASM migration runner splits scripts at every
-- semicolon, even inside quotes, so the plpgsql bodies write theirs as \073.

-- NFKC (full-width to half-width), lower case (ICU's root locale, as JavaScript's toLowerCase), every
-- character that is neither a letter nor a decimal digit a space, and no space between two CJK characters.
CREATE FUNCTION tracker_search_normalize(t text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT btrim(regexp_replace(
    regexp_replace(lower(normalize(t, NFKC) COLLATE "und-x-icu"), '[^[:alnum:]]+', ' ', 'g'),
    '([\u1100-\u11FF\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\U00020000-\U0003FFFF]) (?=[\u1100-\u11FF\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\U00020000-\U0003FFFF])',
    '\1', 'g'))
$$;

-- The CJK bigrams of normalised text as words: the pairs at even offsets of every run of CJK characters,
-- then, with each run's first character dropped, those at odd offsets. (A regular expression's matches do
-- not overlap, hence two passes, and leftmost-longest matching makes a pair win over a single character.)
CREATE FUNCTION tracker_search_bigrams(norm text) RETURNS text LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT regexp_replace(norm, '([\u1100-\u11FF\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\U00020000-\U0003FFFF][\u1100-\u11FF\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\U00020000-\U0003FFFF])|.', '\1 ', 'g') || ' ' ||
    regexp_replace(regexp_replace(norm, '(^|[^\u1100-\u11FF\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\U00020000-\U0003FFFF])[\u1100-\u11FF\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\U00020000-\U0003FFFF]', '\1', 'g'), '([\u1100-\u11FF\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\U00020000-\U0003FFFF][\u1100-\u11FF\u2E80-\u2FDF\u3005\u3007\u3021-\u3029\u3038-\u303B\u3040-\u30FF\u3100-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uA960-\uA97F\uAC00-\uD7AF\uF900-\uFAFF\U00020000-\U0003FFFF])|.', '\1 ', 'g')
$$;

-- A text's tokens with the weight `w`, through PostgreSQL's own parser ('simple': no stemming, no stop
-- words, the text is already lower case, letters, digits and spaces only): its words and each CJK
-- character, at consecutive positions, so that a phrase of characters (人 <-> 工 <-> 智) matches exactly
-- the consecutive ones, then the CJK bigrams (沙盒), which serve a two-character query from the index alone
-- and narrow a longer one.
-- (plpgsql: a SQL function with a FROM is not inlined, and its executor cost five times the work.)
CREATE FUNCTION tracker_search_vector(t text, w "char") RETURNS tsvector LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS
E'DECLARE n text := COALESCE(tracker_search_normalize(t), '''')\073 BEGIN
  IF n = '''' THEN RETURN ''''::tsvector\073 END IF\073
  IF n !~ ''[\\u1100-\\u11FF\\u2E80-\\u2FDF\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303B\\u3040-\\u30FF\\u3100-\\u31FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA960-\\uA97F\\uAC00-\\uD7AF\\uF900-\\uFAFF\\U00020000-\\U0003FFFF]'' THEN RETURN setweight(to_tsvector(''simple''::regconfig, n), w)\073 END IF\073
  RETURN setweight(to_tsvector(''simple''::regconfig, regexp_replace(n, ''([\\u1100-\\u11FF\\u2E80-\\u2FDF\\u3005\\u3007\\u3021-\\u3029\\u3038-\\u303B\\u3040-\\u30FF\\u3100-\\u31FF\\u3400-\\u4DBF\\u4E00-\\u9FFF\\uA960-\\uA97F\\uAC00-\\uD7AF\\uF900-\\uFAFF\\U00020000-\\U0003FFFF])'', '' \\1 '', ''g''))
    || to_tsvector(''simple''::regconfig, tracker_search_bigrams(n)), w)\073
END';

CREATE AGGREGATE tracker_tsvector_agg(tsvector) (SFUNC = tsvector_concat, STYPE = tsvector, INITCOND = '');

-- What an owner is found by. The one place for it: when owners gain other names (aliases, a Chinese name),
-- add them here, and the Owner trigger below re-indexes every record of an owner whose tokens change.
CREATE FUNCTION tracker_search_owner_vector(o "Owner") RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT tracker_search_vector(o.name, 'C')
$$;

-- A record's head: everything but the log notes, field by field (tsvector || shifts the second's positions
-- past the first's, so a phrase never spans two fields).
CREATE FUNCTION tracker_search_head(rid integer) RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT tracker_search_vector(r.code, 'A') || tracker_search_vector(r."titleZh", 'A')
    || tracker_search_vector(r."titleEn", 'A') || tracker_search_vector(r."summaryEn", 'B')
    || tracker_search_vector(r.quote, 'B') || tracker_search_vector(t."nameZh", 'C')
    || tracker_search_vector(t."nameEn", 'C')
    || COALESCE((SELECT tracker_tsvector_agg(tracker_search_owner_vector(o) ORDER BY ro."isLead" DESC, o.id)
                 FROM "RecommendationOwner" ro JOIN "Owner" o ON o.id = ro."ownerId"
                 WHERE ro."recommendationId" = r.id), ''::tsvector)
  FROM "Recommendation" r JOIN "Theme" t ON t.id = r."themeId" WHERE r.id = rid
$$;

-- Bookkeeping next to the change counter: derived from the public tables, never edited by hand. `terms`,
-- the one indexed column, is the head followed by the notes (weight D), which are appended as the log grows
-- (it is append-only), and `head` alone is kept for a reset of the log.
CREATE TABLE "tracker_internal"."SearchDocument" (
  "recommendationId" INTEGER NOT NULL PRIMARY KEY REFERENCES "Recommendation"(id) ON DELETE CASCADE,
  "head" tsvector NOT NULL,
  "terms" tsvector NOT NULL
) WITH (toast_tuple_target = 128);
-- toast_tuple_target: the tsvectors go to TOAST, so the table itself is a few bytes a record and stays in
-- memory. Counting the matches of a plain query (totalCount) then reads the GIN index and this small heap
-- for visibility, never the documents, which only a phrase or weighted query opens.

-- Rebuilds the heads of the records `ids`, keeping their notes (the D-weighted tokens, in their order).
CREATE FUNCTION tracker_search_reindex(ids integer[]) RETURNS void LANGUAGE sql VOLATILE AS $$
  UPDATE "tracker_internal"."SearchDocument" d SET head = h.v, terms = h.v || ts_filter(d.terms, '{d}')
  FROM (SELECT id, tracker_search_head(id) AS v FROM unnest(ids) AS u(id)) h WHERE d."recommendationId" = h.id
$$;

CREATE FUNCTION tracker_search_recommendation_inserted() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN INSERT INTO "tracker_internal"."SearchDocument" ("recommendationId", head, terms) SELECT n.id, h.v, h.v FROM new_rows n CROSS JOIN LATERAL (SELECT tracker_search_head(n.id) AS v) h\073 RETURN NULL\073 END';
CREATE TRIGGER "Recommendation_search_insert" AFTER INSERT ON "Recommendation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_recommendation_inserted();

-- Only a change of a searched column re-indexes: logProgress's status and version updates cost one join.
CREATE FUNCTION tracker_search_recommendation_updated() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM tracker_search_reindex(ARRAY(SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id WHERE (n.code, n."titleZh", n."titleEn", n."summaryEn", n.quote, n."themeId") IS DISTINCT FROM (o.code, o."titleZh", o."titleEn", o."summaryEn", o.quote, o."themeId")))\073 RETURN NULL\073 END';
CREATE TRIGGER "Recommendation_search_update" AFTER UPDATE ON "Recommendation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_recommendation_updated();

CREATE FUNCTION tracker_search_theme_updated() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM tracker_search_reindex(ARRAY(SELECT r.id FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "Recommendation" r ON r."themeId" = n.id WHERE (n."nameZh", n."nameEn") IS DISTINCT FROM (o."nameZh", o."nameEn")))\073 RETURN NULL\073 END';
CREATE TRIGGER "Theme_search_update" AFTER UPDATE ON "Theme"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_theme_updated();

CREATE FUNCTION tracker_search_owner_updated() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM tracker_search_reindex(ARRAY(SELECT DISTINCT ro."recommendationId" FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN "RecommendationOwner" ro ON ro."ownerId" = n.id WHERE tracker_search_owner_vector(n) IS DISTINCT FROM tracker_search_owner_vector(o)))\073 RETURN NULL\073 END';
CREATE TRIGGER "Owner_search_update" AFTER UPDATE ON "Owner"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_owner_updated();

CREATE FUNCTION tracker_search_owners_inserted() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM tracker_search_reindex(ARRAY(SELECT DISTINCT "recommendationId" FROM new_rows))\073 RETURN NULL\073 END';
CREATE FUNCTION tracker_search_owners_deleted() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM tracker_search_reindex(ARRAY(SELECT DISTINCT "recommendationId" FROM old_rows))\073 RETURN NULL\073 END';
CREATE FUNCTION tracker_search_owners_updated() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM tracker_search_reindex(ARRAY(SELECT "recommendationId" FROM new_rows UNION SELECT "recommendationId" FROM old_rows))\073 RETURN NULL\073 END';
CREATE TRIGGER "RecommendationOwner_search_insert" AFTER INSERT ON "RecommendationOwner"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_owners_inserted();
CREATE TRIGGER "RecommendationOwner_search_delete" AFTER DELETE ON "RecommendationOwner"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_owners_deleted();
CREATE TRIGGER "RecommendationOwner_search_update" AFTER UPDATE ON "RecommendationOwner"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_owners_updated();

-- New log entries append their notes, in id order, to their records' documents.
CREATE FUNCTION tracker_search_notes_inserted() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "tracker_internal"."SearchDocument" d SET terms = d.terms || a.v FROM (SELECT "recommendationId" AS rid, tracker_tsvector_agg(tracker_search_vector(note, ''D'') ORDER BY id) AS v FROM new_rows GROUP BY 1) a WHERE d."recommendationId" = a.rid\073 RETURN NULL\073 END';
CREATE TRIGGER "ProgressUpdate_search_insert" AFTER INSERT ON "ProgressUpdate"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_notes_inserted();
-- A reset (tracker.allow_reset) may empty the log alone.
CREATE FUNCTION tracker_search_notes_truncated() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "tracker_internal"."SearchDocument" SET terms = head\073 RETURN NULL\073 END';
CREATE TRIGGER "ProgressUpdate_search_truncate" AFTER TRUNCATE ON "ProgressUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_notes_truncated();

-- The records that exist already.
INSERT INTO "tracker_internal"."SearchDocument" ("recommendationId", head, terms)
  SELECT r.id, h.v, h.v || n.v FROM "Recommendation" r
  CROSS JOIN LATERAL (SELECT tracker_search_head(r.id) AS v) h
  CROSS JOIN LATERAL (SELECT COALESCE(tracker_tsvector_agg(tracker_search_vector(u.note, 'D') ORDER BY u.id), ''::tsvector) AS v
                      FROM "ProgressUpdate" u WHERE u."recommendationId" = r.id) n;

CREATE INDEX "SearchDocument_terms" ON "tracker_internal"."SearchDocument" USING gin ("terms");
