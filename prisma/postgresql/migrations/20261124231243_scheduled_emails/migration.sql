-- AlterTable
ALTER TABLE "Registry" ADD COLUMN     "thankYouReminderSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "lastAdminSummaryAt" TIMESTAMP(3),
ADD COLUMN     "lastDigestAt" TIMESTAMP(3);

