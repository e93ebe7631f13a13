import { execFileSync } from "node:child_process";
import { expect, test, type Page } from "@playwright/test";
import { arrivedReady, db, gotoReady, makeRegistry, signIn } from "./fixtures";

async function addToBasket(page: Page, title: string, qty: number) {
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });
  await card.getByLabel(`Quantity of ${title}`).fill(String(qty));
  await card.getByRole("button", { name: `Add ${title} to basket` }).click();
  await expect(card.getByText(`${qty} in basket`)).toBeVisible();
}

test("a guest finds a registry by co-registrant, buys 2, counts update; staff dispatch makes them Purchased", async ({ page, browser }) => {
  const r = await makeRegistry();
  const gift = r.items[0].title;
  await page.goto("/");
  await page.getByRole("search", { name: "Find a registry" }).getByLabel("Name or registry title").fill(`quinn ${r.coLastName}`);
  await page.getByRole("button", { name: "Search registries" }).click();
  await page.getByRole("link", { name: new RegExp(r.title) }).click();
  await expect(page.getByText("4 of 4 still needed")).toBeVisible();
  await expect(page.getByText("1 Secret Road")).toHaveCount(0);
  await addToBasket(page, gift, 2);
  await page.getByRole("region", { name: "Gift basket" }).getByRole("link", { name: "Checkout" }).click();
  await arrivedReady(page, /\/checkout$/);

  const form = page.getByRole("form", { name: "Checkout" });
  await form.getByRole("button", { name: /Place order/ }).click();
  await expect(form.getByText("Enter your name")).toBeVisible();
  await form.getByLabel("Your name").fill("Grandma Jo");
  await form.getByLabel("Your email").fill("not-an-email");
  await form.getByRole("button", { name: /Place order/ }).click();
  await expect(form.getByText("Enter a valid email address")).toBeVisible();
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(0);
  await form.getByLabel("Your email").fill("grandma@example.com");
  await form.getByLabel("Gift message (optional)").fill("With love!");
  await expect(form.getByText("Ship to the registrant’s address (in Lisbon)")).toBeVisible();
  await form.getByRole("button", { name: "Place order · $50.00" }).click();

  await expect(page.getByRole("heading", { name: "Thank you, Grandma Jo!" })).toBeVisible();
  const order = await db.order.findFirstOrThrow({ where: { registryId: r.id } });
  await expect(page.getByText(`#${order.id}`)).toBeVisible();
  await page.getByRole("link", { name: "Back to the registry" }).click();
  await expect(page.getByText("2 of 4 still needed")).toBeVisible();

  // The registrant sees 2 "ordered, on its way" (Locked) on their dashboard, then Purchased 2 after dispatch; never the word Locked.
  const owner = await browser.newPage();
  await signIn(owner, "alex@example.com");
  await owner.goto(`/dashboard/registries/${r.id}`);
  const row = owner.getByRole("listitem").filter({ has: owner.getByRole("heading", { name: gift }) });
  await expect(row.getByLabel(`${gift} counts`)).toContainText("Ordered, on its way2");
  await expect(owner.getByRole("main")).not.toContainText("Locked");
  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "tests/helpers/dispatch-order.ts", String(order.id)], {
    env: process.env,
  });
  await owner.reload();
  await expect(row.getByLabel(`${gift} counts`)).toContainText("Purchased2Ordered, on its way0Available2");
  await owner.close();
});

test("a guest who ships to their own address must give it all; admins and the confirmation show it", async ({ page, browser }) => {
  const r = await makeRegistry();
  const gift = r.items[0].title;
  await gotoReady(page, `/r/${r.slug}`);
  await addToBasket(page, gift, 1);
  await page.getByRole("region", { name: "Gift basket" }).getByRole("link", { name: "Checkout" }).click();
  await arrivedReady(page, /\/checkout$/);
  const form = page.getByRole("form", { name: "Checkout" });
  await form.getByLabel("Your name").fill("Lee Guest");
  await form.getByLabel("Your email").fill("lee@example.com");
  await expect(form.getByRole("group", { name: "Your delivery address" })).toHaveCount(0);
  await form.getByLabel(/Ship to the registrant’s address/).uncheck();
  const address = form.getByRole("group", { name: "Your delivery address" });
  await address.getByLabel("Name").fill("Lee Guest");
  await address.getByLabel("Street address").fill("1 High Street");
  await address.getByLabel("City").fill("Leeds");
  await address.getByLabel("Country").selectOption({ label: "United Kingdom" });
  await form.getByRole("button", { name: /Place order/ }).click();
  // The missing postcode is named at its field; nothing is ordered.
  await expect(address.getByLabel("Postcode")).toHaveAccessibleDescription(/Enter the postcode/);
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(0);
  await address.getByLabel("Postcode").fill("LS1 1AA");
  await form.getByRole("button", { name: /Place order/ }).click();
  await expect(page.getByRole("heading", { name: "Thank you, Lee Guest!" })).toBeVisible();
  await expect(page.getByText("Lee Guest, 1 High Street, Leeds LS1 1AA, United Kingdom")).toBeVisible();
  const order = await db.order.findFirstOrThrow({ where: { registryId: r.id } });
  expect(order).toMatchObject({
    shipToRegistrant: false,
    shipName: "Lee Guest",
    shipStreet: "1 High Street",
    shipCity: "Leeds",
    shipPostcode: "LS1 1AA",
    shipCountry: "GBR",
  });

  const admin = await browser.newPage();
  await signIn(admin, "admin@example.com");
  await admin.goto(`/admin/orders?registry=${r.id}`);
  const row = admin.getByRole("row").filter({ hasText: `#${order.id}` });
  await expect(row).toContainText("1 High Street, Leeds LS1 1AA");
  await admin.close();
});

test("two guests race for the last unit: exactly one order succeeds, the other is told clearly", async ({ browser }) => {
  const r = await makeRegistry({ requested: [1] });
  const gift = r.items[0].title;
  const pages = await Promise.all([browser.newPage(), browser.newPage()]);
  for (const [i, p] of pages.entries()) {
    await p.goto(`/r/${r.slug}`);
    await addToBasket(p, gift, 1);
    await gotoReady(p, `/r/${r.slug}/checkout`);
    const form = p.getByRole("form", { name: "Checkout" });
    await form.getByLabel("Your name").fill(`Racer ${i}`);
    await form.getByLabel("Your email").fill(`racer${i}@example.com`);
  }
  await Promise.all(pages.map((p) => p.getByRole("button", { name: /Place order/ }).click()));
  const outcomes = await Promise.all(
    pages.map(async (p) => {
      const won = p.getByRole("heading", { name: /Thank you/ });
      const lost = p.getByText(/Nothing was ordered/);
      await expect(won.or(lost)).toBeVisible();
      return (await won.isVisible()) ? "won" : "lost";
    }),
  );
  expect([...outcomes].sort()).toEqual(["lost", "won"]);
  const loser = pages[outcomes.indexOf("lost")];
  await expect(loser.getByText(`Nothing was ordered. “${gift}” was just bought by someone else.`)).toBeVisible();
  // The basket follows: the gift is taken out, and the loser is told why.
  await expect(loser.getByText(`We updated your basket: “${gift}” is no longer available, so we took it out.`)).toBeVisible();
  await expect(loser.getByText("Your basket is empty.")).toBeVisible();
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(1);
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: r.items[0].id } })).locked).toBe(1);
  await Promise.all(pages.map((p) => p.close()));
});

test("after losing part of the basket to another guest, the basket shrinks to what is left and the next click orders it", async ({
  page,
  request,
}) => {
  const r = await makeRegistry({ requested: [3, 1, 2] });
  const [a, b, c] = r.items;
  await gotoReady(page, `/r/${r.slug}`);
  await addToBasket(page, a.title, 3);
  await addToBasket(page, b.title, 1);
  await addToBasket(page, c.title, 1);
  await gotoReady(page, `/r/${r.slug}/checkout`);
  const form = page.getByRole("form", { name: "Checkout" });
  await form.getByLabel("Your name").fill("Late Larry");
  await form.getByLabel("Your email").fill("larry@example.com");
  await expect(form.getByRole("button", { name: "Place order · $200.00" })).toBeVisible();

  // Meanwhile another guest buys 2 of A and the only B.
  const other = await request.post("/api/checkout", {
    headers: { "X-Forwarded-For": "192.0.2.71" },
    data: {
      slug: r.slug,
      buyerName: "Early Edna",
      buyerEmail: "edna@example.com",
      giftMessage: "",
      shipToRegistrant: true,
      lines: [
        { itemId: a.id, quantity: 2 },
        { itemId: b.id, quantity: 1 },
      ],
    },
  });
  expect(other.status()).toBe(201);

  await form.getByRole("button", { name: "Place order · $200.00" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /^Nothing was ordered\./ })).toBeVisible();
  const notice = page.getByText(/^We updated your basket:/);
  await expect(notice).toContainText(`only 1 “${a.title}” was left`);
  await expect(notice).toContainText(`“${b.title}” is no longer available, so we took it out`);
  await expect(notice).toContainText("Check the total and place your order again.");
  const gifts = form.getByRole("region", { name: "Your gifts" });
  await expect(gifts.getByLabel("Quantity")).toHaveCount(2);
  await expect(gifts.getByLabel("Quantity").first()).toHaveValue("1");
  await expect(gifts.getByText(b.title)).toHaveCount(0);
  await expect(gifts.getByText("Total $100.00")).toBeVisible();
  await expect(form.locator("[aria-invalid=true]")).toHaveCount(0);
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(1);

  await form.getByRole("button", { name: "Place order · $100.00" }).click();
  await expect(page.getByRole("heading", { name: "Thank you, Late Larry!" })).toBeVisible();
  const mine = await db.order.findFirstOrThrow({ where: { registryId: r.id, buyerEmail: "larry@example.com" }, include: { lines: true } });
  expect(mine.lines.map((l) => [l.itemId, l.quantity]).sort()).toEqual(
    [
      [a.id, 1],
      [c.id, 1],
    ].sort(),
  );
});

test("a guest marks a gift as bought elsewhere", async ({ page }) => {
  const r = await makeRegistry();
  await page.goto(`/r/${r.slug}`);
  await page
    .getByRole("listitem")
    .filter({ has: page.getByRole("heading", { name: r.items[0].title }) })
    .getByRole("link", { name: "Bought it somewhere else?" })
    .click();
  await arrivedReady(page, /\/elsewhere\/\d+$/);
  const form = page.getByRole("form", { name: "Bought elsewhere" });
  await form.getByLabel("Your name").fill("Uncle Bo");
  await form.getByLabel("Your email").fill("bo@example.com");
  await form.getByLabel("How many did you buy?").fill("9");
  await form.getByRole("button", { name: "Mark as bought" }).click();
  await expect(form.getByText("Only 4 still needed").first()).toBeVisible();
  await form.getByLabel("How many did you buy?").fill("1");
  await form.getByRole("button", { name: "Mark as bought" }).click();
  const thanks = page.getByRole("status");
  await expect(thanks).toContainText("Thank you! We’ve let Alex and Quinn know, and marked it as bought.");
  await expect(thanks).toContainText("3 still needed.");
  expect(await db.registryItem.findUniqueOrThrow({ where: { id: r.items[0].id } })).toMatchObject({ purchased: 1, purchasedOffline: 1 });
});

test("a private registry needs its access code; a deactivated one is not found", async ({ page }) => {
  const priv = await makeRegistry({ visibility: "PRIVATE", accessCode: "sesame-42" });
  await page.goto(`/r/${priv.slug}`);
  await expect(page.getByText(priv.items[0].title)).toHaveCount(0);
  await page.getByRole("textbox", { name: "Access code" }).fill("wrong-code");
  await page.getByRole("button", { name: "See the registry" }).click();
  await expect(page.getByText("That access code is not right").first()).toBeVisible();
  await page.getByRole("textbox", { name: "Access code" }).fill("sesame-42");
  await page.getByRole("button", { name: "See the registry" }).click();
  await expect(page.getByRole("heading", { name: priv.items[0].title })).toBeVisible();
  await page.goto(`/search?name=${priv.coLastName}`);
  await expect(page.getByText("No registries match your search")).toBeVisible(); // private: link only

  // A deactivated registry: still a 404 and noindex, but a page that says what happened.
  const gone = await makeRegistry({ active: false });
  expect((await page.goto(`/r/${gone.slug}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "This registry is no longer available" })).toBeVisible();
  await expect(page.locator('meta[name="robots"][content*="noindex"]').first()).toBeAttached();
  await page.getByRole("link", { name: "Search for a registry" }).click();
  await page.waitForURL(/\/search$/);
  // A slug that never existed keeps the general page.
  expect((await page.goto("/r/neverexisted42"))?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "We couldn’t find that page" })).toBeVisible();
  await page.goto(`/search?name=${gone.coLastName}`);
  await expect(page.getByText("No registries match your search")).toBeVisible();
});

test("a guest reports a registry", async ({ page }) => {
  const r = await makeRegistry();
  await page.goto(`/r/${r.slug}`);
  await page.getByRole("link", { name: "Report it" }).click();
  await arrivedReady(page, /\/report$/);
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("Choose a reason")).toBeVisible();
  await page.getByLabel("Reason").selectOption("spam");
  await page.getByRole("button", { name: "Send report" }).click();
  await expect(page.getByText("Our team will review this registry")).toBeVisible();
  expect(await db.guestReport.count({ where: { registryId: r.id, reason: "spam" } })).toBe(1);
});
