-- AlterTable
ALTER TABLE "SaleRecord" ALTER COLUMN "reference" DROP NOT NULL;

