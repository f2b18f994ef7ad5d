-- CreateEnum
CREATE TYPE "EvidenceFailure" AS ENUM ('BLOCKED_ADDRESS', 'UNREACHABLE', 'TOO_LARGE', 'UNSUPPORTED_TYPE', 'TIMEOUT', 'HTTP_ERROR');

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "failure" "EvidenceFailure";

