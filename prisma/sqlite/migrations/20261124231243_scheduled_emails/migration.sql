-- AlterTable
ALTER TABLE "Registry" ADD COLUMN "thankYouReminderSentAt" DATETIME;

-- AlterTable
ALTER TABLE "User" ADD COLUMN "lastAdminSummaryAt" DATETIME;
ALTER TABLE "User" ADD COLUMN "lastDigestAt" DATETIME;

