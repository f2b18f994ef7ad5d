-- `User.memberships` and `me { memberships }` read "Membership", so a change to it must change the counter that
-- ETags derive from (20261201202100_raw_change_counter_everywhere).
CREATE TRIGGER "Membership_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Membership"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
