// No oversell, through the production path (placeOrder), in one process and across processes; and
// the database itself refuses counts that break the invariant (RegistryItem_counts_check).
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { breaksCountsCheck, placeOrder, ShortLinesError } from "../../lib/data/orders";
import { newSlug } from "../../lib/data/registries";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const buyer = { buyerName: "Rush", buyerEmail: "rush@example.com", giftMessage: "", shipToRegistrant: true };

async function itemWith(requested: number) {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  const registry = await prisma.registry.create({
    data: { slug: newSlug(), title: "Concurrency test", ownerId: owner.id, firstName: "C", lastName: "T", email: owner.email },
  });
  return prisma.registryItem.create({ data: { registryId: registry.id, title: "Plate", priceCents: 1000, requested } });
}

describe("atomic Locked counts", () => {
  afterAll(() => prisma.$disconnect());

  it("120 buyers at once for 50 units: 50 orders, 70 told it is gone, 50 locked", async () => {
    const item = await itemWith(50);
    const results = await Promise.allSettled(
      Array.from({ length: 120 }, () => placeOrder(item.registryId, buyer, [{ itemId: item.id, quantity: 1 }], "http://shop.test")),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(50);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ShortLinesError)).toHaveLength(70);
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).locked).toBe(50);
    expect(await prisma.order.count({ where: { registryId: item.registryId } })).toBe(50);
  });

  it("gives exactly 50 of 50 to 4 processes × 25 buyers", async () => {
    const item = await itemWith(50);
    const workers = Array.from({ length: 4 }, () =>
      run(
        path.join(root, "node_modules/.bin/tsx"),
        ["--conditions=react-server", "tests/helpers/order-worker.ts", String(item.registryId), String(item.id), "25"],
        { cwd: root, env: process.env },
      ),
    );
    const counts = (await Promise.all(workers)).map((r) => Number(r.stdout.trim()));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(50);
    const after = await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.locked).toBe(50);
    expect(await prisma.orderLine.aggregate({ where: { itemId: item.id }, _sum: { quantity: true } })).toMatchObject({
      _sum: { quantity: 50 },
    });
  });

  it("the database refuses counts that break the invariant, whoever writes them", async () => {
    const item = await itemWith(3);
    for (const data of [{ locked: 4 }, { purchased: 2, locked: 2 }, { locked: -1 }, { purchased: -1 }, { requested: 0, locked: 1 }])
      expect(breaksCountsCheck(await prisma.registryItem.update({ where: { id: item.id }, data }).catch((e: unknown) => e))).toBe(true);
    expect(
      breaksCountsCheck(
        await prisma.registryItem
          .create({ data: { registryId: item.registryId, title: "Bad", priceCents: 1, requested: 1, purchased: 2 } })
          .catch((e: unknown) => e),
      ),
    ).toBe(true);
    expect(await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      requested: 3,
      purchased: 0,
      locked: 0,
    });
  });
});
