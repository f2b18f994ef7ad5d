-- Internal notes: a log entry, and an indicator value, may be INTERNAL, read in full by signed-in users only.
-- Existing rows were all published, so they stay PUBLIC.
CREATE TYPE "Visibility" AS ENUM ('PUBLIC', 'INTERNAL');
ALTER TABLE "ProgressUpdate" ADD COLUMN "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC';
ALTER TABLE "IndicatorValue" ADD COLUMN "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC';
-- A proposal keeps the visibility its entry was proposed with, so that approving it appends the entry so.
ALTER TABLE "Proposal" ADD COLUMN "visibility" "Visibility" NOT NULL DEFAULT 'PUBLIC';
