-- AlterTable
ALTER TABLE "Owner" ADD COLUMN     "mergedIntoId" INTEGER,
ADD COLUMN     "nameEn" TEXT,
ADD COLUMN     "nameZh" TEXT;

-- CreateTable
CREATE TABLE "OwnerName" (
    "id" SERIAL NOT NULL,
    "ownerId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "normalized" TEXT NOT NULL,
    "isAlias" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "OwnerName_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "OwnerName_normalized_key" ON "OwnerName"("normalized");

-- CreateIndex
CREATE INDEX "OwnerName_ownerId_idx" ON "OwnerName"("ownerId");

-- AddForeignKey
ALTER TABLE "Owner" ADD CONSTRAINT "Owner_mergedIntoId_fkey" FOREIGN KEY ("mergedIntoId") REFERENCES "Owner"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OwnerName" ADD CONSTRAINT "OwnerName_ownerId_fkey" FOREIGN KEY ("ownerId") REFERENCES "Owner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- Existing owners: a name with Chinese characters is the Chinese name, any other the English one. Each becomes
-- a name the owner answers to, normalised as src/db/readModel/ownerName.ts does (NFKC, trimmed, one space, lower case).
UPDATE "Owner" SET "nameZh" = "name" WHERE "name" ~ '[\u3400-\u9fff]';

UPDATE "Owner" SET "nameEn" = "name" WHERE "nameZh" IS NULL;

INSERT INTO "OwnerName" ("ownerId", "name", "normalized", "isAlias")
SELECT "id", "name", lower(regexp_replace(regexp_replace(normalize("name", NFKC), '^\s+|\s+$', '', 'g'), '\s+', ' ', 'g')), false
FROM "Owner" ORDER BY "id"
ON CONFLICT ("normalized") DO NOTHING;
