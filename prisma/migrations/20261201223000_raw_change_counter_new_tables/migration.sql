-- The rule of 20261201202100_raw_change_counter_everywhere, applied to the tables added since: every table a
-- read can return bumps the change counter, so that the ETags (src/http/conditionalGet.ts) and the dashboard's
-- cache see each change. These are written without an audit entry beside them, so the AuditEntry trigger
-- alone would miss them: evidence capture and link checks (Evidence), webhook deliveries and their attempts,
-- and the rows of follows, owner names, proposals and webhooks, which scripts may write too. ChangeEvent is
-- left out on purpose: it is written only by the AuditEntry trigger, whose own statement already counts.
CREATE TRIGGER "Evidence_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Evidence"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "Proposal_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Proposal"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "OwnerName_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "OwnerName"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "Follow_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Follow"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "Webhook_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Webhook"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "WebhookDelivery_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "WebhookDelivery"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
CREATE TRIGGER "WebhookAttempt_count_change" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "WebhookAttempt"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_count_change();
