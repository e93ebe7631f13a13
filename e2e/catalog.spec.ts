import { expect, test, type Page } from "@playwright/test";
import { signInAdmin } from "./admin-helpers";
import { db, gotoReady, makeRegistry, signIn } from "./fixtures";

async function registryFor(occasion: string) {
  const registry = await makeRegistry();
  const { id } = await db.occasion.findUniqueOrThrow({ where: { name: occasion } });
  await db.registry.update({ where: { id: registry.id }, data: { occasionId: id } });
  return registry;
}

const catalog = (page: Page) => page.getByRole("form", { name: "Add from the catalog" });
const categories = (page: Page) => page.getByRole("navigation", { name: "Catalog categories" });

/**
 * Every picture of ours in the catalog list loads (a broken image has no natural width); they load lazily, so
 * scroll to each. Products other specs add meanwhile may carry a shop's image link: those are not ours to check.
 */
async function expectPicturesLoaded(page: Page) {
  const pictures = catalog(page).locator('img[src^="/products/"]');
  await expect(pictures.first()).toBeVisible();
  for (const img of await pictures.all()) {
    await img.scrollIntoViewIfNeeded();
    await expect.poll(() => img.evaluate((i: HTMLImageElement) => i.complete && i.naturalWidth > 0)).toBe(true);
  }
}

test("a wedding registry opens the catalog on wedding gifts with their pictures, and categories browse the rest", async ({ page }) => {
  const registry = await registryFor("Wedding");
  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${registry.id}`);
  await expect(categories(page).getByRole("link", { name: "For your wedding registry" })).toHaveAttribute("aria-current", "page");
  await expect(catalog(page).getByText("Stand Mixer 5qt")).toBeVisible();
  await expect(catalog(page).getByText("Lightweight Stroller")).toHaveCount(0);
  await expectPicturesLoaded(page);
  // Each demo product has its own picture, not its category's.
  await expect(catalog(page).getByRole("listitem").filter({ hasText: "Stand Mixer 5qt" }).locator("img")).toHaveAttribute(
    "src",
    "/products/kit-stand-mixer.svg",
  );

  await categories(page).getByRole("link", { name: "Baby" }).click();
  await expect(categories(page).getByRole("link", { name: "Baby" })).toHaveAttribute("aria-current", "page");
  await expect(catalog(page).getByText("Lightweight Stroller")).toBeVisible();
  await expect(catalog(page).getByText("Stand Mixer 5qt")).toHaveCount(0);
  await expectPicturesLoaded(page);

  // Everything: every category, from the first (other specs add products meanwhile, so only the first few are sure to show).
  await categories(page).getByRole("link", { name: "Everything" }).click();
  await expect(categories(page).getByRole("link", { name: "Everything" })).toHaveAttribute("aria-current", "page");
  await expect(catalog(page).getByText("Convertible Crib")).toBeVisible();

  // A search looks through the whole catalog, whatever the occasion.
  await page.getByLabel("Search by product name or barcode").fill("car seat");
  await page.getByRole("button", { name: "Search" }).click();
  await expect(catalog(page).getByText("Infant Car Seat")).toBeVisible();
  await expect(catalog(page).getByText("Stand Mixer 5qt")).toHaveCount(0);
});

test("a long category is shown a page at a time, with links to the next and previous pages", async ({ page }) => {
  const category = `Paging ${Date.now().toString(36)}`;
  const names = Array.from({ length: 30 }, (_, i) => `Paging product ${String(i + 1).padStart(2, "0")}`);
  await db.product.createMany({
    data: names.map((name, i) => ({ sku: `${category}-${i}`, name, category, priceCents: 1000 + i })),
  });
  try {
    const registry = await registryFor("Wedding");
    await signIn(page, "alex@example.com");
    await gotoReady(page, `/dashboard/registries/${registry.id}?cat=${encodeURIComponent(category)}`);
    const pages = page.getByRole("navigation", { name: "Catalog pages" });
    await expect(page.getByText("Showing 1–24 of 30 products")).toBeVisible();
    await expect(catalog(page).getByText(names[23])).toBeVisible();
    await expect(catalog(page).getByText(names[24])).toHaveCount(0);
    await expect(pages.getByRole("link", { name: "← Previous" })).toHaveCount(0);
    await pages.getByRole("link", { name: "Next →" }).click();
    await expect(page.getByText("Showing 25–30 of 30 products")).toBeVisible();
    await expect(pages.getByText("Page 2 of 2")).toBeVisible();
    await expect(catalog(page).getByText(names[29])).toBeVisible();
    await expect(catalog(page).getByText(names[0])).toHaveCount(0);
    await expect(pages.getByRole("link", { name: "Next →" })).toHaveCount(0);
    await pages.getByRole("link", { name: "← Previous" }).click();
    await expect(catalog(page).getByText(names[0])).toBeVisible();
    // A page number that is not one shows the first page, never an error.
    await gotoReady(page, `/dashboard/registries/${registry.id}?cat=${encodeURIComponent(category)}&page=zz`);
    await expect(page.getByText("Showing 1–24 of 30 products")).toBeVisible();
  } finally {
    await db.product.updateMany({ where: { category }, data: { active: false } });
  }
});

test("a baby registry opens the catalog on baby gifts", async ({ page }) => {
  const registry = await registryFor("Baby");
  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${registry.id}`);
  await expect(categories(page).getByRole("link", { name: "For your baby registry" })).toHaveAttribute("aria-current", "page");
  await expect(catalog(page).getByText("Convertible Crib")).toBeVisible();
  await expect(catalog(page).getByText("Cast Iron Dutch Oven")).toHaveCount(0);
});

test("an admin chooses the categories an occasion's registries open on", async ({ page, browser }) => {
  const holiday = await db.occasion.findUniqueOrThrow({ where: { name: "Holiday" } });
  const registry = await registryFor("Holiday");
  try {
    await signInAdmin(page);
    await gotoReady(page, "/admin/lists");
    await page.getByLabel("Categories for Holiday", { exact: true }).fill(" Games ,  Books, Games ");
    await page.getByRole("form", { name: "Catalog categories for Holiday" }).getByRole("button", { name: "Save" }).click();
    await expect(page.getByText("Registries open the catalog on: Games, Books.")).toBeVisible();
    expect((await db.occasion.findUniqueOrThrow({ where: { id: holiday.id } })).catalogCategories).toBe("Games,Books");

    const alex = await browser.newPage();
    await signIn(alex, "alex@example.com");
    await gotoReady(alex, `/dashboard/registries/${registry.id}`);
    await expect(categories(alex).getByRole("link", { name: "For your holiday registry" })).toHaveAttribute("aria-current", "page");
    const names = await catalog(alex).getByRole("listitem").allInnerTexts();
    // Games first (the order the admin gave), then books; nothing else.
    expect(names.map((n) => n.split("\n")[0])).toEqual(["Strategy Board Game", "Hardcover Book Bundle"]);
    await alex.close();
  } finally {
    await db.occasion.update({ where: { id: holiday.id }, data: { catalogCategories: holiday.catalogCategories } });
  }
});
