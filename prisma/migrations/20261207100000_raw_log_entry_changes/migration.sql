-- Which audit entries about a recommendation are changes, and which changes are log entries: decided here, once,
-- for every channel. The subscriptions, the change feed and the Atom feeds read "ChangeEvent", and so does the
-- webhooks' fan-out (src/domain/webhooks/fanOut.ts), so none of them decodes an operation name on its own.
-- - A log entry is appended by logProgress or by an approved proposal (approveProposal): both name it in
--   after.updateId. Either is the change kind `logProgress` with that entry, so an approved entry reaches every
--   channel exactly as a direct one does (before, an approval was the kind `approveProposal` with no entry, and
--   no channel saw it as progress).
-- - A logProgress that opened a proposal (after.proposalId, no entry) changed nothing on the record: it is no
--   change, and no channel announces it (before, it was a `logProgress` change with no entry).
-- - Any other operation is a change of its own name.
-- Replaces tracker_record_change() of migration 20261201203100_raw_change_events. The WASM migration runner splits
-- scripts at every semicolon, even inside quotes and comments, so the bodies' semicolons are written as \073.
CREATE FUNCTION tracker_change_of(operation text, after jsonb, OUT kind text, OUT "progressUpdateId" integer)
LANGUAGE sql IMMUTABLE AS
'SELECT CASE WHEN e.id IS NOT NULL THEN ''logProgress''
             WHEN operation = ''logProgress'' AND after ? ''proposalId'' THEN NULL
             ELSE operation END,
        e.id
 FROM (SELECT CASE WHEN operation IN (''logProgress'', ''approveProposal'')
                   THEN (after->>''updateId'')::integer END AS id) e';

CREATE OR REPLACE FUNCTION tracker_record_change() RETURNS trigger LANGUAGE plpgsql AS
E'DECLARE rec_id integer\073 event_id integer\073 change record\073 BEGIN
  IF NEW."targetType" <> ''Recommendation'' THEN RETURN NULL\073 END IF\073
  SELECT * INTO change FROM tracker_change_of(NEW."operation", NEW."after")\073
  IF change.kind IS NULL THEN RETURN NULL\073 END IF\073
  SELECT r.id INTO rec_id FROM "Recommendation" r WHERE r.code = NEW."targetId"\073
  IF rec_id IS NULL THEN RETURN NULL\073 END IF\073
  INSERT INTO "ChangeEvent" ("kind", "recommendationId", "auditEntryId", "progressUpdateId", "actorName", "createdAt")
  VALUES (change.kind, rec_id, NEW.id, change."progressUpdateId", NEW."actorName", NEW."createdAt")
  RETURNING id INTO event_id\073
  PERFORM pg_notify(''tracker_changes'', event_id::text)\073
  RETURN NULL\073
END';

-- The feed derives from the trail (a restore writes it again through the trigger): the changes written before
-- this migration are brought under the same rule, each in its place. Only this migration edits the feed.
ALTER TABLE "ChangeEvent" DISABLE TRIGGER "ChangeEvent_append_only";

DELETE FROM "ChangeEvent" c USING "AuditEntry" a
WHERE a.id = c."auditEntryId" AND (tracker_change_of(a."operation", a."after")).kind IS NULL;

UPDATE "ChangeEvent" c SET "kind" = x.kind, "progressUpdateId" = x."progressUpdateId"
FROM "AuditEntry" a CROSS JOIN LATERAL tracker_change_of(a."operation", a."after") x
WHERE a.id = c."auditEntryId" AND (c."kind", c."progressUpdateId") IS DISTINCT FROM (x.kind, x."progressUpdateId");

ALTER TABLE "ChangeEvent" ENABLE TRIGGER "ChangeEvent_append_only";
