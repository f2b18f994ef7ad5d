-- AlterTable
ALTER TABLE "ProgressUpdate" ADD COLUMN     "rowKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "ProgressUpdate_rowKey_key" ON "ProgressUpdate"("rowKey");

