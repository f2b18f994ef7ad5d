-- CreateEnum
CREATE TYPE "IndicatorDirection" AS ENUM ('INCREASE', 'DECREASE', 'MAINTAIN');

-- CreateEnum
CREATE TYPE "IndicatorStatus" AS ENUM ('ACHIEVED', 'ON_TRACK', 'OFF_TRACK', 'NO_DATA');

-- AlterEnum
ALTER TYPE "WebhookEvent" ADD VALUE 'INDICATOR_VALUE_RECORDED';

-- AlterTable
ALTER TABLE "Proposal" ADD COLUMN     "indicatorValue" JSONB;

-- CreateTable
CREATE TABLE "Indicator" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "code" TEXT,
    "nameZh" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "unit" TEXT NOT NULL,
    "min" DOUBLE PRECISION,
    "max" DOUBLE PRECISION,
    "direction" "IndicatorDirection" NOT NULL,
    "disaggregation" TEXT,
    "baselineValue" DOUBLE PRECISION NOT NULL,
    "baselineDate" DATE NOT NULL,
    "baselineSource" TEXT NOT NULL,
    "targets" JSONB NOT NULL,
    "status" "IndicatorStatus" NOT NULL DEFAULT 'NO_DATA',
    "archivedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Indicator_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorRevision" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "definition" JSONB NOT NULL,
    "archived" BOOLEAN NOT NULL DEFAULT false,
    "tolerance" DOUBLE PRECISION NOT NULL,
    "status" "IndicatorStatus" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "IndicatorRevision_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "IndicatorValue" (
    "id" SERIAL NOT NULL,
    "indicatorId" INTEGER NOT NULL,
    "periodStart" DATE NOT NULL,
    "periodEnd" DATE NOT NULL,
    "value" DOUBLE PRECISION NOT NULL,
    "note" TEXT NOT NULL DEFAULT '',
    "evidenceUrls" TEXT[],
    "correctsId" INTEGER,
    "recordedById" INTEGER,
    "recordedByName" TEXT NOT NULL,
    "recordedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "progressUpdateId" INTEGER NOT NULL,

    CONSTRAINT "IndicatorValue_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Indicator_recommendationId_idx" ON "Indicator"("recommendationId");

-- CreateIndex
CREATE UNIQUE INDEX "Indicator_recommendationId_code_key" ON "Indicator"("recommendationId", "code");

-- CreateIndex
CREATE INDEX "IndicatorRevision_indicatorId_createdAt_id_idx" ON "IndicatorRevision"("indicatorId", "createdAt", "id");

-- CreateIndex
CREATE UNIQUE INDEX "IndicatorValue_progressUpdateId_key" ON "IndicatorValue"("progressUpdateId");

-- CreateIndex
CREATE INDEX "IndicatorValue_indicatorId_periodEnd_id_idx" ON "IndicatorValue"("indicatorId", "periodEnd", "id");

-- AddForeignKey
ALTER TABLE "Indicator" ADD CONSTRAINT "Indicator_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorRevision" ADD CONSTRAINT "IndicatorRevision_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_indicatorId_fkey" FOREIGN KEY ("indicatorId") REFERENCES "Indicator"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "IndicatorValue" ADD CONSTRAINT "IndicatorValue_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "IndicatorValue"("id") ON DELETE SET NULL ON UPDATE CASCADE;

