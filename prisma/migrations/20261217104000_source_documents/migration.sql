-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('ARTICLE', 'LAW', 'REGULATION', 'PLAN', 'SPEECH', 'OTHER');

-- CreateEnum
CREATE TYPE "ExtractionState" AS ENUM ('NOT_STARTED', 'QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "DocumentRevisionState" AS ENUM ('PENDING', 'APPLIED', 'SUPERSEDED');

-- CreateEnum
CREATE TYPE "RecommendationLinkKind" AS ENUM ('SAME_MEASURE', 'IMPLEMENTS', 'SUPERSEDES', 'RELATED');

-- AlterTable
ALTER TABLE "SourceDocument" ADD COLUMN     "contentHash" TEXT,
ADD COLUMN     "emphasis" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "extractedAt" TIMESTAMP(3),
ADD COLUMN     "extractionFailure" TEXT,
ADD COLUMN     "extractionState" "ExtractionState" NOT NULL DEFAULT 'NOT_STARTED',
ADD COLUMN     "kind" "DocumentKind" NOT NULL DEFAULT 'ARTICLE',
ADD COLUMN     "mediaType" TEXT,
ADD COLUMN     "originalSha256" TEXT,
ADD COLUMN     "publisher" TEXT,
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN     "sections" JSONB NOT NULL DEFAULT '[]',
ADD COLUMN     "text" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "Theme" ALTER COLUMN "pillar" DROP NOT NULL;

-- CreateTable
CREATE TABLE "DocumentRevision" (
    "id" SERIAL NOT NULL,
    "documentId" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "sections" JSONB NOT NULL DEFAULT '[]',
    "emphasis" JSONB NOT NULL DEFAULT '[]',
    "contentHash" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "originalSha256" TEXT,
    "state" "DocumentRevisionState" NOT NULL DEFAULT 'PENDING',
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "appliedAt" TIMESTAMP(3),

    CONSTRAINT "DocumentRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentUpload" (
    "id" TEXT NOT NULL,
    "mediaType" TEXT NOT NULL,
    "fileName" TEXT,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "uploadedBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "usedAt" TIMESTAMP(3),

    CONSTRAINT "DocumentUpload_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RecommendationLink" (
    "id" SERIAL NOT NULL,
    "fromId" INTEGER NOT NULL,
    "toId" INTEGER NOT NULL,
    "kind" "RecommendationLinkKind" NOT NULL,
    "createdBy" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RecommendationLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocumentRevision_documentId_state_idx" ON "DocumentRevision"("documentId", "state");

-- CreateIndex
CREATE INDEX "DocumentUpload_createdAt_idx" ON "DocumentUpload"("createdAt");

-- CreateIndex
CREATE INDEX "RecommendationLink_toId_idx" ON "RecommendationLink"("toId");

-- CreateIndex
CREATE UNIQUE INDEX "RecommendationLink_fromId_toId_kind_key" ON "RecommendationLink"("fromId", "toId", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "SourceDocument_contentHash_key" ON "SourceDocument"("contentHash");

-- AddForeignKey
ALTER TABLE "DocumentRevision" ADD CONSTRAINT "DocumentRevision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "SourceDocument"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationLink" ADD CONSTRAINT "RecommendationLink_fromId_fkey" FOREIGN KEY ("fromId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RecommendationLink" ADD CONSTRAINT "RecommendationLink_toId_fkey" FOREIGN KEY ("toId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

