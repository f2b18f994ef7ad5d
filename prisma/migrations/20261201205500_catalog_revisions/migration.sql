-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "splitFromId" INTEGER;

-- CreateTable
CREATE TABLE "CatalogState" (
    "documentSlug" TEXT NOT NULL,
    "revision" INTEGER NOT NULL,
    "appliedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CatalogState_pkey" PRIMARY KEY ("documentSlug")
);

-- AddForeignKey
ALTER TABLE "Recommendation" ADD CONSTRAINT "Recommendation_splitFromId_fkey" FOREIGN KEY ("splitFromId") REFERENCES "Recommendation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

