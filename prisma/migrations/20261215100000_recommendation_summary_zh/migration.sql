-- Catalog revision 3: a Chinese summary for every record, and where each bilingual text came from
-- (SOURCE as the reviewed catalog gave it, DRAFT after any edit, REVIEWED once a named reviewer marked it).

-- CreateEnum
CREATE TYPE "TextOrigin" AS ENUM ('SOURCE', 'DRAFT', 'REVIEWED');

-- AlterTable
ALTER TABLE "Recommendation" ADD COLUMN     "summaryEnOrigin" "TextOrigin" NOT NULL DEFAULT 'SOURCE',
ADD COLUMN     "summaryZh" TEXT NOT NULL DEFAULT '',
ADD COLUMN     "summaryZhOrigin" "TextOrigin" NOT NULL DEFAULT 'SOURCE',
ADD COLUMN     "titleEnOrigin" "TextOrigin" NOT NULL DEFAULT 'SOURCE',
ADD COLUMN     "titleZhOrigin" "TextOrigin" NOT NULL DEFAULT 'SOURCE';
