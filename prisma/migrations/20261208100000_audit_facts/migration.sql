-- AlterTable
ALTER TABLE "AuditEntry" ADD COLUMN     "changeKind" TEXT,
ADD COLUMN     "progressUpdateId" INTEGER,
ADD COLUMN     "recommendationId" INTEGER,
ADD COLUMN     "webhookEvent" "WebhookEvent";

