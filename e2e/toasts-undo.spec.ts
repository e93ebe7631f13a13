// Confirmations after saves come as toasts (one polite live region); a removed gift can be put back
// with Undo, exactly as it was, and guests see it again.
import { expect, test } from "@playwright/test";
import { db, gotoReady, makeRegistry, signIn } from "./fixtures";

test("Remove says so in a toast with Undo; Undo puts the same gift back, on the guest page too", async ({ page }) => {
  const r = await makeRegistry({ requested: [2, 1] });
  const [gift] = r.items;
  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: gift.title }) });
  const toasts = page.getByRole("status", { name: "Notifications" });

  // A save confirms itself.
  await row.getByLabel("Note to guests").fill("Blue if possible");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(toasts).toContainText(`“${gift.title}” saved`);

  await page.getByRole("button", { name: `Remove ${gift.title}` }).click();
  await expect(toasts).toContainText(`“${gift.title}” removed`);
  await expect(page.getByRole("heading", { name: gift.title })).toHaveCount(0);
  expect(await db.registryItem.findUnique({ where: { id: gift.id } })).toBeNull();
  const guest = await page.context().newPage();
  await guest.goto(`/r/${r.slug}`);
  await expect(guest.getByRole("heading", { name: gift.title })).toHaveCount(0);

  // Undo is in the tab order and works from the keyboard.
  const undo = toasts.getByRole("button", { name: "Undo" });
  await undo.focus();
  await page.keyboard.press("Enter");
  await expect(toasts).toContainText(`“${gift.title}” is back on your registry`);
  await expect(page.getByRole("heading", { name: gift.title })).toBeVisible();
  expect(await db.registryItem.findUniqueOrThrow({ where: { id: gift.id } })).toMatchObject({
    title: gift.title,
    requested: 2,
    note: "Blue if possible",
  });
  await guest.reload();
  await expect(guest.getByRole("heading", { name: gift.title })).toBeVisible();

  // Toasts can be dismissed.
  await toasts.locator("div").filter({ hasText: "is back on your registry" }).getByRole("button", { name: "Dismiss" }).click();
  await expect(toasts.getByText(`“${gift.title}” is back on your registry`)).toHaveCount(0);
});

test("on a phone the toast leaves room below the page, so the last controls can be reached", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const r = await makeRegistry({ requested: [2, 1, 1] });
  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  await page.getByRole("button", { name: `Remove ${r.items[0].title}` }).click();
  const toast = page.getByRole("status", { name: "Notifications" }).getByText("removed");
  await expect(toast).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  // The page's last control, scrolled to the end, sits above the toast.
  const last = page.locator("main :is(button, a, input, select, textarea):not([role=status] *)").last();
  const box = (await last.boundingBox())!;
  const toastBox = (await page.getByRole("status", { name: "Notifications" }).boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(toastBox.y);
});
