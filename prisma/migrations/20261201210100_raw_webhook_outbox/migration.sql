-- The webhooks' transactional outbox. Every write on a recommendation leaves an audit entry in its own
-- transaction (src/domain/audit.ts), and this trigger adds, in that same transaction, one job that fans the
-- entry out to the webhooks (src/domain/webhooks/fanOut.ts). So a change and its event commit or roll back
-- together, whoever writes (the API, an import, a script), and nothing is queued while no webhook is enabled.
-- Which operation is which event is decided once, in TypeScript (domain/webhooks/events.ts).
-- The WASM migration runner splits scripts at every semicolon, even inside quotes, so the body's semicolons
-- are written as the octal escape \073.
CREATE FUNCTION tracker_webhook_outbox() RETURNS trigger LANGUAGE plpgsql AS
E'BEGIN IF EXISTS (SELECT 1 FROM "Webhook" WHERE "disabledAt" IS NULL) THEN PERFORM graphile_worker.add_job(identifier => ''fanOutWebhooks'', payload => json_build_object(''auditEntryId'', NEW.id))\073 END IF\073 RETURN NULL\073 END';

CREATE TRIGGER "AuditEntry_webhook_outbox" AFTER INSERT ON "AuditEntry"
  FOR EACH ROW WHEN (NEW."targetType" = 'Recommendation') EXECUTE FUNCTION tracker_webhook_outbox();
