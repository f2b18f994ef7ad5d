-- A webhook carries internal entries' text only when created with includeInternal (src/domain/visibility).
ALTER TABLE "Webhook" ADD COLUMN "includeInternal" BOOLEAN NOT NULL DEFAULT false;
