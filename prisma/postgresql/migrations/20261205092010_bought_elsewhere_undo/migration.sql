-- AlterTable
ALTER TABLE "SaleRecord" ADD COLUMN     "boughtElsewhere" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "undoneAt" TIMESTAMP(3),
ADD COLUMN     "undoneById" INTEGER;

-- AddForeignKey
ALTER TABLE "SaleRecord" ADD CONSTRAINT "SaleRecord_undoneById_fkey" FOREIGN KEY ("undoneById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Existing guest marks: offline sales recorded by nobody (an admin's offline sale names the admin).
UPDATE "SaleRecord" SET "boughtElsewhere" = true WHERE "source" = 'OFFLINE' AND "kind" = 'SALE' AND "actorUserId" IS NULL AND "actorApiUserId" IS NULL;
