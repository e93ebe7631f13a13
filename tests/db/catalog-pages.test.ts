// The catalog a page at a time: an occasion's categories in their order across pages, and a page past the last.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { CATALOG_PAGE_SIZE, searchCatalog } from "../../lib/data/registry-items";

const tag = Date.now().toString(36);
const zeta = `Zeta ${tag}`;
const alpha = `Alpha ${tag}`;

afterAll(() => prisma.product.deleteMany({ where: { category: { in: [zeta, alpha] } } }));

describe("catalog pages", () => {
  it("keeps the chosen category order across pages and shows the last page for one past it", async () => {
    const make = (category: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        sku: `${category}-${i}`,
        name: `${category} product ${String(i).padStart(2, "0")}`,
        category,
        priceCents: 500,
      }));
    await prisma.product.createMany({ data: [...make(zeta, 20), ...make(alpha, 20)] });

    const first = await searchCatalog("", [zeta, alpha], 1);
    expect(first).toMatchObject({ total: 40, page: 1, pages: 2 });
    expect(first.products).toHaveLength(CATALOG_PAGE_SIZE);
    expect(first.products.slice(0, 20).every((p) => p.category === zeta)).toBe(true);
    expect(first.products.slice(20).map((p) => p.name)).toEqual([0, 1, 2, 3].map((i) => `${alpha} product 0${i}`));

    const second = await searchCatalog("", [zeta, alpha], 2);
    expect(second.products.map((p) => p.name)).toEqual(
      Array.from({ length: 16 }, (_, i) => `${alpha} product ${String(i + 4).padStart(2, "0")}`),
    );

    const past = await searchCatalog("", [zeta, alpha], 99);
    expect(past).toMatchObject({ page: 2, pages: 2 });
    expect(past.products).toHaveLength(16);

    const none = await searchCatalog("no such product at all", [zeta, alpha], 3);
    expect(none).toMatchObject({ total: 0, page: 1, pages: 1, products: [] });
  });
});
