-- AlterTable
ALTER TABLE "EmailMessage" ADD COLUMN     "orderId" INTEGER;

-- AddForeignKey
ALTER TABLE "EmailMessage" ADD CONSTRAINT "EmailMessage_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "Order"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written (Prisma has no CHECK in its schema): the counts invariant, held by the database.
-- An order's UPDATE that would oversell fails with this constraint's name and rolls back (lib/data/orders.ts).
ALTER TABLE "RegistryItem" ADD CONSTRAINT "RegistryItem_counts_check"
  CHECK ("purchased" >= 0 AND "locked" >= 0 AND "purchasedOffline" >= 0 AND "purchased" + "locked" <= "requested");
