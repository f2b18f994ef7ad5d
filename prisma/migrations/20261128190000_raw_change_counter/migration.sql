-- A change counter that caches of derived data (the dashboard) compare against, whoever writes: the API,
-- a script or psql. Every statement that changes a table the dashboard reads bumps one shard, chosen by
-- backend so concurrent writers rarely wait on the same row. Readers take sum(version): under MVCC it
-- changes exactly when such a change commits. It lives outside the public schema, as bookkeeping rather
-- than data: the API, Prisma's models and generated GraphQL schemas never see it. Never truncate it.
-- The WASM migration runner splits scripts at every semicolon, even inside quotes, so the body's
-- semicolons are written as the octal escape \073.
CREATE SCHEMA "tracker_internal";
CREATE TABLE "tracker_internal"."ChangeCounter" (
  "shard" INTEGER NOT NULL PRIMARY KEY,
  "version" BIGINT NOT NULL DEFAULT 0
);
INSERT INTO "tracker_internal"."ChangeCounter" ("shard") SELECT generate_series(0, 15);

CREATE FUNCTION tracker_count_change() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN UPDATE "tracker_internal"."ChangeCounter" SET "version" = "version" + 1 WHERE "shard" = pg_backend_pid() % 16\073 RETURN NULL\073 END';

CREATE TRIGGER "Recommendation_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Recommendation"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "Theme_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Theme"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "SourceDocument_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "SourceDocument"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "Owner_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Owner"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "RecommendationOwner_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RecommendationOwner"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
