-- AlterTable
ALTER TABLE "Order" ADD COLUMN     "thankYouSentAt" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SaleRecord" ADD COLUMN     "thankYouSentAt" TIMESTAMP(3);

