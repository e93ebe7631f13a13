import "server-only";
import { prisma } from "../db";
import { withBusyRetry } from "./retry";

/**
 * Move `qty` units of an item into Locked if, and only if, that many are still available.
 * One conditional UPDATE: concurrent buyers can never oversell, on SQLite or PostgreSQL.
 */
export async function lockUnits(itemId: number, qty: number): Promise<boolean> {
  if (!Number.isInteger(qty) || qty <= 0) return false;
  const changed = await withBusyRetry(
    () => prisma.$executeRaw`UPDATE "RegistryItem" SET "locked" = "locked" + ${qty}, "updatedAt" = ${new Date()}
      WHERE "id" = ${itemId} AND "requested" - "purchased" - "locked" >= ${qty}`,
  );
  return changed === 1;
}
