-- The change feed (README "Following changes"). Every write audits itself inside its own transaction
-- (src/domain/audit.ts), so a trigger on "AuditEntry" turns each audit entry about a recommendation into a
-- "ChangeEvent" in that same transaction, whoever writes (the API, an import, a restore, a script), and
-- notifies `tracker_changes` with the event's id. PostgreSQL delivers a NOTIFY only when its transaction
-- commits, so a rolled-back write neither leaves an event nor sends one. Entries about other targets
-- (users, tokens, documents, a whole sheet) are not changes to follow. The WASM migration runner splits
-- scripts at every semicolon, even inside quotes, so the body's semicolons are written as \073.
CREATE FUNCTION tracker_record_change() RETURNS trigger LANGUAGE plpgsql AS
E'DECLARE rec_id integer\073 event_id integer\073 BEGIN
  IF NEW."targetType" <> ''Recommendation'' THEN RETURN NULL\073 END IF\073
  SELECT r.id INTO rec_id FROM "Recommendation" r WHERE r.code = NEW."targetId"\073
  IF rec_id IS NULL THEN RETURN NULL\073 END IF\073
  INSERT INTO "ChangeEvent" ("kind", "recommendationId", "auditEntryId", "progressUpdateId", "actorName", "createdAt")
  VALUES (NEW."operation", rec_id, NEW.id,
    CASE WHEN NEW."operation" = ''logProgress'' THEN (NEW."after"->>''updateId'')::integer END,
    NEW."actorName", NEW."createdAt")
  RETURNING id INTO event_id\073
  PERFORM pg_notify(''tracker_changes'', event_id::text)\073
  RETURN NULL\073
END';

CREATE TRIGGER "AuditEntry_change_event" AFTER INSERT ON "AuditEntry"
  FOR EACH ROW EXECUTE FUNCTION tracker_record_change();

-- The history written before this migration, so that the feed starts with the trail's past.
INSERT INTO "ChangeEvent" ("kind", "recommendationId", "auditEntryId", "progressUpdateId", "actorName", "createdAt")
SELECT a."operation", r.id, a.id,
  CASE WHEN a."operation" = 'logProgress' THEN (a."after"->>'updateId')::integer END,
  a."actorName", a."createdAt"
FROM "AuditEntry" a JOIN "Recommendation" r ON r.code = a."targetId"
WHERE a."targetType" = 'Recommendation'
ORDER BY a.id;

-- Like the trail it comes from, the feed is append-only.
CREATE TRIGGER "ChangeEvent_append_only" BEFORE UPDATE OR DELETE ON "ChangeEvent"
  FOR EACH ROW EXECUTE FUNCTION tracker_forbid_change();
CREATE TRIGGER "ChangeEvent_no_truncate" BEFORE TRUNCATE ON "ChangeEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_forbid_truncate();

-- A follow names exactly one thing: a recommendation or a theme.
ALTER TABLE "Follow" ADD CONSTRAINT "Follow_one_target" CHECK (num_nonnulls("recommendationId", "themeId") = 1);
