// The guest registry page ships no client runtime (pages/r/[slug].tsx): one inline script, the basket.
import { expect, test } from "@playwright/test";
import { gotoReady, makeRegistry, makeUser, signIn } from "./fixtures";

test("the registry page loads no script file: one inline basket script with this response's nonce, run under the CSP", async ({ page }) => {
  const r = await makeRegistry();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const scriptFiles: string[] = [];
  page.on("request", (req) => req.resourceType() === "script" && scriptFiles.push(req.url()));
  const res = await page.goto(`/r/${r.slug}`);
  const nonce = /'nonce-([^']+)'/.exec(res!.headers()["content-security-policy"])![1];
  const scripts = await page
    .locator("script")
    .evaluateAll((els) =>
      els.map((e) => ({ nonce: (e as HTMLScriptElement).nonce, src: (e as HTMLScriptElement).src, size: e.textContent!.length })),
    );
  expect(scripts).toHaveLength(1);
  expect(scripts[0]).toMatchObject({ nonce, src: "" });
  expect(scripts[0].size).toBeLessThan(4000);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  expect(scriptFiles).toEqual([]);
  expect(errors).toEqual([]);
  // Server-rendered: the gifts, the filter form and the page title are in the HTML itself.
  const html = await (await page.request.get(`/r/${r.slug}`)).text();
  expect(html).toContain(r.items[0].title);
  expect(html).toContain('aria-label="Filter gifts"');
  await expect(page).toHaveTitle(`${r.title} · Wishwell`);
});

test("the basket survives checkout and the back button, and counts only gifts still needed", async ({ page }) => {
  const r = await makeRegistry({ requested: [3, 2] });
  await gotoReady(page, `/r/${r.slug}`);
  const [a, b] = r.items;
  const cardA = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: a.title }) });
  // Add is disabled until the script ran, then clamps the quantity to what is still needed.
  await cardA.getByLabel(`Quantity of ${a.title}`).fill("7");
  await cardA.getByRole("button", { name: `Add ${a.title} to basket` }).click();
  await expect(cardA.getByText("3 in basket")).toBeVisible();
  await expect(cardA.getByRole("button", { name: `Add ${a.title} to basket` })).toHaveText("Update basket");
  await page.getByRole("button", { name: `Add ${b.title} to basket` }).click();
  const bar = page.getByRole("region", { name: "Gift basket" });
  await expect(bar).toContainText("4 gifts in your basket · $125.00");

  await bar.getByRole("link", { name: "Checkout" }).click();
  await page.waitForURL(/\/checkout$/);
  await expect(page.getByText(a.title).first()).toBeVisible();
  await page.goBack();
  await expect(page.getByRole("region", { name: "Gift basket" })).toContainText("4 gifts in your basket");
  await expect(cardA.getByText("3 in basket")).toBeVisible();
});

test("a signed-in visitor sees their menu on the registry page and can sign out from it", async ({ page }) => {
  const r = await makeRegistry();
  const visitor = await makeUser("menu"); // signing out ends every session of the account: not a demo account
  await signIn(page, visitor.email, visitor.password);
  const res = await page.goto(`/r/${r.slug}`);
  expect(res!.headers()["x-page-cache"]).toBeUndefined(); // personal pages are never cached
  const menu = page.getByRole("banner").locator("details");
  await menu.locator("summary").click();
  await expect(menu.getByRole("link", { name: "My registries" })).toBeVisible();
  await menu.getByRole("link", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-out$/);
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  await page.getByRole("main").getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/r/${r.slug}`);
  await expect(page.getByRole("banner").getByRole("link", { name: "Sign in" })).toBeVisible();
  // Signed out, /sign-out has nothing to do.
  await page.goto("/sign-out");
  await expect(page).toHaveURL(/\/$/);
});

test("an unknown registry answers 404 with the not-found page", async ({ page }) => {
  const res = await page.goto("/r/nosuchregistry1");
  expect(res!.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  await expect(page).toHaveTitle("Registry not found · Wishwell");
});
