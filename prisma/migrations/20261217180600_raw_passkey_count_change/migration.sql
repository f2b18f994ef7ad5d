-- `me { passkeys }` reads "Passkey", so a change to it must change the counter that ETags derive from
-- (20261201202100_raw_change_counter_everywhere). "PasskeyChallenge" has none: no read returns it.
CREATE TRIGGER "Passkey_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Passkey"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
