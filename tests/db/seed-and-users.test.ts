import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { seedDemoData } from "../../lib/data/demo";
import { checkCredentials, createUser } from "../../lib/data/users";
import { AppError } from "../../lib/errors";

afterAll(() => prisma.$disconnect());

async function counts() {
  const [users, registries, items, products, apiUsers, creds, sales, orders] = await Promise.all([
    prisma.user.count(),
    prisma.registry.count(),
    prisma.registryItem.count(),
    prisma.product.count(),
    prisma.apiUser.count(),
    prisma.apiCredential.count(),
    prisma.saleRecord.count(),
    prisma.order.count(),
  ]);
  return { users, registries, items, products, apiUsers, creds, sales, orders };
}

describe("demo data", () => {
  it("is idempotent: seeding again changes nothing", async () => {
    await seedDemoData();
    const before = await counts();
    await seedDemoData();
    expect(await counts()).toEqual(before);
  });

  it("matches the contract: Alex's wedding with Sam Taylor and at least 12 items", async () => {
    const wedding = await prisma.registry.findFirstOrThrow({
      where: { title: "Alex & Sam's Wedding" },
      include: { items: true, owner: true },
    });
    expect(wedding.owner.email).toBe("alex@example.com");
    expect([wedding.coFirstName, wedding.coLastName]).toEqual(["Sam", "Taylor"]);
    expect(wedding.addrStreet).not.toBe("");
    expect(wedding.eventDate!.getTime()).toBeGreaterThan(Date.now());
    expect(wedding.items.length).toBeGreaterThanOrEqual(12);
    expect(wedding.items.some((i) => i.requested > 1)).toBe(true);
    expect(wedding.items.some((i) => i.purchased > 0 && i.purchased < i.requested)).toBe(true);
    expect(wedding.items.some((i) => i.purchased === i.requested)).toBe(true);
    for (const i of wedding.items) expect(i.purchased + i.locked).toBeLessThanOrEqual(i.requested);
    const occasions = await prisma.registry.findMany({
      where: { externalIdentifier: { startsWith: "DEMO-" } },
      select: { occasion: { select: { name: true } } },
    });
    expect(new Set(occasions.map((o) => o.occasion?.name))).toEqual(new Set(["Wedding", "Baby", "Birthday"]));
  });

  it("demo users sign in with the demo password", async () => {
    for (const email of ["admin@example.com", "alex@example.com"]) {
      const r = await checkCredentials(email, "demo-password");
      expect(r.ok).toBe(true);
    }
    expect((await checkCredentials("alex@example.com", "wrong-password")).ok).toBe(false);
  });
});

describe("accounts", () => {
  it("refuses a duplicate email and creates no second user", async () => {
    const email = `dup-${Date.now()}@example.com`;
    await createUser({ email, password: "long-enough-1", firstName: "A", lastName: "B" });
    await expect(createUser({ email, password: "long-enough-1", firstName: "A", lastName: "B" })).rejects.toBeInstanceOf(AppError);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
  });

  it("refuses a suspended user with a distinct reason", async () => {
    const email = `susp-${Date.now()}@example.com`;
    const u = await createUser({ email, password: "long-enough-1", firstName: "S", lastName: "U" });
    await prisma.user.update({ where: { id: u.id }, data: { status: "SUSPENDED" } });
    expect(await checkCredentials(email, "long-enough-1")).toEqual({ ok: false, reason: "suspended" });
  });
});
