-- Entries logged before evidence records: one PENDING Evidence row per link, in the order of evidenceUrls.
-- Their capture is enqueued by the next periodic link check (checkEvidenceLinks picks up PENDING rows),
-- not here: a migration does not know whether this instance runs the job worker.
INSERT INTO "Evidence" ("progressUpdateId", "position", "url")
SELECT u.id, (l.ord - 1)::int, l.url
FROM "ProgressUpdate" u CROSS JOIN LATERAL unnest(u."evidenceUrls") WITH ORDINALITY AS l(url, ord)
ORDER BY u.id, l.ord;
