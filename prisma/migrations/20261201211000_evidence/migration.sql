-- CreateEnum
CREATE TYPE "EvidenceCaptureState" AS ENUM ('PENDING', 'CAPTURED', 'BLOCKED', 'FAILED');

-- CreateEnum
CREATE TYPE "EvidenceLinkState" AS ENUM ('UNCHECKED', 'ONLINE', 'MISSING', 'CHANGED');

-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "progressUpdateId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "url" TEXT NOT NULL,
    "captureState" "EvidenceCaptureState" NOT NULL DEFAULT 'PENDING',
    "finalUrl" TEXT,
    "httpStatus" INTEGER,
    "contentType" TEXT,
    "title" TEXT,
    "sha256" TEXT,
    "sizeBytes" INTEGER,
    "capturedAt" TIMESTAMP(3),
    "failureReason" TEXT,
    "linkState" "EvidenceLinkState" NOT NULL DEFAULT 'UNCHECKED',
    "checkedAt" TIMESTAMP(3),
    "lastCheckStatus" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceArchive" (
    "sha256" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EvidenceArchive_pkey" PRIMARY KEY ("sha256")
);

-- CreateIndex
CREATE INDEX "Evidence_captureState_checkedAt_idx" ON "Evidence"("captureState", "checkedAt");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_progressUpdateId_position_key" ON "Evidence"("progressUpdateId", "position");

