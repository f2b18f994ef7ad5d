-- `Recommendation.links` reads "RecommendationLink" and `SourceDocument.pendingRevision` reads "DocumentRevision",
-- so a change to either must change the counter that ETags and the dashboard cache derive from
-- (20261201202100_raw_change_counter_everywhere). "DocumentUpload" is read by no query (COUNTER_EXCLUDED).
CREATE TRIGGER "RecommendationLink_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "RecommendationLink"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "DocumentRevision_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "DocumentRevision"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
