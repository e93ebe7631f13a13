// Faults: processes killed (SIGKILL) in the middle of a checkout burst leave no half-applied order.
import { spawn } from "node:child_process";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { newSlug } from "../../lib/data/registries";

const root = path.resolve(import.meta.dirname, "../..");
afterAll(() => prisma.$disconnect());

describe("crash in the middle of a checkout burst", () => {
  it("every order is applied whole or not at all, and the counts stay consistent", async () => {
    const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
    const r = await prisma.registry.create({
      data: {
        slug: newSlug(),
        title: "Storm",
        ownerId: owner.id,
        firstName: "S",
        lastName: "T",
        email: owner.email,
        items: { create: [0, 1, 2].map((i) => ({ title: `Storm ${i}`, priceCents: 500, requested: 400, position: i })) },
      },
      include: { items: true },
    });
    const ids = r.items.map((i) => String(i.id));
    const workers = [0, 1, 2].map(() =>
      spawn(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "tests/helpers/order-storm.ts", String(r.id), ...ids], {
        cwd: root,
        env: process.env,
        stdio: "ignore",
        detached: true,
      }),
    );
    // Let orders flow, then kill every worker (and tsx's node child) without warning.
    const deadline = Date.now() + 20_000;
    while ((await prisma.order.count({ where: { registryId: r.id } })) < 15 && Date.now() < deadline)
      await new Promise((res) => setTimeout(res, 200));
    for (const w of workers) process.kill(-w.pid!, "SIGKILL");
    await new Promise((res) => setTimeout(res, 500));

    const orders = await prisma.order.findMany({ where: { registryId: r.id }, include: { lines: true } });
    expect(orders.length).toBeGreaterThanOrEqual(15);
    for (const o of orders) expect(o.lines.length).toBeGreaterThan(0); // no order without its lines
    const items = await prisma.registryItem.findMany({ where: { registryId: r.id } });
    for (const item of items) {
      const inOrders = orders
        .flatMap((o) => o.lines)
        .filter((l) => l.itemId === item.id)
        .reduce((s, l) => s + l.quantity, 0);
      expect(item.locked).toBe(inOrders); // Locked is exactly what committed orders hold
      expect(item.requested).toBeGreaterThanOrEqual(item.purchased + item.locked);
    }
  });
});
