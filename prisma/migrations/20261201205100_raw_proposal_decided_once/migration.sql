-- A proposal (src/domain/review.ts) is part of the log: what was proposed never changes, and its decision
-- is written once, from OPEN to APPROVED or REJECTED, never back and never twice. DELETE is refused as on
-- the progress log, and TRUNCATE unless the transaction sets tracker.allow_reset (20261128220000_raw_no_truncate).
-- The WASM migration runner splits scripts at every semicolon, so the body's are written as \073.
CREATE FUNCTION tracker_proposal_decided_once() RETURNS trigger LANGUAGE plpgsql AS
E'DECLARE decision text[] := ARRAY[''state'', ''reviewerId'', ''reviewerName'', ''rejectionReason'', ''decidedAt'']\073 BEGIN IF TG_OP = ''DELETE'' OR OLD.state <> ''OPEN'' OR NEW.state = ''OPEN'' OR (to_jsonb(OLD) - decision) IS DISTINCT FROM (to_jsonb(NEW) - decision) THEN RAISE EXCEPTION ''Proposal is append-only: only its decision is written, once'' USING ERRCODE = ''insufficient_privilege''\073 END IF\073 RETURN NEW\073 END';

CREATE TRIGGER "Proposal_decided_once" BEFORE UPDATE OR DELETE ON "Proposal"
  FOR EACH ROW EXECUTE FUNCTION tracker_proposal_decided_once();
CREATE TRIGGER "Proposal_no_truncate" BEFORE TRUNCATE ON "Proposal"
  FOR EACH STATEMENT EXECUTE FUNCTION tracker_forbid_truncate();
