-- A user's console preferences (src/domain/access/preferences.ts): the language and whether the catalog's
-- charts are open, kept per actor name so that they follow the account to any browser.
-- CreateEnum
CREATE TYPE "Language" AS ENUM ('ZH', 'EN');

-- CreateTable
CREATE TABLE "Preference" (
    "userName" TEXT NOT NULL,
    "language" "Language",
    "chartsOpen" BOOLEAN,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Preference_pkey" PRIMARY KEY ("userName")
);

