-- AlterTable
ALTER TABLE "Order" ADD COLUMN "thankYouSentAt" DATETIME;

-- AlterTable
ALTER TABLE "SaleRecord" ADD COLUMN "thankYouSentAt" DATETIME;

