-- CreateEnum
CREATE TYPE "ProposalState" AS ENUM ('OPEN', 'APPROVED', 'REJECTED');

-- AlterEnum
ALTER TYPE "Role" ADD VALUE 'REVIEWER' BEFORE 'ADMIN';

-- AlterTable
ALTER TABLE "ProgressUpdate" ADD COLUMN     "proposalId" INTEGER;

-- CreateTable
CREATE TABLE "Proposal" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "proposerId" INTEGER,
    "proposerName" TEXT NOT NULL,
    "statusBefore" "RecommendationStatus" NOT NULL,
    "progressBefore" INTEGER NOT NULL,
    "baseVersion" INTEGER NOT NULL,
    "status" "RecommendationStatus" NOT NULL,
    "progress" INTEGER NOT NULL,
    "note" TEXT NOT NULL,
    "evidenceUrls" TEXT[],
    "occurredOn" DATE NOT NULL,
    "reason" TEXT,
    "correctsId" INTEGER,
    "rowKey" TEXT,
    "state" "ProposalState" NOT NULL DEFAULT 'OPEN',
    "reviewerId" INTEGER,
    "reviewerName" TEXT,
    "rejectionReason" TEXT,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Proposal_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Proposal_rowKey_key" ON "Proposal"("rowKey");

-- CreateIndex
CREATE INDEX "Proposal_state_id_idx" ON "Proposal"("state", "id");

-- CreateIndex
CREATE INDEX "Proposal_recommendationId_id_idx" ON "Proposal"("recommendationId", "id");

-- CreateIndex
CREATE INDEX "Proposal_proposerId_id_idx" ON "Proposal"("proposerId", "id");

-- CreateIndex
CREATE UNIQUE INDEX "ProgressUpdate_proposalId_key" ON "ProgressUpdate"("proposalId");

-- AddForeignKey
ALTER TABLE "ProgressUpdate" ADD CONSTRAINT "ProgressUpdate_proposalId_fkey" FOREIGN KEY ("proposalId") REFERENCES "Proposal"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_proposerId_fkey" FOREIGN KEY ("proposerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Proposal" ADD CONSTRAINT "Proposal_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

