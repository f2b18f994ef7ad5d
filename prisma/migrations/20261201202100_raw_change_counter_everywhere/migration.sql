-- The change counter (20261128190000_raw_change_counter) now counts a change to every table a read can
-- return, not only the dashboard's: the HTTP layer's ETags (src/http/conditionalGet.ts) are derived from it,
-- so a write that a read could show, through any instance or psql, must change it. The rule for every new
-- table that the API can read: give it the same statement trigger, in its own _raw_ migration:
--   CREATE TRIGGER "<Table>_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "<Table>"
--     FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change()
CREATE TRIGGER "ProgressUpdate_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ProgressUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "TargetDateRevision_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "TargetDateRevision"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "QuoteRevision_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "QuoteRevision"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "User_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "User"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "ApiToken_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "ApiToken"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "AuditEntry_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
