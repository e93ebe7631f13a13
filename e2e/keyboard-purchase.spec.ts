// A guest buys with the keyboard only: Tab to move, Enter / Space to act, typing into fields.
// Fails if a control cannot be reached by Tab or does not answer to Enter/Space.
import { expect, test, type Page } from "@playwright/test";
import { db, gotoReady } from "./fixtures";
import { alexRegistry } from "./admin-helpers";

/** Press Tab until the focused element has this accessible name (or text); fail after 80 presses. */
async function tabTo(page: Page, name: RegExp) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el) return "";
      const labelled =
        el.getAttribute("aria-label") ??
        (el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : null) ??
        el.closest("label")?.textContent;
      return `${labelled ?? ""} ${el.textContent ?? ""}`.trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test("a guest adds a gift, checks out and reaches the thank-you page with the keyboard only", async ({ page }) => {
  const r = await alexRegistry();
  const gift = r.items[0].title;
  await gotoReady(page, `/r/${r.slug}`);

  await tabTo(page, new RegExp(`Add ${gift} to basket`));
  await page.keyboard.press("Enter");
  await expect(page.getByText("1 in basket")).toBeVisible();

  await tabTo(page, /^Checkout/);
  await page.keyboard.press("Enter");
  await page.waitForURL(/\/checkout$/);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");

  await tabTo(page, /Your name/);
  await page.keyboard.type("Kim Keyboard");
  await tabTo(page, /Your email/);
  await page.keyboard.type("kim.keyboard@example.com");
  await tabTo(page, /Gift message/);
  await page.keyboard.type("Typed without a mouse");
  await tabTo(page, /Ship to the registrant/);
  await page.keyboard.press("Space"); // untick, then tick again: Space toggles a checkbox
  await expect(page.getByRole("checkbox")).not.toBeChecked();
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox")).toBeChecked();
  await tabTo(page, /Place order/);
  await page.keyboard.press("Enter");

  await expect(page.getByRole("heading", { name: "Thank you, Kim Keyboard!" })).toBeVisible();
  // Focus is visible on the way: the thank-you page's links are reachable too.
  await tabTo(page, /Back to the registry/);
  const order = await db.order.findFirstOrThrow({ where: { registryId: r.id }, include: { lines: true } });
  expect(order).toMatchObject({ buyerName: "Kim Keyboard", buyerEmail: "kim.keyboard@example.com", shipToRegistrant: true });
  expect(order.lines).toEqual([expect.objectContaining({ itemId: r.items[0].id, quantity: 1 })]);
});
