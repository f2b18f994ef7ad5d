-- Rules Prisma's schema language cannot express. The drift test applies every `_raw_` migration on top of
-- the schema-derived SQL, so these stay out of the drift comparison.

-- The progress log and the audit trail are append-only, whoever connects: corrections are new rows.
-- The WASM migration runner splits scripts at every semicolon, even inside quotes, so the body's one
-- semicolon is written as the octal escape \073.
CREATE FUNCTION tracker_forbid_change() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN RAISE EXCEPTION ''% is append-only'', TG_TABLE_NAME USING ERRCODE = ''insufficient_privilege''\073 END';

CREATE TRIGGER "ProgressUpdate_append_only" BEFORE UPDATE OR DELETE ON "ProgressUpdate"
  FOR EACH ROW EXECUTE FUNCTION tracker_forbid_change();
CREATE TRIGGER "AuditEntry_append_only" BEFORE UPDATE OR DELETE ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION tracker_forbid_change();

-- Last line of defence behind the API's validation.
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_progress_range" CHECK ("progress" BETWEEN 0 AND 100);
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_version_positive" CHECK ("version" >= 1);
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_progress_range"
  CHECK ("progress" BETWEEN 0 AND 100 AND "progressBefore" BETWEEN 0 AND 100);
