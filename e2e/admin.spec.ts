import { expect, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { db, gotoReady, signIn, unique } from "./fixtures";
import { waitForLocks } from "./soap-helpers";
import { ADMIN_URLS, alexRegistry, placedOrder, serverActionId, signInAdmin } from "./admin-helpers";

test("admin deactivates a registry with a reason: guests lose it, the owner sees why, admin reactivates", async ({ page, browser }) => {
  const r = await alexRegistry();
  const guest = await browser.newPage();
  await guest.goto(`/search?name=${encodeURIComponent(`alex ${r.lastName}`)}`);
  await expect(guest.getByText(r.title)).toBeVisible();
  expect((await guest.goto(`/r/${r.slug}`))?.status()).toBe(200);

  await signInAdmin(page);
  await page.goto(`/admin/registries?name=${encodeURIComponent(r.lastName)}&status=active`);
  await page.getByRole("link", { name: r.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: r.title })).toBeVisible();
  await expect(page.getByRole("table", { name: "Items" }).getByRole("row", { name: new RegExp(`Teapot ${r.lastName}`) })).toContainText(
    "4",
  );

  // A missing reason is a field error and changes nothing.
  await page.getByRole("button", { name: "Deactivate registry" }).click();
  await expect(page.getByText("Give the owner a reason (at least 3 characters)")).toBeVisible();
  expect((await db.registry.findUniqueOrThrow({ where: { id: r.id } })).active).toBe(true);

  await page.getByLabel("Reason (shown to the owner)").fill("Test: the title breaks our guidelines");
  await page.getByRole("button", { name: "Deactivate registry" }).click();
  await expect(page.getByRole("status")).toContainText("Registry deactivated");
  await expect(page.getByRole("button", { name: "Reactivate registry" })).toBeVisible();
  expect(await db.registry.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
    active: false,
    deactivatedByAdmin: true,
    deactivatedReason: "Test: the title breaks our guidelines",
  });

  await guest.goto(`/search?name=${encodeURIComponent(`alex ${r.lastName}`)}`);
  await expect(guest.getByText("No registries match your search")).toBeVisible();
  expect((await guest.goto(`/r/${r.slug}`))?.status()).toBe(404);

  const owner = await browser.newPage();
  await signIn(owner, "alex@example.com");
  await expect(owner.getByText("Reason: Test: the title breaks our guidelines")).toBeVisible();

  await page.getByRole("button", { name: "Reactivate registry" }).click();
  await expect(page.getByRole("button", { name: "Deactivate registry" })).toBeVisible();
  expect((await guest.goto(`/r/${r.slug}`))?.status()).toBe(200);

  // Both changes are in the audit log, filterable by registry.
  await page.goto(`/admin/audit?registry=${r.id}`);
  await expect(page.getByRole("cell", { name: "Registry deactivated", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Registry reactivated", exact: true })).toBeVisible();
  await expect(page.getByRole("cell", { name: `registry #${r.id}`, exact: true }).first()).toBeVisible();
  // The filter shows the same words; the codes stay its values.
  await expect(page.getByLabel("Action").locator("option", { hasText: /^Registry deactivated$/ })).toHaveAttribute(
    "value",
    "registry.deactivate",
  );
  // The overview's recent activity speaks plainly too.
  await page.goto("/admin");
  await expect(page.getByText(`Registry reactivated · registry #${r.id}`).first()).toBeVisible();
});

test("admin dispatches and cancels orders: Locked moves to Purchased or is released; failures are reported per order", async ({ page }) => {
  const r = await alexRegistry();
  const item = r.items[0];
  const first = await placedOrder(r.id, item.id, 2);
  const second = await placedOrder(r.id, item.id, 1);
  const third = await placedOrder(r.id, item.id, 1);
  expect(await db.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ locked: 4, purchased: 0 });

  await signInAdmin(page);
  await page.goto(`/admin/orders?registry=${r.id}`);
  await page.getByLabel(`Select order #${first.id}`).check();
  await page.getByRole("button", { name: "Dispatch selected (1)" }).click();
  await expect(page.getByRole("status")).toHaveText("1 of 1 order dispatched.");
  expect(await db.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ locked: 2, purchased: 2 });
  await expect(page.getByLabel(`Select order #${first.id}`)).toHaveCount(0);

  await page.getByLabel(`Select order #${second.id}`).check();
  await page.getByRole("button", { name: "Cancel selected (1)" }).click();
  await expect(page.getByRole("status")).toHaveText("1 of 1 order cancelled.");
  expect(await db.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ locked: 1, purchased: 2 });

  // Someone else dispatched the third order meanwhile: selecting it again reports that order alone.
  await page.getByLabel(`Select order #${third.id}`).check();
  await waitForLocks();
  await db.order.update({ where: { id: third.id }, data: { status: "DISPATCHED" } });
  await page.getByRole("button", { name: "Dispatch selected (1)" }).click();
  await expect(page.getByText("0 of 1 order dispatched.")).toBeVisible();
  await expect(page.getByRole("list", { name: "Orders not changed" })).toContainText(
    `Order #${third.id}: Order ${third.id} is already dispatched`,
  );
  expect(await db.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ locked: 1, purchased: 2 });

  await page.goto(`/admin/registries/${r.id}`);
  const row = page.getByRole("table", { name: "Items" }).getByRole("row").nth(1);
  await expect(row.getByRole("cell")).toHaveText([`Teapot ${r.lastName}`, "—", "$25.00", "4", "2", "1", "0", "1"]);
});

test("a registrant gets 403 on every admin page", async ({ page }) => {
  await signIn(page, "alex@example.com");
  for (const url of ADMIN_URLS) {
    const res = await page.goto(url);
    expect(res?.status(), url).toBe(403);
    await expect(page.getByRole("link", { name: "Registries", exact: true })).toHaveCount(0);
  }
});

test("a registrant calling admin server actions directly is refused and nothing changes", async ({ page }) => {
  const r = await alexRegistry();
  const order = await placedOrder(r.id, r.items[0].id, 1);
  await signIn(page, "alex@example.com");
  const call = (file: string, name: string, args: unknown[]) =>
    page.request.post("/admin/orders", {
      headers: {
        "Next-Action": serverActionId(file, name),
        Accept: "text/x-component",
        "Content-Type": "text/plain;charset=UTF-8",
        Origin: new URL(page.url()).origin,
      },
      data: JSON.stringify(args),
    });
  const dispatch = await call("lib/actions/admin-orders.ts", "updateOrdersAction", [{ orderIds: [order.id], operation: "dispatch" }]);
  expect(await dispatch.text()).toContain("Only administrators can do that");
  const deactivate = await call("lib/actions/admin-registries.ts", "deactivateRegistryAction", [
    { registryId: r.id, reason: "forged request" },
  ]);
  expect(await deactivate.text()).toContain("Only administrators can do that");

  expect((await db.order.findUniqueOrThrow({ where: { id: order.id } })).status).toBe("PLACED");
  expect(await db.registryItem.findUniqueOrThrow({ where: { id: r.items[0].id } })).toMatchObject({ locked: 1, purchased: 0 });
  expect((await db.registry.findUniqueOrThrow({ where: { id: r.id } })).active).toBe(true);
  expect(await db.auditLog.count({ where: { registryId: r.id } })).toBe(0);
});

test("admin suspends a user, who then cannot sign in; an admin cannot suspend themselves", async ({ page, browser }) => {
  const email = `${unique("to-suspend")}@example.com`;
  await waitForLocks();
  await db.user.create({ data: { email, firstName: "Casey", lastName: "Suspend", passwordHash: await hash("a-good-password-1") } });

  await signInAdmin(page);
  await page.goto(`/admin/users?q=${encodeURIComponent(email)}`);
  await page.getByRole("link", { name: "Casey Suspend" }).click();
  await page.getByRole("button", { name: "Suspend user" }).click();
  await expect(page.getByRole("status")).toContainText("User suspended");
  expect((await db.user.findUniqueOrThrow({ where: { email } })).status).toBe("SUSPENDED");

  const other = await browser.newPage();
  await other.goto("/sign-in");
  await other.getByLabel("Email").fill(email);
  await other.getByLabel("Password").fill("a-good-password-1");
  await other.getByRole("button", { name: "Sign in" }).click();
  await expect(other.getByText("This account is suspended. Please contact support.")).toBeVisible();

  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  await page.goto(`/admin/users/${admin.id}`);
  await expect(page.getByText("you cannot suspend yourself")).toBeVisible();
  await expect(page.getByRole("button", { name: "Suspend user" })).toHaveCount(0);
});

test("an admin without a registry of their own lands in the admin area; the user menu closes after a link in it is followed", async ({
  page,
}) => {
  expect(await db.registry.count({ where: { owner: { email: "admin@example.com" } } })).toBe(0);
  await gotoReady(page, "/sign-in");
  await page.getByLabel("Email").fill("admin@example.com");
  await page.getByLabel("Password").fill("demo-password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/admin$/);
  await expect(page.getByRole("heading", { name: "Store administration" })).toBeVisible();

  const header = page.getByRole("banner");
  const menu = header.locator("details");
  await header.getByText("Avery Admin").click();
  await expect(menu).toHaveAttribute("open", "");
  await menu.getByRole("link", { name: "My registries" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByText("You don’t have a registry yet")).toBeVisible();
  await expect(menu).not.toHaveAttribute("open");
  await expect(menu.getByRole("link", { name: "Account" })).toBeHidden();

  // The empty dashboard points an admin to their own work.
  await page.getByRole("main").getByRole("link", { name: "Go to the admin area" }).click();
  await expect(page.getByRole("heading", { name: "Store administration" })).toBeVisible();

  // Escape closes the menu too, and gives focus back to it.
  await header.getByText("Avery Admin").click();
  await expect(menu).toHaveAttribute("open", "");
  await page.keyboard.press("Escape");
  await expect(menu).not.toHaveAttribute("open");
  await expect(header.getByText("Avery Admin")).toBeFocused();
});
