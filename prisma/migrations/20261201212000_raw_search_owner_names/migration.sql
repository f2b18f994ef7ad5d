-- Owners became institutions (20261201205600_owner_institutions): an owner answers to its Chinese and English
-- names and to every alias in "OwnerName". Search finds a record by any of them, so the one function that says
-- what an owner is found by reads them all, and a change of an owner's names re-indexes that owner's records
-- (the Owner trigger compares this function's output before and after, which cannot see "OwnerName" rows).
-- The WASM migration runner splits at every semicolon: trigger bodies write them as \073.
CREATE OR REPLACE FUNCTION tracker_search_owner_vector(o "Owner") RETURNS tsvector LANGUAGE sql STABLE PARALLEL SAFE AS $$
  SELECT tracker_search_vector(concat_ws(' ', o.name, o."nameZh", o."nameEn",
    (SELECT string_agg(n.name, ' ' ORDER BY n.id) FROM "OwnerName" n WHERE n."ownerId" = o.id)), 'C')
$$;

CREATE FUNCTION tracker_search_owner_names_changed() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM tracker_search_reindex(ARRAY(SELECT DISTINCT ro."recommendationId" FROM "RecommendationOwner" ro WHERE ro."ownerId" IN (SELECT "ownerId" FROM changed_rows)))\073 RETURN NULL\073 END';
CREATE FUNCTION tracker_search_owner_names_moved() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN PERFORM tracker_search_reindex(ARRAY(SELECT DISTINCT ro."recommendationId" FROM "RecommendationOwner" ro WHERE ro."ownerId" IN (SELECT "ownerId" FROM old_rows UNION SELECT "ownerId" FROM new_rows)))\073 RETURN NULL\073 END';

CREATE TRIGGER "OwnerName_search_insert" AFTER INSERT ON "OwnerName"
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_owner_names_changed();
CREATE TRIGGER "OwnerName_search_delete" AFTER DELETE ON "OwnerName"
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_owner_names_changed();
CREATE TRIGGER "OwnerName_search_update" AFTER UPDATE ON "OwnerName"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_search_owner_names_moved();

-- Records whose owners already have other names (the data migration of 20261201205600 ran before this).
SELECT tracker_search_reindex(ARRAY(SELECT DISTINCT "recommendationId" FROM "RecommendationOwner"));
