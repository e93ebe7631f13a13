import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { cancelOrder, dispatchOrder, placeOrder, recordBoughtElsewhere, ShortLinesError } from "../../lib/data/orders";
import { newSlug } from "../../lib/data/registries";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");
const buyer = { buyerName: "Guest", buyerEmail: "guest@example.com", giftMessage: "", shipToRegistrant: true };
afterAll(() => prisma.$disconnect());

async function registryWith(...requested: number[]) {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  const registry = await prisma.registry.create({
    data: { slug: newSlug(), title: "Order test", ownerId: owner.id, firstName: "O", lastName: "T", email: owner.email },
  });
  const items = [];
  for (const [i, r] of requested.entries())
    items.push(
      await prisma.registryItem.create({
        data: { registryId: registry.id, title: `Gift ${i}`, priceCents: 1000 + i, requested: r, position: i },
      }),
    );
  return { registry, items };
}

const counts = (id: number) =>
  prisma.registryItem.findUniqueOrThrow({
    where: { id },
    select: { requested: true, purchased: true, locked: true, purchasedOffline: true },
  });

describe("guest orders", () => {
  it("50 concurrent checkouts from 5 processes for 10 available: exactly 10 locked, 40 refused cleanly", async () => {
    const { registry, items } = await registryWith(10);
    const workers = Array.from({ length: 5 }, () =>
      run(
        path.join(root, "node_modules/.bin/tsx"),
        ["--conditions=react-server", "tests/helpers/checkout-worker.ts", String(registry.id), String(items[0].id), "10"],
        { cwd: root, env: process.env },
      ),
    );
    const results = (await Promise.all(workers)).map((r) => r.stdout.trim().split(" ").map(Number));
    expect(results.reduce((s, [ok]) => s + ok, 0)).toBe(10);
    expect(results.reduce((s, [, refused]) => s + refused, 0)).toBe(40);
    expect((await counts(items[0].id)).locked).toBe(10);
    expect(await prisma.order.count({ where: { registryId: registry.id } })).toBe(10);
    // The invariant for every item in the database: Requested = Purchased + Locked + available, available ≥ 0.
    const broken = await prisma.$queryRaw<
      { n: number }[]
    >`SELECT COUNT(*) AS n FROM "RegistryItem" WHERE "purchased" + "locked" > "requested" OR "purchased" < 0 OR "locked" < 0`;
    expect(Number(broken[0].n)).toBe(0);
  });

  it("is all or nothing: one short line leaves every line untouched and creates no order", async () => {
    const { registry, items } = await registryWith(5, 1);
    const err = await placeOrder(registry.id, buyer, [
      { itemId: items[0].id, quantity: 2 },
      { itemId: items[1].id, quantity: 3 },
    ]).catch((e) => e);
    expect(err).toBeInstanceOf(ShortLinesError);
    expect((err as ShortLinesError).lines).toEqual([{ itemId: items[1].id, title: "Gift 1", asked: 3, left: 1 }]);
    expect((await counts(items[0].id)).locked).toBe(0);
    expect(await prisma.order.count({ where: { registryId: registry.id } })).toBe(0);
  });

  it("refuses items of another registry", async () => {
    const a = await registryWith(5);
    const b = await registryWith(5);
    await expect(placeOrder(a.registry.id, buyer, [{ itemId: b.items[0].id, quantity: 1 }])).rejects.toThrow();
    expect((await counts(b.items[0].id)).locked).toBe(0);
  });

  it("dispatch moves Locked to Purchased once; cancel releases Locked", async () => {
    const { registry, items } = await registryWith(6);
    const o1 = await placeOrder(registry.id, buyer, [{ itemId: items[0].id, quantity: 2 }]);
    const o2 = await placeOrder(registry.id, buyer, [{ itemId: items[0].id, quantity: 3 }]);
    expect(await counts(items[0].id)).toMatchObject({ purchased: 0, locked: 5 });
    await dispatchOrder(o1.id, null);
    expect(await counts(items[0].id)).toMatchObject({ purchased: 2, locked: 3 });
    await expect(dispatchOrder(o1.id, null)).rejects.toThrow(/already dispatched/);
    await cancelOrder(o2.id, null);
    expect(await counts(items[0].id)).toMatchObject({ purchased: 2, locked: 0 });
    expect(await prisma.saleRecord.count({ where: { itemId: items[0].id, source: "WEB" } })).toBe(1);
    expect(await prisma.auditLog.count({ where: { targetType: "Order", targetId: { in: [String(o1.id), String(o2.id)] } } })).toBe(2);
  });

  it("bought elsewhere goes straight to Purchased, counted as offline, never above what is needed", async () => {
    const { registry, items } = await registryWith(3);
    expect(
      await recordBoughtElsewhere(registry.id, items[0].id, {
        buyerName: "Aunt",
        buyerEmail: "aunt@example.com",
        quantity: 2,
        message: "",
      }),
    ).toEqual({ left: 1 });
    expect(await counts(items[0].id)).toMatchObject({ purchased: 2, purchasedOffline: 2, locked: 0 });
    await expect(
      recordBoughtElsewhere(registry.id, items[0].id, { buyerName: "Aunt", buyerEmail: "aunt@example.com", quantity: 2, message: "" }),
    ).rejects.toThrow(/Only 1/);
    expect((await counts(items[0].id)).purchased).toBe(2);
  });

  // While another transaction of this process holds the write lock (SQLite) or the gift's row
  // (PostgreSQL), the checkout must wait for it without blocking the event loop that transaction needs.
  async function whileHeld<T>(
    change: (tx: Parameters<Parameters<typeof prisma.$transaction>[0]>[0]) => Promise<unknown>,
    checkout: () => Promise<T>,
  ) {
    let release!: () => void;
    let holding!: () => void;
    const held = new Promise<void>((r) => (holding = r));
    const tx = prisma.$transaction(
      async (t) => {
        await change(t);
        holding();
        await new Promise<void>((r) => (release = r));
      },
      { timeout: 20_000 },
    );
    await held;
    let ticks = 0;
    const timer = setInterval(() => ticks++, 10);
    const result = checkout().then(
      (v) => ({ v }),
      (e: unknown) => ({ e }),
    );
    await new Promise((r) => setTimeout(r, 300));
    release();
    await tx;
    const out = await result;
    clearInterval(timer);
    return { ...out, ticks };
  }

  it("waits for a transaction held open elsewhere without blocking the event loop, then places the order", async () => {
    const { registry, items } = await registryWith(3);
    const other = await registryWith(1);
    const r = await whileHeld(
      (t) => t.registryItem.update({ where: { id: other.items[0].id }, data: { note: "held" } }),
      () => placeOrder(registry.id, buyer, [{ itemId: items[0].id, quantity: 2 }]),
    );
    expect(r.ticks).toBeGreaterThan(10); // the timer kept running while the checkout waited
    expect("v" in r && r.v.id).toBeTruthy();
    expect((await counts(items[0].id)).locked).toBe(2);
  });

  it("refuses whole when the last units go while it waits: no order, no lines, no emails", async () => {
    const { registry, items } = await registryWith(2);
    const emailsBefore = await prisma.emailMessage.count();
    const ordersBefore = await prisma.order.count();
    // The committed counts still show 2 available when the checkout reads them; the held transaction takes them.
    const r = await whileHeld(
      (t) => t.registryItem.update({ where: { id: items[0].id }, data: { locked: 2 } }),
      () => placeOrder(registry.id, buyer, [{ itemId: items[0].id, quantity: 1 }]),
    );
    expect("e" in r && r.e).toBeInstanceOf(ShortLinesError);
    expect("e" in r && (r.e as ShortLinesError).lines).toEqual([{ itemId: items[0].id, title: "Gift 0", asked: 1, left: 0 }]);
    expect(await prisma.order.count()).toBe(ordersBefore);
    expect(await prisma.orderLine.count({ where: { itemId: items[0].id } })).toBe(0);
    expect(await prisma.emailMessage.count()).toBe(emailsBefore);
    expect((await counts(items[0].id)).locked).toBe(2);
  });

  it("refuses when the registrant changes the gift's price while the checkout waits: nothing ordered at the old price", async () => {
    const { registry, items } = await registryWith(2);
    const seen = await prisma.registryItem.findMany({
      where: { id: items[0].id },
      select: { id: true, title: true, priceCents: true, requested: true, purchased: true, locked: true },
    });
    // The buyer's counts were read before the change (as the guest checkout reads them with the registry).
    const r = await whileHeld(
      (t) => t.registryItem.update({ where: { id: items[0].id }, data: { priceCents: 4200 } }),
      () => placeOrder(registry.id, buyer, [{ itemId: items[0].id, quantity: 1 }], undefined, seen),
    );
    expect("e" in r && String((r.e as Error).message)).toMatch(/changed by the registrant/);
    expect(await prisma.order.count({ where: { registryId: registry.id } })).toBe(0);
    expect((await counts(items[0].id)).locked).toBe(0);
    // The next attempt orders at the new price.
    const order = await placeOrder(registry.id, buyer, [{ itemId: items[0].id, quantity: 1 }]);
    expect(await prisma.orderLine.findFirstOrThrow({ where: { orderId: order.id } })).toMatchObject({ unitCents: 4200, quantity: 1 });
  });

  it("in a rush for the last units: exactly that many orders, each with its emails; the others refused whole", async () => {
    const { registry, items } = await registryWith(10);
    const emailsBefore = await prisma.emailMessage.count({ where: { kind: "order-confirmation" } });
    const results = await Promise.allSettled(
      Array.from({ length: 40 }, (_, i) =>
        placeOrder(registry.id, { ...buyer, buyerName: `Rush ${i}` }, [{ itemId: items[0].id, quantity: 1 }]),
      ),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(10);
    expect(results.filter((r) => r.status === "rejected" && r.reason instanceof ShortLinesError)).toHaveLength(30);
    expect((await counts(items[0].id)).locked).toBe(10);
    expect(await prisma.order.count({ where: { registryId: registry.id } })).toBe(10);
    expect(await prisma.emailMessage.count({ where: { kind: "order-confirmation" } })).toBe(emailsBefore + 10);
  });

  it("answers 'no longer on this registry' when the gift is deleted while the checkout waits: nothing ordered", async () => {
    const { registry, items } = await registryWith(2);
    const r = await whileHeld(
      (t) => t.registryItem.delete({ where: { id: items[0].id } }),
      () => placeOrder(registry.id, buyer, [{ itemId: items[0].id, quantity: 1 }]),
    );
    expect("e" in r && r.e).toMatchObject({ kind: "not_found", message: "One of the gifts is no longer on this registry" });
    expect(await prisma.order.count({ where: { registryId: registry.id } })).toBe(0);
  });
});
