// The guest page's filters: applied on change when JavaScript runs (Apply only without it, see
// guest-page-light.spec.ts); on a phone folded into "Filter & sort" so the gifts start on the first screen.
import { expect, test } from "@playwright/test";
import { gotoReady, makeRegistry } from "./fixtures";

test("with JavaScript a filter applies as soon as it changes; there is no Apply to press", async ({ page }) => {
  const r = await makeRegistry({ requested: [3, 2] });
  await gotoReady(page, `/r/${r.slug}`);
  const filters = page.getByRole("form", { name: "Filter gifts" });
  await expect(filters.getByRole("button", { name: "Apply" })).toBeHidden();
  await filters.getByLabel("Sort by").selectOption("price-desc");
  await expect(page).toHaveURL(/sort=price-desc/);
  await expect(page.getByRole("heading", { level: 3 }).first()).toHaveText(r.items[1].title);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  await page.getByRole("form", { name: "Filter gifts" }).getByLabel("Max price").fill("30");
  await page.getByRole("form", { name: "Filter gifts" }).getByLabel("Max price").press("Tab");
  await expect(page).toHaveURL(/max=30/);
  await expect(page.getByRole("heading", { name: r.items[1].title })).toHaveCount(0);
  await expect(page.getByRole("heading", { name: r.items[0].title })).toBeVisible();
});

test("on a 390 px phone the filters fold into “Filter & sort”: the gifts start on the first screen and the sort box fits", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const r = await makeRegistry({ requested: [3, 2] });
  await gotoReady(page, `/r/${r.slug}`);
  const filters = page.getByRole("form", { name: "Filter gifts" });
  const sort = filters.getByLabel("Sort by");
  await expect(sort).toBeHidden();
  const firstGift = page.getByRole("heading", { name: r.items[0].title });
  expect((await firstGift.boundingBox())!.y).toBeLessThan(844);

  await filters.getByText("Filter & sort").click();
  await expect(sort).toBeVisible();
  const box = (await sort.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  await sort.scrollIntoViewIfNeeded();
  const inView = (await sort.boundingBox())!;
  expect(inView.y).toBeGreaterThanOrEqual(0);
  expect(inView.y + inView.height).toBeLessThanOrEqual(844);
  // The page itself never scrolls sideways.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await sort.selectOption("price-asc");
  await expect(page).toHaveURL(/sort=price-asc/);
  await expect(page.getByRole("form", { name: "Filter gifts" })).toContainText("Price: low to high");
});
