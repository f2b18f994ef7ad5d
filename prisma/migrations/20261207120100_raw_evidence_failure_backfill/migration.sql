-- Evidence.failure (migration 20261207120000_evidence_failure) for the rows captured before it, read from the
-- words their detail was stored in (src/domain/evidence/failure.ts has written both columns since). A function,
-- so that restoring a backup taken before the column (src/db/backup.ts) derives it by the same rule. Every
-- refusal was BLOCKED, and a FAILED reason that is none of the known sentences is a raw network error.
-- (No semicolon in a comment or body but at a statement's end: the WASM migration runner splits at each.)
CREATE FUNCTION evidence_failure_from_reason(state "EvidenceCaptureState", reason text)
RETURNS "EvidenceFailure" LANGUAGE sql IMMUTABLE AS $$
  SELECT (CASE
    WHEN state = 'BLOCKED' THEN 'BLOCKED_ADDRESS'
    WHEN state <> 'FAILED' THEN NULL
    WHEN reason LIKE 'HTTP %' OR reason LIKE 'more than % redirects' THEN 'HTTP_ERROR'
    WHEN reason LIKE 'content type %' THEN 'UNSUPPORTED_TYPE'
    WHEN reason LIKE 'the response is larger than %' OR reason LIKE 'the evidence archive is full%' THEN 'TOO_LARGE'
    WHEN reason = 'the call took too long' THEN 'TIMEOUT'
    ELSE 'UNREACHABLE'
  END)::"EvidenceFailure"
$$;

UPDATE "Evidence" SET "failure" = evidence_failure_from_reason("captureState", "failureReason")
WHERE "failure" IS NULL AND "captureState" IN ('BLOCKED', 'FAILED');
