-- `me { preferences }` reads "Preference", so a change to it must change the counter that ETags and the
-- dashboard cache derive from (20261201202100_raw_change_counter_everywhere).
CREATE TRIGGER "Preference_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Preference"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
