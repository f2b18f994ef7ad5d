-- Indicators, their revisions and values are read by Recommendation.indicators (and the SQL health reads
-- "Indicator".status), so a change to any of them must change the counter that ETags and the dashboard's cache
-- derive from (20261201202100_raw_change_counter_everywhere).
CREATE TRIGGER "Indicator_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Indicator"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "IndicatorRevision_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IndicatorRevision"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "IndicatorValue_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "IndicatorValue"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
