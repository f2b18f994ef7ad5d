-- CreateEnum
CREATE TYPE "RollupRule" AS ENUM ('MEAN', 'WEIGHTED_MEAN', 'MIN', 'MANUAL');

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "parentId" INTEGER,
ADD COLUMN     "rollupRule" "RollupRule" NOT NULL DEFAULT 'MANUAL',
ADD COLUMN     "rollupVersion" INTEGER NOT NULL DEFAULT 0;

-- CreateTable
CREATE TABLE "RollupRevision" (
    "id" SERIAL NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "rule" "RollupRule" NOT NULL,
    "weights" JSONB NOT NULL,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RollupRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "RollupRevision_recommendationId_version_key" ON "RollupRevision"("recommendationId", "version");

-- CreateIndex
CREATE INDEX "Recommendation_parentId_idx" ON "Recommendation"("parentId");

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Recommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RollupRevision" ADD CONSTRAINT "RollupRevision_recommendationId_fkey" FOREIGN KEY ("recommendationId") REFERENCES "Recommendation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

