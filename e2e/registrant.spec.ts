import { expect, test, type Page } from "@playwright/test";
import { db, signIn, unique, gotoReady, inviteAndAccept } from "./fixtures";

async function signUp(page: Page, email: string, first = "Riley", last = "Stone") {
  await gotoReady(page, "/sign-up");
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("First name").fill(first);
  await form.getByLabel("Last name").fill(last);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password", { exact: true }).fill("a-good-password-1");
  await form.getByLabel("Confirm password").fill("a-good-password-1");
  await form.getByRole("button", { name: "Create account" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
}

test("a registrant creates a registry with every field, adds gifts and guests see them", async ({ page }) => {
  await signUp(page, `${unique("reg")}@example.com`);
  await page.getByRole("main").getByRole("link", { name: "Create a registry" }).click();
  const form = page.getByRole("form", { name: "Create registry" });

  // Bad input: clear messages at the fields, nothing created.
  await form.getByLabel("Co-registrant email").fill("not-an-email");
  await form.getByRole("button", { name: "Create registry" }).click();
  await expect(form.getByText("Give your registry a title")).toBeVisible();
  await expect(form.getByText("Choose an occasion").first()).toBeVisible();
  await expect(form.getByText("Enter a valid email address")).toBeVisible();

  await form.getByLabel("Title").fill("Riley & Jo's Wedding");
  await form.getByLabel("Occasion").selectOption({ label: "Wedding" });
  await form.getByLabel("Event date").fill("2031-06-14");
  // Surprise mode starts off, and says what it would hide and until when.
  await expect(form.getByRole("checkbox", { name: "Surprise mode" })).not.toBeChecked();
  await expect(form.getByRole("checkbox", { name: "Surprise mode" })).toHaveAccessibleDescription(
    "Hide who gave what until your event date (June 14, 2031). You’ll still see which gifts were bought.",
  );
  // The store's back-office fields wait, folded, under "Store options".
  await expect(form.getByLabel("Invitation inserts")).toBeHidden();
  await form.getByText("Store options").click();
  await form.getByLabel("Store (optional)").selectOption({ label: "Online" });
  await form.getByLabel("Preferred delivery date").fill("2031-06-01");
  await form.getByLabel("Message to your guests").fill("Thank you for celebrating with us!");
  await form.getByLabel("Invitation inserts").fill("80");
  await form.getByLabel("External identifier (optional)").fill("EXT-RILEY-1");
  await form.getByLabel("Include exchange cards with gifts").check();
  await form.getByLabel("Co-registrant first name").fill("Jo");
  await form.getByLabel("Co-registrant last name").fill("Banks");
  await form.getByLabel("Co-registrant email").fill("jo.banks@example.com");
  await form.getByLabel("Street address", { exact: true }).fill("9 Elm Street");
  await form.getByLabel("City").fill("Dublin");
  await form.getByLabel("Postcode").fill("D02");
  await form.getByLabel("Country").selectOption("IRL");
  await form.getByLabel("Contact phone").fill("+353 1 555 0100");
  await form.getByLabel("Who can find this registry").selectOption("PUBLIC");
  await form.getByRole("button", { name: "Create registry" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Riley & Jo's Wedding" })).toBeVisible();
  const registry = await db.registry.findFirstOrThrow({ where: { externalIdentifier: "EXT-RILEY-1" } });
  expect(registry).toMatchObject({
    coFirstName: "Jo",
    coLastName: "Banks",
    coEmail: "jo.banks@example.com",
    addrCountry: "IRL",
    addrCity: "Dublin",
    invitationInserts: 80,
    exchangeCards: true,
    surpriseMode: false,
  });
  expect(registry.eventDate?.toISOString().slice(0, 10)).toBe("2031-06-14");
  await expect(page.getByRole("img", { name: /QR code for/ })).toBeVisible();

  // A custom gift, with a bad price first.
  const custom = page.getByRole("form", { name: "Add your own gift" });
  await custom.getByLabel("Gift name").fill("Hot air balloon ride");
  await custom.getByLabel("Price").fill("abc");
  await custom.getByRole("button", { name: "Add gift" }).click();
  await expect(custom.getByText("Enter a price like 24.99")).toBeVisible();
  await custom.getByLabel("Price").fill("350.00");
  await custom.getByLabel("Quantity wanted").fill("2");
  await custom.getByRole("button", { name: "Add gift" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Hot air balloon ride" })).toBeVisible();

  // Two catalog products at once (a search by SKU still works, but couples never see SKUs).
  await page.getByRole("search", { name: "Search the catalog" }).getByRole("textbox").fill("KIT-");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page.getByRole("checkbox", { name: /Stand Mixer/ })).toBeVisible();
  await expect(page.getByRole("main")).not.toContainText(/SKU|KIT-STAND-MIXER/);
  await page.getByRole("checkbox", { name: /Stand Mixer/ }).check();
  await page.getByRole("checkbox", { name: /Dutch Oven/ }).check();
  await page.getByRole("button", { name: "Add 2 selected" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Stand Mixer 5qt" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gifts (3)" })).toBeVisible();

  // The same product again: no second line, an offer to ask for more instead.
  await page.getByRole("checkbox", { name: /Stand Mixer/ }).check();
  await page.getByRole("form", { name: "Add from the catalog" }).getByLabel("Quantity").fill("2");
  await page.getByRole("button", { name: "Add 1 selected" }).click();
  await expect(page.getByText("Already on your registry (wants 1). Add 2 more?")).toBeVisible();
  await page.getByRole("button", { name: "Add 2 more" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Stand Mixer 5qt now wants 3." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Gifts (3)" })).toBeVisible();
  const mixers = await db.registryItem.findMany({ where: { registryId: registry.id, sku: "KIT-STAND-MIXER" } });
  expect(mixers.map((m) => m.requested)).toEqual([3]);
  await expect(
    page
      .getByRole("listitem")
      .filter({ has: page.getByRole("heading", { name: "Stand Mixer 5qt" }) })
      .getByLabel("Quantity"),
  ).toHaveValue("3");

  // Guests find it and see what is needed.
  await page.goto(`/r/${registry.slug}`);
  await expect(page.getByText("Riley Stone & Jo Banks")).toBeVisible();
  await expect(page.getByText("2 of 2 still needed")).toBeVisible();
});

test("Requested can't go below Purchased + Locked, and a registry with orders in progress can't be deleted", async ({ page }) => {
  await signIn(page, "alex@example.com");
  await page.getByRole("link", { name: "Alex & Sam's Wedding" }).click();
  const plates = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Stoneware Dinner Plate" }) });
  // Units in orders not yet dispatched read as plain words, not "Locked".
  await expect(plates.getByLabel("Stoneware Dinner Plate counts")).toContainText("Ordered, on its way2");
  await expect(page.getByRole("main")).not.toContainText("Locked");
  await plates.getByLabel("Quantity").fill("3");
  await plates.getByRole("button", { name: "Save" }).click();
  await expect(plates.getByText("Use 6 or more — 4 purchased and 2 in orders in progress")).toBeVisible();
  const item = await db.registryItem.findFirstOrThrow({
    where: { title: "Stoneware Dinner Plate", registry: { title: "Alex & Sam's Wedding" } },
  });
  expect(item.requested).toBe(12);

  await page.getByRole("button", { name: "Delete registry…" }).click();
  await page.getByRole("button", { name: "Yes, delete it" }).click();
  await expect(page.getByText(/has orders in progress/)).toBeVisible();
  expect(await db.registry.count({ where: { title: "Alex & Sam's Wedding" } })).toBe(1);
});

test("another registrant cannot open or edit someone else's registry; the co-registrant can once they accept the invitation", async ({
  page,
  browser,
}) => {
  const wedding = await db.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" } });
  await signIn(page, "jordan@example.com");
  for (const path of [`/dashboard/registries/${wedding.id}`, `/dashboard/registries/${wedding.id}/edit`]) {
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
  }
  await expect(page.getByText("Alex & Sam's Wedding")).toHaveCount(0);

  // Signing up with the co-registrant's address proves nothing: no access until the invitation is accepted.
  await page.context().clearCookies();
  await signUp(page, "sam@example.com", "Sam", "Taylor");
  await expect(page.getByRole("link", { name: "Alex & Sam's Wedding" })).toHaveCount(0);
  expect((await page.goto(`/dashboard/registries/${wedding.id}`))?.status()).toBe(404);

  await inviteAndAccept(browser, {
    registryId: wedding.id,
    owner: "alex@example.com",
    invitee: "sam@example.com",
    inviteePassword: "a-good-password-1",
  });
  await gotoReady(page, "/dashboard");
  await expect(page.getByRole("link", { name: "Alex & Sam's Wedding" })).toBeVisible();
  await expect(page.getByText(/co-registrant/)).toBeVisible();
  await page.getByRole("link", { name: "Alex & Sam's Wedding" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Alex & Sam's Wedding" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Delete registry…" })).toHaveCount(0); // only the owner deletes
  await expect(page.getByRole("button", { name: "Remove co-registrant access" })).toHaveCount(0); // only the owner removes
});

test("a registrant archives and reactivates their registry; guests can't see it while archived", async ({ page }) => {
  await signUp(page, `${unique("arch")}@example.com`, "Ari", "Chive");
  await gotoReady(page, "/dashboard/registries/new");
  const form = page.getByRole("form", { name: "Create registry" });
  await form.getByLabel("Title").fill("Ari's Housewarming");
  await form.getByLabel("Occasion").selectOption({ label: "Housewarming" });
  await form.getByRole("button", { name: "Create registry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Ari's Housewarming" })).toBeVisible();
  const r = await db.registry.findFirstOrThrow({ where: { title: "Ari's Housewarming" } });
  await page.getByRole("button", { name: "Archive registry" }).click();
  await expect(page.getByRole("button", { name: "Reactivate registry" })).toBeVisible();
  expect((await page.request.get(`/r/${r.slug}`)).status()).toBe(404);
  await page.getByRole("button", { name: "Reactivate registry" }).click();
  await expect(page.getByRole("button", { name: "Archive registry" })).toBeVisible();
  expect((await page.request.get(`/r/${r.slug}`)).status()).toBe(200);
});
