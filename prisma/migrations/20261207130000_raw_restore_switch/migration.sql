-- A restore (src/db/backup.ts) inserts an old audit trail. Its entries are history, not news: they must not
-- queue a webhook fan-out (receivers would get every past change again, under new message ids) nor become
-- changes announced to live subscribers. The restore's transaction says so with
-- SET LOCAL tracker.restoring = 'on' (as tracker.allow_reset does for TRUNCATE), and both triggers on
-- "AuditEntry" stay silent under it: their WHEN conditions read the switch, so the trigger functions
-- themselves (tracker_webhook_outbox, tracker_record_change) are left as they are. The restore then writes
-- the change feed of the restored trail itself, by the trigger's own rule (tracker_change_of), as history, and
-- notifies no one.
DROP TRIGGER "AuditEntry_webhook_outbox" ON "AuditEntry";
CREATE TRIGGER "AuditEntry_webhook_outbox" AFTER INSERT ON "AuditEntry"
  FOR EACH ROW WHEN (NEW."targetType" = 'Recommendation' AND current_setting('tracker.restoring', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION tracker_webhook_outbox();

DROP TRIGGER "AuditEntry_change_event" ON "AuditEntry";
CREATE TRIGGER "AuditEntry_change_event" AFTER INSERT ON "AuditEntry"
  FOR EACH ROW WHEN (current_setting('tracker.restoring', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION tracker_record_change();
