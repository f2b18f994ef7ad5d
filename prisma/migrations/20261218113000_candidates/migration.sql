-- CreateEnum
CREATE TYPE "CandidateState" AS ENUM ('OPEN', 'ACCEPTED', 'MERGED', 'REJECTED');

-- CreateTable
CREATE TABLE "Candidate" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "sectionHeading" TEXT,
    "suggestedThemeId" INTEGER,
    "suggestedTitle" TEXT NOT NULL,
    "confidence" DOUBLE PRECISION NOT NULL,
    "reason" TEXT NOT NULL,
    "state" "CandidateState" NOT NULL DEFAULT 'OPEN',
    "recommendationId" INTEGER,
    "rejectionReason" TEXT,
    "decidedBy" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Candidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Candidate_documentId_state_id_idx" ON "Candidate"("documentId", "state", "id");

-- CreateIndex
CREATE INDEX "Candidate_documentId_start_idx" ON "Candidate"("documentId", "start");

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Candidate" ADD CONSTRAINT "Candidate_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

