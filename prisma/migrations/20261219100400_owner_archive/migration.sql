-- An archived owner is no longer offered as a new owner, while the records it owns keep it.
ALTER TABLE "Owner" ADD COLUMN "archivedAt" TIMESTAMP(3);
