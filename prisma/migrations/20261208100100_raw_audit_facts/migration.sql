-- The facts of the operation table (src/domain/operations.ts) are recorded on each audit entry by recordAudit, in
-- the write's own transaction: the recommendation it targets, the change it is on the feed, the log entry it
-- appended and the webhook event it sends. The change feed's trigger and the webhooks' outbox read those columns,
-- and no longer decode the operation's name or its `after` (tracker_change_of, migration *_raw_log_entry_changes).
-- The WASM migration runner splits scripts at every semicolon, even inside quotes and comments, so the bodies'
-- semicolons are written as \073.

-- The rule every channel followed before the table, kept for the entries written before it: this migration's
-- backfill, and a restore of an older backup (src/db/backup.ts), which has no such columns. An entry about a
-- recommendation names it by code, a log entry is the change `logProgress` (tracker_change_of), and each kind
-- maps to the event src/domain/webhooks/events.ts gave it.
CREATE FUNCTION tracker_audit_facts_before_table(op text, target_type text, target_id text, after_ jsonb,
  OUT "recommendationId" integer, OUT "changeKind" text, OUT "progressUpdateId" integer,
  OUT "webhookEvent" "WebhookEvent")
LANGUAGE sql STABLE AS
'SELECT r.id, c.kind, c."progressUpdateId",
   (CASE c.kind WHEN ''logProgress'' THEN ''PROGRESS_LOGGED''
      WHEN ''createRecommendation'' THEN ''RECOMMENDATION_CHANGED''
      WHEN ''updateRecommendation'' THEN ''RECOMMENDATION_CHANGED''
      WHEN ''archiveRecommendation'' THEN ''RECOMMENDATION_CHANGED''
      WHEN ''restoreRecommendation'' THEN ''RECOMMENDATION_CHANGED''
      WHEN ''setOwners'' THEN ''OWNERS_CHANGED''
      WHEN ''setTargetDate'' THEN ''TARGET_DATE_CHANGED'' END)::"WebhookEvent"
 FROM (SELECT 1) one
   LEFT JOIN "Recommendation" r ON target_type = ''Recommendation'' AND r.code = target_id
   LEFT JOIN LATERAL tracker_change_of(op, after_) c ON r.id IS NOT NULL';

-- The trail written so far, brought under the columns once. Only this migration edits the trail.
ALTER TABLE "AuditEntry" DISABLE TRIGGER "AuditEntry_append_only";

UPDATE "AuditEntry" a SET ("recommendationId", "changeKind", "progressUpdateId", "webhookEvent") =
  (SELECT f."recommendationId", f."changeKind", f."progressUpdateId", f."webhookEvent"
   FROM tracker_audit_facts_before_table(a."operation", a."targetType", a."targetId", a."after") f)
WHERE a."targetType" = 'Recommendation';

ALTER TABLE "AuditEntry" ENABLE TRIGGER "AuditEntry_append_only";

-- An entry written without recordAudit (a script's INSERT) records no facts: one about a recommendation is then a
-- change of its own operation's name, with no log entry and no webhook event. Nothing of `after` is read.
CREATE FUNCTION tracker_audit_facts_unrecorded() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN
  SELECT r.id INTO NEW."recommendationId" FROM "Recommendation" r WHERE r.code = NEW."targetId"\073
  IF NEW."recommendationId" IS NOT NULL THEN NEW."changeKind" := coalesce(NEW."changeKind", NEW."operation")\073 END IF\073
  RETURN NEW\073
END';

CREATE TRIGGER "AuditEntry_unrecorded_facts" BEFORE INSERT ON "AuditEntry"
  FOR EACH ROW WHEN (NEW."targetType" = 'Recommendation' AND NEW."recommendationId" IS NULL
    AND current_setting('tracker.restoring', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION tracker_audit_facts_unrecorded();

-- The change feed: the entry's recorded change, as it recorded it. Replaces the function of migration
-- *_raw_log_entry_changes. The restore switch (migration *_raw_restore_switch) still silences it.
CREATE OR REPLACE FUNCTION tracker_record_change() RETURNS trigger LANGUAGE plpgsql AS
E'DECLARE event_id integer\073 BEGIN
  INSERT INTO "ChangeEvent" ("kind", "recommendationId", "auditEntryId", "progressUpdateId", "actorName", "createdAt")
  VALUES (NEW."changeKind", NEW."recommendationId", NEW.id, NEW."progressUpdateId", NEW."actorName", NEW."createdAt")
  RETURNING id INTO event_id\073
  PERFORM pg_notify(''tracker_changes'', event_id::text)\073
  RETURN NULL\073
END';

DROP TRIGGER "AuditEntry_change_event" ON "AuditEntry";
CREATE TRIGGER "AuditEntry_change_event" AFTER INSERT ON "AuditEntry"
  FOR EACH ROW WHEN (NEW."changeKind" IS NOT NULL AND NEW."recommendationId" IS NOT NULL
    AND current_setting('tracker.restoring', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION tracker_record_change();

-- The webhooks' outbox: only an entry that is a webhook event queues a fan-out.
DROP TRIGGER "AuditEntry_webhook_outbox" ON "AuditEntry";
CREATE TRIGGER "AuditEntry_webhook_outbox" AFTER INSERT ON "AuditEntry"
  FOR EACH ROW WHEN (NEW."webhookEvent" IS NOT NULL AND NEW."recommendationId" IS NOT NULL
    AND current_setting('tracker.restoring', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION tracker_webhook_outbox();
