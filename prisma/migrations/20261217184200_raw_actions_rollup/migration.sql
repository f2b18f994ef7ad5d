-- Actions and roll-ups (issue 23). A record is never its own parent (the API sets a parent once, at creation,
-- so no longer cycle can form either).
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_parent_not_self" CHECK ("parentId" IS NULL OR "parentId" <> id);

-- `Recommendation.rollup` reads "RollupRevision", so a change to it must change the counter that ETags derive
-- from (20261201202100_raw_change_counter_everywhere).
CREATE TRIGGER "RollupRevision_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RollupRevision"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();

-- The dashboard counts top-level records only (decisions.md, "Lists"): the kept counts
-- (20261201202000_raw_summary_counts) leave actions out, and the open-records indexes cover top-level rows, the
-- ones the counted dashboard reads. A list with includeActions takes the grouped pass instead.
CREATE OR REPLACE FUNCTION tracker_summary_insert() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN INSERT INTO "tracker_internal"."SummaryCount" AS c
    SELECT "themeId", status, "archivedAt" IS NOT NULL, pg_backend_pid() % 16, count(*), sum(progress)
    FROM new_rows WHERE "parentId" IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("themeId", status, archived, shard) DO UPDATE SET n = c.n + EXCLUDED.n, progress = c.progress + EXCLUDED.progress\073
  RETURN NULL\073 END';
CREATE OR REPLACE FUNCTION tracker_summary_delete() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN INSERT INTO "tracker_internal"."SummaryCount" AS c
    SELECT "themeId", status, "archivedAt" IS NOT NULL, pg_backend_pid() % 16, -count(*), -sum(progress)
    FROM old_rows WHERE "parentId" IS NULL GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("themeId", status, archived, shard) DO UPDATE SET n = c.n + EXCLUDED.n, progress = c.progress + EXCLUDED.progress\073
  RETURN NULL\073 END';
CREATE OR REPLACE FUNCTION tracker_summary_update() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN INSERT INTO "tracker_internal"."SummaryCount" AS c
    SELECT "themeId", status, archived, pg_backend_pid() % 16, sum(n), sum(p) FROM (
      SELECT "themeId", status, "archivedAt" IS NOT NULL AS archived, 1 AS n, progress AS p FROM new_rows WHERE "parentId" IS NULL
      UNION ALL SELECT "themeId", status, "archivedAt" IS NOT NULL, -1, -progress FROM old_rows WHERE "parentId" IS NULL) d
    GROUP BY 1, 2, 3 HAVING sum(n) <> 0 OR sum(p) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("themeId", status, archived, shard) DO UPDATE SET n = c.n + EXCLUDED.n, progress = c.progress + EXCLUDED.progress\073
  RETURN NULL\073 END';

DROP INDEX "Recommendation_open_target_idx";
DROP INDEX "Recommendation_open_activity_idx";
CREATE INDEX "Recommendation_open_target_idx" ON "Recommendation" ("targetDate")
  INCLUDE ("themeId", "status", "progress", "lastProgressAt", "createdAt")
  WHERE "archivedAt" IS NULL AND "status" NOT IN ('IMPLEMENTED', 'ABANDONED') AND "parentId" IS NULL;
CREATE INDEX "Recommendation_open_activity_idx" ON "Recommendation" ((COALESCE("lastProgressAt", "createdAt")))
  INCLUDE ("themeId", "status", "targetDate", "lastProgressAt", "createdAt")
  WHERE "archivedAt" IS NULL AND "status" NOT IN ('IMPLEMENTED', 'ABANDONED') AND "parentId" IS NULL;
