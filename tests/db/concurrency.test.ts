import { execFile } from "node:child_process";
import { promisify } from "node:util";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { lockUnits } from "../../lib/data/items";
import { newSlug } from "../../lib/data/registries";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

async function itemWith(available: number) {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  const registry = await prisma.registry.create({
    data: { slug: newSlug(), title: "Concurrency test", ownerId: owner.id, firstName: "C", lastName: "T", email: owner.email },
  });
  return prisma.registryItem.create({ data: { registryId: registry.id, title: "Plate", priceCents: 1000, requested: available } });
}

describe("atomic Locked counts", () => {
  afterAll(() => prisma.$disconnect());

  it("never locks more than is available (in-process burst)", async () => {
    const item = await itemWith(50);
    const results = await Promise.all(Array.from({ length: 120 }, () => lockUnits(item.id, 1)));
    expect(results.filter(Boolean)).toHaveLength(50);
    const after = await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.locked).toBe(50);
  });

  it("gives exactly 50 of 50 to 4 processes × 25 attempts", async () => {
    const item = await itemWith(50);
    const workers = Array.from({ length: 4 }, () =>
      run(path.join(root, "node_modules/.bin/tsx"), ["--conditions=react-server", "tests/helpers/lock-worker.ts", String(item.id), "25"], { cwd: root, env: process.env }),
    );
    const counts = (await Promise.all(workers)).map((r) => Number(r.stdout.trim()));
    expect(counts.reduce((a, b) => a + b, 0)).toBe(50);
    const after = await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } });
    expect(after.locked).toBe(50);
    expect(after.requested - after.purchased - after.locked).toBe(0);
  });

  it("refuses more than is left in one go and changes nothing", async () => {
    const item = await itemWith(3);
    expect(await lockUnits(item.id, 4)).toBe(false);
    expect(await lockUnits(item.id, 0)).toBe(false);
    expect(await lockUnits(item.id, -2)).toBe(false);
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).locked).toBe(0);
  });
});
