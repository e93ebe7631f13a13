-- Group gifts (issue 22): guests chip in toward a gift's units; a covered unit is ordered (locked).
-- AlterEnum
ALTER TYPE "ContributionStatus" ADD VALUE 'RELEASED';

-- AlterTable
ALTER TABLE "RegistryItem" ADD COLUMN     "fundedCents" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "groupDeadline" TIMESTAMP(3),
ADD COLUMN     "groupFundId" INTEGER,
ADD COLUMN     "groupGift" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "groupMinCents" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "Contribution" ADD COLUMN     "itemId" INTEGER,
ADD COLUMN     "orderId" INTEGER;

-- CreateIndex
CREATE INDEX "Contribution_itemId_orderId_idx" ON "Contribution"("itemId", "orderId");

-- CreateIndex
CREATE INDEX "Contribution_orderId_idx" ON "Contribution"("orderId");

-- AddForeignKey
ALTER TABLE "RegistryItem" ADD CONSTRAINT "RegistryItem_groupFundId_fkey" FOREIGN KEY ("groupFundId") REFERENCES "Fund"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_itemId_fkey" FOREIGN KEY ("itemId") REFERENCES "RegistryItem"("id") ON DELETE NO ACTION ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Hand-written (Prisma has no CHECK in its schema). Money toward the next unit stays below its price
-- and exists only while a unit is left: a contribution that would over-fund rolls back (lib/data/group-gifts.ts).
ALTER TABLE "RegistryItem" ADD CONSTRAINT "RegistryItem_group_check"
  CHECK ("fundedCents" >= 0 AND "groupMinCents" >= 0
    AND ("fundedCents" = 0 OR ("groupGift" AND "fundedCents" < "priceCents" AND "purchased" + "locked" < "requested")));

-- A contribution goes to a fund or to a group gift, exactly one; only a group gift's has an order.
ALTER TABLE "Contribution" DROP CONSTRAINT "Contribution_target_check";
ALTER TABLE "Contribution" ADD CONSTRAINT "Contribution_target_check"
  CHECK (("fundId" IS NULL) <> ("itemId" IS NULL) AND ("orderId" IS NULL OR "itemId" IS NOT NULL));
