import "server-only";
// Guests' "bought elsewhere" marks (recorded by recordBoughtElsewhere in ./orders): listed for the
// registrant and admins, who may undo one. The mark stays as a record of who undid it and when.
import { prisma } from "../db";
import { worded } from "../i18n/errors";
import { audit } from "./audit";
import { withBusyRetry } from "./retry";
import type { SessionUser } from "./users";

export function listBoughtElsewhere(registryId: number) {
  return prisma.saleRecord.findMany({
    where: { registryId, boughtElsewhere: true },
    orderBy: { id: "desc" },
    take: 200,
    select: {
      id: true,
      quantity: true,
      buyerName: true,
      comment: true,
      createdAt: true,
      undoneAt: true,
      item: { select: { title: true } },
      undoneBy: { select: { email: true } },
    },
  });
}
export type BoughtElsewhereMark = Awaited<ReturnType<typeof listBoughtElsewhere>>[number];

/**
 * Undo one mark: claim it (only once, even with two clicks racing), then take its units off Purchased
 * and Purchased-offline in one conditional UPDATE — never below what the other records account for.
 */
export function undoBoughtElsewhere(actor: SessionUser, registryId: number, saleId: number) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const claimed = await tx.saleRecord.updateMany({
        where: { id: saleId, registryId, boughtElsewhere: true, kind: "SALE", undoneAt: null },
        data: { undoneAt: new Date(), undoneById: actor.id },
      });
      const mark = await tx.saleRecord.findFirst({
        where: { id: saleId, registryId, boughtElsewhere: true },
        select: { itemId: true, quantity: true, item: { select: { title: true } } },
      });
      if (!mark) throw worded("not_found", "registryErrors.markNotFound");
      if (claimed.count !== 1) throw worded("conflict", "registryErrors.markUndone");
      const before = await tx.registryItem.findUniqueOrThrow({
        where: { id: mark.itemId },
        select: { purchased: true, purchasedOffline: true },
      });
      const changed =
        await tx.$executeRaw`UPDATE "RegistryItem" SET "purchased" = "purchased" - ${mark.quantity}, "purchasedOffline" = "purchasedOffline" - ${mark.quantity}, "updatedAt" = ${new Date()}
        WHERE "id" = ${mark.itemId} AND "purchasedOffline" >= ${mark.quantity} AND "purchased" >= ${mark.quantity}`;
      if (changed !== 1) throw worded("conflict", "registryErrors.markFewer", { title: mark.item.title });
      const after = { purchased: before.purchased - mark.quantity, purchasedOffline: before.purchasedOffline - mark.quantity };
      await audit(tx, actor, { action: "elsewhere.undo", targetType: "SaleRecord", targetId: saleId, registryId, before, after });
      return { title: mark.item.title, quantity: mark.quantity };
    }),
  );
}
