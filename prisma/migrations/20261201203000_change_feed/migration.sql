-- CreateTable
CREATE TABLE "ChangeEvent" (
    "id" SERIAL NOT NULL,
    "txid" xid8 NOT NULL DEFAULT pg_current_xact_id(),
    "kind" TEXT NOT NULL,
    "recommendationId" INTEGER NOT NULL,
    "auditEntryId" INTEGER NOT NULL,
    "progressUpdateId" INTEGER,
    "actorName" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ChangeEvent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Follow" (
    "id" SERIAL NOT NULL,
    "userName" TEXT NOT NULL,
    "recommendationId" INTEGER,
    "themeId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Follow_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ChangeEvent_auditEntryId_key" ON "ChangeEvent"("auditEntryId");

-- CreateIndex
CREATE INDEX "ChangeEvent_txid_id_idx" ON "ChangeEvent"("txid", "id");

-- CreateIndex
CREATE INDEX "ChangeEvent_recommendationId_txid_id_idx" ON "ChangeEvent"("recommendationId", "txid", "id");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userName_recommendationId_key" ON "Follow"("userName", "recommendationId");

-- CreateIndex
CREATE UNIQUE INDEX "Follow_userName_themeId_key" ON "Follow"("userName", "themeId");

