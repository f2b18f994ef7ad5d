-- TRUNCATE fires no row triggers, so the append-only rule (20261128000100_raw_append_only) did not stop
-- it, directly or through TRUNCATE ... CASCADE from a parent table. A statement trigger refuses it unless
-- the transaction says on purpose that it resets the database: SET LOCAL tracker.allow_reset = 'on' (the
-- tests' reset does). The WASM migration runner splits scripts at every semicolon, so the body's are \073.
CREATE FUNCTION tracker_forbid_truncate() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF current_setting(''tracker.allow_reset'', true) IS DISTINCT FROM ''on'' THEN RAISE EXCEPTION ''% is append-only: TRUNCATE is refused'', TG_TABLE_NAME USING ERRCODE = ''insufficient_privilege''\073 END IF\073 RETURN NULL\073 END';

CREATE TRIGGER "ProgressUpdate_no_truncate" BEFORE TRUNCATE ON "ProgressUpdate"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_forbid_truncate();
CREATE TRIGGER "AuditEntry_no_truncate" BEFORE TRUNCATE ON "AuditEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_forbid_truncate();
