// The guest registry page's data function must cost the same number of SQL statements whether a
// registry holds 1 gift or 300: no query per item (issue 9). Counted with Prisma's query log events
// on a client installed as the app's one client (lib/db.ts reuses globalThis.prisma).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { databaseUrl, providerOf, sqliteFile } from "../../lib/database-url";
import { SqliteAdapterFactory } from "../../lib/sqlite-adapter";

const url = databaseUrl();
const counted = new PrismaClient({
  adapter: providerOf(url) === "postgresql" ? new PrismaPg({ connectionString: url }) : new SqliteAdapterFactory(sqliteFile(url)),
  log: [{ emit: "event", level: "query" }],
});
const statements: string[] = [];
counted.$on("query", (e) => statements.push(e.query));
(globalThis as unknown as { prisma?: PrismaClient }).prisma = counted;

// Imported after the counting client is installed, so lib/db.ts hands it to the data layer.
const { findGuestRegistry } = await import("../../lib/data/guest");
const { newSlug } = await import("../../lib/data/registries");

async function registryWith(items: number) {
  const owner = await counted.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  const occasion = await counted.occasion.findFirstOrThrow();
  const registry = await counted.registry.create({
    data: {
      slug: newSlug(),
      title: `Query count ${items}`,
      ownerId: owner.id,
      occasionId: occasion.id,
      firstName: "Q",
      lastName: "C",
      email: owner.email,
    },
  });
  await counted.registryItem.createMany({
    data: Array.from({ length: items }, (_, i) => ({
      registryId: registry.id,
      title: `Gift ${i}`,
      priceCents: 1000 + i,
      requested: 3,
      position: i,
    })),
  });
  return registry.slug;
}

async function statementsFor(slug: string) {
  statements.length = 0;
  const registry = await findGuestRegistry(slug);
  return { n: statements.length, items: registry?.items.length, sql: [...statements] };
}

let small: string;
let large: string;
beforeAll(async () => {
  small = await registryWith(1);
  large = await registryWith(300);
});
afterAll(() => counted.$disconnect());

describe("guest registry page queries", () => {
  it("does not grow with the number of items (1 vs 300 gifts)", async () => {
    const a = await statementsFor(small);
    const b = await statementsFor(large);
    expect(a.items).toBe(1);
    expect(b.items).toBe(300);
    expect(a.n).toBeGreaterThan(0);
    expect(b.n).toBe(a.n);
    expect(b.n).toBeLessThanOrEqual(4); // registry, occasion, the items' fingerprint, items — each one statement
    // No statement is per item: none names a single item id.
    expect(b.sql.filter((q) => /"RegistryItem"\."id"\s*=/.test(q))).toEqual([]);
  });

  it("reads the items again only when they changed (the fingerprint says so)", async () => {
    const readsItems = (sql: string[]) => sql.filter((q) => /RegistryItem[`"]\.[`"]title/.test(q)).length;
    expect(readsItems((await statementsFor(large)).sql)).toBe(0); // unchanged since the test above
    await counted.registryItem.updateMany({ where: { registry: { slug: large }, position: 0 }, data: { locked: 1 } });
    const after = await statementsFor(large);
    expect(readsItems(after.sql)).toBe(1);
    const registry = await findGuestRegistry(large);
    expect(registry?.items.find((i) => i.title === "Gift 0")?.locked).toBe(1);
  });
});
