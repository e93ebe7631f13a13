// The guest registry page stays light: server-rendered, usable without JavaScript, every script under
// this response's CSP nonce, and its own client code only the small basket (basket-script.tsx).
import { expect, test } from "@playwright/test";
import { gotoReady, makeRegistry, makeUser, signIn } from "./fixtures";

test("the registry page is server-rendered, runs under its CSP nonce and logs no error", async ({ page }) => {
  const r = await makeRegistry();
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  const res = await page.goto(`/r/${r.slug}`);
  const nonce = /'nonce-([^']+)'/.exec(res!.headers()["content-security-policy"])![1];
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  // Every script the server sent carries this response's nonce. (Chunks the router loads later, e.g. for a
  // prefetched link, come in through 'strict-dynamic' without one; a refused script would log an error below.)
  const scripts = [...(await res!.text()).matchAll(/<script\b[^>]*>/g)].map((m) => /\snonce="([^"]*)"/.exec(m[0])?.[1]);
  expect(scripts.length).toBeGreaterThan(0);
  expect(scripts.every((n) => n === nonce)).toBe(true);
  // The basket controls come alive once the client code ran.
  await expect(page.getByRole("button", { name: `Add ${r.items[0].title} to basket` })).toBeEnabled();
  expect(errors).toEqual([]);
  // Server-rendered: the gifts, the filter form and the page title are in the HTML itself.
  const html = await (await page.request.get(`/r/${r.slug}`)).text();
  expect(html).toContain(r.items[0].title);
  expect(html).toContain('aria-label="Filter gifts"');
  await expect(page).toHaveTitle(`${r.title} · Wishwell`);
});

test("without JavaScript a guest can filter and sort the gifts and follow the page’s links", async ({ browser }) => {
  const r = await makeRegistry({ requested: [3, 2] });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`/r/${r.slug}`);
  await expect(page.getByRole("heading", { name: r.items[0].title })).toBeVisible();
  await page.getByLabel("Show").selectOption("all");
  await page.getByLabel("Sort by").selectOption("price-desc");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/show=all.*sort=price-desc|sort=price-desc.*show=all/);
  await expect(page.getByLabel("Sort by")).toHaveValue("price-desc");
  await page.getByRole("link", { name: "Report it" }).click();
  await expect(page).toHaveURL(new RegExp(`/r/${r.slug}/report$`));
  await context.close();
});

test("the basket survives checkout and the back button, and counts only gifts still needed", async ({ page }) => {
  const r = await makeRegistry({ requested: [3, 2] });
  await gotoReady(page, `/r/${r.slug}`);
  const [a, b] = r.items;
  const cardA = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: a.title }) });
  // Add is disabled until the script ran, then clamps the quantity to what is still needed, and says so.
  await cardA.getByLabel(`Quantity of ${a.title}`).fill("7");
  await cardA.getByRole("button", { name: `Add ${a.title} to basket` }).click();
  await expect(cardA.getByText("3 in basket")).toBeVisible();
  await expect(cardA.getByText("Only 3 still needed")).toBeVisible();
  await expect(cardA.getByLabel(`Quantity of ${a.title}`)).toHaveValue("3");
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

test("a quantity the basket cannot take is changed in the field, with the reason next to it, for screen readers too", async ({ page }) => {
  const r = await makeRegistry({ requested: [1, 4] });
  await gotoReady(page, `/r/${r.slug}`);
  const [a, b] = r.items;
  const cardA = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: a.title }) });
  const cardB = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: b.title }) });
  const qtyA = cardA.getByLabel(`Quantity of ${a.title}`);
  const addA = cardA.getByRole("button", { name: `Add ${a.title} to basket` });
  // The reason is described by the field and sits in a live region (announced when it changes).
  await expect(qtyA).toHaveAccessibleDescription("");
  const noteA = cardA.locator("[data-qty-note]");
  await expect(noteA).toHaveAttribute("aria-live", "polite");

  for (const typed of ["5", "3"]) {
    await qtyA.fill(typed);
    await addA.click();
    await expect(noteA).toHaveText("Only 1 still needed");
    await expect(qtyA).toHaveValue("1");
    await expect(qtyA).toHaveAccessibleDescription("Only 1 still needed");
    await expect(cardA.getByText("1 in basket")).toBeVisible();
  }
  await qtyA.fill("-2");
  await addA.click();
  await expect(noteA).toHaveText("Enter at least 1");
  await expect(qtyA).toHaveValue("1");

  // A quantity that fits goes in as typed, with no note; another gift's note stays.
  const qtyB = cardB.getByLabel(`Quantity of ${b.title}`);
  await qtyB.fill("3");
  await cardB.getByRole("button", { name: `Add ${b.title} to basket` }).click();
  await expect(cardB.getByText("3 in basket")).toBeVisible();
  await expect(cardB.locator("[data-qty-note]")).toHaveText("");
  await expect(noteA).toHaveText("Enter at least 1");
  await expect(page.getByRole("region", { name: "Gift basket" })).toContainText("4 gifts in your basket");
  // A fitting quantity clears the earlier reason.
  await qtyA.fill("1");
  await addA.click();
  await expect(noteA).toHaveText("");
});

test("a signed-in visitor sees their menu on the registry page and can sign out from it", async ({ page }) => {
  const r = await makeRegistry();
  const visitor = await makeUser("menu"); // signing out ends every session of the account: not a demo account
  await signIn(page, visitor.email, visitor.password);
  const res = await page.goto(`/r/${r.slug}`);
  expect(res!.headers()["x-page-cache"]).toBeUndefined(); // personal pages are never cached
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  const menu = page.getByRole("banner").locator("details");
  await menu.locator("summary").click();
  await expect(menu.getByRole("link", { name: "My registries" })).toBeVisible();
  await menu.getByRole("button", { name: "Sign out" }).click();
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
