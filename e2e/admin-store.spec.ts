import { expect, test } from "@playwright/test";
import { db, unique } from "./fixtures";
import { waitForLocks } from "./soap-helpers";
import { alexRegistry, signInAdmin } from "./admin-helpers";

test("a guest report is resolved by deactivating the registry (a reason is required) or dismissed", async ({ page }) => {
  const r = await alexRegistry();
  const other = await alexRegistry();
  await waitForLocks();
  const report = await db.guestReport.create({ data: { registryId: r.id, reason: `Spam ${r.lastName}` } });
  await waitForLocks();
  const harmless = await db.guestReport.create({ data: { registryId: other.id, reason: `Looks odd ${other.lastName}` } });

  await signInAdmin(page);
  await page.goto(`/admin/registries?reported=1&name=${r.lastName}`);
  await expect(page.getByRole("link", { name: r.title })).toBeVisible();

  await page.goto("/admin/reports");
  const form = page.getByRole("form", { name: `Resolve report ${report.id}` });
  await form.getByLabel("Outcome").selectOption("deactivate");
  await form.getByRole("button", { name: "Resolve report" }).click();
  await expect(form.getByText("Give the owner a reason (at least 3 characters)")).toBeVisible();
  expect((await db.guestReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("OPEN");

  await form.getByLabel("Reason shown to the owner (when deactivating)").fill("Reported as spam");
  await form.getByRole("button", { name: "Resolve report" }).click();
  await expect(page.getByText(`Spam ${r.lastName}`)).toHaveCount(0);
  expect(await db.registry.findUniqueOrThrow({ where: { id: r.id } })).toMatchObject({
    active: false,
    deactivatedByAdmin: true,
    deactivatedReason: "Reported as spam",
  });
  expect((await db.guestReport.findUniqueOrThrow({ where: { id: report.id } })).status).toBe("ACTIONED");

  await page
    .getByRole("form", { name: `Resolve report ${harmless.id}` })
    .getByRole("button", { name: "Resolve report" })
    .click();
  await expect(page.getByText(`Looks odd ${other.lastName}`)).toHaveCount(0);
  expect((await db.guestReport.findUniqueOrThrow({ where: { id: harmless.id } })).status).toBe("DISMISSED");
  expect((await db.registry.findUniqueOrThrow({ where: { id: other.id } })).active).toBe(true);
});

test("an offline sale and refund follow the API rules: one count per reference, refunds capped", async ({ page }) => {
  const r = await alexRegistry();
  const item = r.items[0];
  await signInAdmin(page);
  await page.goto(`/admin/sales?registry=${r.id}`);
  const form = page.getByRole("form", { name: "Record an offline sale or refund" });
  await form.getByRole("button", { name: "Record" }).click();
  await expect(form.getByRole("alert").filter({ hasText: "Choose an item" })).toBeVisible();
  await expect(form.getByText("Enter a unit net price like 24.99")).toBeVisible();

  const ref = unique("POS");
  await form.getByLabel("Item").selectOption(String(item.id));
  await form.getByLabel("Quantity").fill("3");
  await form.getByLabel("Unit net price").fill("22.50");
  await form.getByLabel("Reference (receipt or transaction number)").fill(ref);
  await form.getByLabel("Comment").fill("Till 2");
  await form.getByRole("button", { name: "Record" }).click();
  await expect(form.getByText("Sale recorded.")).toBeVisible();
  await form.getByRole("button", { name: "Record" }).click(); // a retry with the same reference
  await expect(form.getByText(`Sale with reference “${ref}” was already recorded for this item: counted once.`)).toBeVisible();
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: item.id } })).purchased).toBe(3);

  await form.getByLabel("Kind").selectOption("REFUND");
  await form.getByLabel("Quantity").fill("4");
  await form.getByRole("button", { name: "Record" }).click();
  await expect(form.getByText(/cannot refund 4/).first()).toBeVisible();
  await form.getByLabel("Quantity").fill("1");
  await form.getByRole("button", { name: "Record" }).click();
  await expect(form.getByText("Refund recorded.")).toBeVisible();
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: item.id } })).purchased).toBe(2);
  const admin = await db.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  expect(
    await db.saleRecord.findMany({
      where: { itemId: item.id },
      orderBy: { id: "asc" },
      select: { kind: true, source: true, quantity: true, unitNetCents: true, actorUserId: true },
    }),
  ).toEqual([
    { kind: "SALE", source: "OFFLINE", quantity: 3, unitNetCents: 2250, actorUserId: admin.id },
    { kind: "REFUND", source: "OFFLINE", quantity: 1, unitNetCents: 2250, actorUserId: admin.id },
  ]);
  await expect(page.getByRole("table", { name: "Sales and refunds" }).getByRole("row")).toHaveCount(3);
});

test("occasions are added, renamed, reordered and deactivated", async ({ page }) => {
  const name = unique("Anniversary");
  await signInAdmin(page);
  await page.goto("/admin/lists");
  const add = page.getByRole("form", { name: "Add occasion" });
  await add.getByRole("button", { name: "Add occasion" }).click();
  await expect(add.getByText("Enter a name")).toBeVisible();
  await add.getByLabel("New occasion").fill(name);
  await add.getByRole("button", { name: "Add occasion" }).click();
  await expect(page.getByRole("cell", { name, exact: true })).toBeVisible();

  const renamed = `${name} party`;
  const rename = page.getByRole("form", { name: `Rename ${name}` });
  await rename.getByLabel(`New name for ${name}`).fill(renamed);
  await rename.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("cell", { name: renamed, exact: true })).toBeVisible();
  const row = await db.occasion.findUniqueOrThrow({ where: { name: renamed } });

  const rank = async () =>
    (await db.occasion.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }] })).findIndex((o) => o.id === row.id);
  const before = await rank();
  await page
    .getByRole("form", { name: `Move ${renamed} up` })
    .getByRole("button")
    .click();
  await expect.poll(rank).toBe(before - 1);
  await page
    .getByRole("form", { name: `Deactivate ${renamed}`, exact: true })
    .getByRole("button")
    .click();
  await expect(page.getByRole("form", { name: `Activate ${renamed}`, exact: true })).toBeVisible();
  expect((await db.occasion.findUniqueOrThrow({ where: { id: row.id } })).active).toBe(false);
});
