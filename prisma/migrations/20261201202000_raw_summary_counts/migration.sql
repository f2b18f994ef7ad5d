-- The dashboard's counts, kept exact by the statement that changes a recommendation, whoever sends it (the
-- API, an import, psql), so that a write costs the dashboard a few index reads instead of a pass over every
-- record (src/db/readModel/summaryCounts.ts). Per theme, status and archived-or-not: how many records and
-- the sum of their progress. Each statement adds its rows' deltas to one shard, chosen by backend so that
-- concurrent writers rarely wait on the same row, and in key order, so that two statements never lock two
-- cells in opposite orders. Readers sum the shards. It lives beside the change counter, outside the public
-- schema: bookkeeping, not data. TRUNCATE of Recommendation (the tests' reset, restore --force) empties it.
-- The WASM migration runner splits scripts at every semicolon, even inside quotes, so the bodies'
-- semicolons are written as the octal escape \073.
CREATE TABLE "tracker_internal"."SummaryCount" (
  "themeId" INTEGER NOT NULL,
  "status" "RecommendationStatus" NOT NULL,
  "archived" BOOLEAN NOT NULL,
  "shard" INTEGER NOT NULL,
  "n" BIGINT NOT NULL,
  "progress" BIGINT NOT NULL,
  PRIMARY KEY ("themeId", "status", "archived", "shard")
);
INSERT INTO "tracker_internal"."SummaryCount"
  SELECT "themeId", "status", "archivedAt" IS NOT NULL, 0, count(*), sum("progress") FROM "Recommendation" GROUP BY 1, 2, 3;

-- Each statement's rows, summed by cell, added in key order.
CREATE FUNCTION tracker_summary_insert() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN INSERT INTO "tracker_internal"."SummaryCount" AS c
    SELECT "themeId", status, "archivedAt" IS NOT NULL, pg_backend_pid() % 16, count(*), sum(progress)
    FROM new_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("themeId", status, archived, shard) DO UPDATE SET n = c.n + EXCLUDED.n, progress = c.progress + EXCLUDED.progress\073
  RETURN NULL\073 END';
CREATE FUNCTION tracker_summary_delete() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN INSERT INTO "tracker_internal"."SummaryCount" AS c
    SELECT "themeId", status, "archivedAt" IS NOT NULL, pg_backend_pid() % 16, -count(*), -sum(progress)
    FROM old_rows GROUP BY 1, 2, 3 ORDER BY 1, 2, 3
    ON CONFLICT ("themeId", status, archived, shard) DO UPDATE SET n = c.n + EXCLUDED.n, progress = c.progress + EXCLUDED.progress\073
  RETURN NULL\073 END';
-- An update moves only the cells whose figures change: a note, a title or a date leaves every cell alone.
CREATE FUNCTION tracker_summary_update() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN INSERT INTO "tracker_internal"."SummaryCount" AS c
    SELECT "themeId", status, archived, pg_backend_pid() % 16, sum(n), sum(p) FROM (
      SELECT "themeId", status, "archivedAt" IS NOT NULL AS archived, 1 AS n, progress AS p FROM new_rows
      UNION ALL SELECT "themeId", status, "archivedAt" IS NOT NULL, -1, -progress FROM old_rows) d
    GROUP BY 1, 2, 3 HAVING sum(n) <> 0 OR sum(p) <> 0 ORDER BY 1, 2, 3
    ON CONFLICT ("themeId", status, archived, shard) DO UPDATE SET n = c.n + EXCLUDED.n, progress = c.progress + EXCLUDED.progress\073
  RETURN NULL\073 END';
CREATE FUNCTION tracker_summary_truncate() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN DELETE FROM "tracker_internal"."SummaryCount"\073 RETURN NULL\073 END';

CREATE TRIGGER "Recommendation_summary_insert" AFTER INSERT ON "Recommendation"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_summary_insert();
CREATE TRIGGER "Recommendation_summary_update" AFTER UPDATE ON "Recommendation"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_summary_update();
CREATE TRIGGER "Recommendation_summary_delete" AFTER DELETE ON "Recommendation"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION tracker_summary_delete();
CREATE TRIGGER "Recommendation_summary_truncate" AFTER TRUNCATE ON "Recommendation"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_summary_truncate();

-- The clock's health boundaries among open, unarchived records, read through these instead of every row:
-- the target dates (overdue, due soon) and the last activity (stale, and the next record to turn stale).
-- Each carries the columns the health rules read, so the reads stay index-only.
CREATE INDEX "Recommendation_open_target_idx" ON "Recommendation" ("targetDate")
  INCLUDE ("themeId", "status", "progress", "lastProgressAt", "createdAt")
  WHERE "archivedAt" IS NULL AND "status" NOT IN ('IMPLEMENTED', 'ABANDONED');
CREATE INDEX "Recommendation_open_activity_idx" ON "Recommendation" ((COALESCE("lastProgressAt", "createdAt")))
  INCLUDE ("themeId", "status", "targetDate", "lastProgressAt", "createdAt")
  WHERE "archivedAt" IS NULL AND "status" NOT IN ('IMPLEMENTED', 'ABANDONED');

-- Index-only reads stay index-only only on pages the visibility map calls all-visible, and every write
-- clears a page's bit until VACUUM sets it again. By default autovacuum waits for 20 % of the rows to
-- change (20,000 writes at 100,000 records), and meanwhile the health counts above fall back to reading the
-- table's pages (about 10x slower, measured). Vacuuming after every 500 changed or inserted rows keeps the
-- map fresh at a steady write rate, at the cost of a VACUUM of only the changed pages every few minutes.
ALTER TABLE "Recommendation" SET (autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 500,
  autovacuum_vacuum_insert_scale_factor = 0, autovacuum_vacuum_insert_threshold = 500);
