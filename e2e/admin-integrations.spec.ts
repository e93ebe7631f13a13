import { expect, test } from "@playwright/test";
import { db, unique } from "./fixtures";
import { login, soapClient } from "./soap-helpers";
import { signInAdmin } from "./admin-helpers";

test("CSV import previews per-row errors and imports only the good rows after confirmation", async ({ page }) => {
  const p = unique("CSV").replace(/\D/g, "");
  const skus = [`CSV-${p}-1`, `CSV-${p}-2`, `CSV ${p} bad`];
  const csv = `sku,barcode,name,price,colour,size,image_url,category,active\n${skus[0]},123,"Vase, tall",19.99,Blue,L,https://example.com/v.png,Home,yes\n${skus[1]},,Candle,4,,,,Home,no\n${skus[2]},,Broken,abc,,,,,\n`;
  await signInAdmin(page);
  await page.goto("/admin/catalog/import");
  await page.getByLabel("…or paste the CSV").fill(csv);
  await page.getByRole("button", { name: "Preview import" }).click();
  await expect(page.getByText("3 rows: 2 ready to import, 1 with errors (skipped).")).toBeVisible();
  const bad = page.getByRole("table", { name: "Import preview" }).getByRole("row", { name: /^4 / });
  await expect(bad).toContainText("price: Enter a price like 24.99");
  await expect(bad).toContainText("sku: Use letters, digits, dot, dash or underscore");
  expect(await db.product.count({ where: { sku: { startsWith: `CSV-${p}` } } })).toBe(0); // nothing written by the preview

  await page.getByRole("button", { name: "Confirm: import 2 valid rows" }).click();
  await expect(page.getByText("Imported 2 new and updated 0 existing products; 1 row with errors skipped.")).toBeVisible();
  const rows = await db.product.findMany({ where: { sku: { in: skus } }, orderBy: { sku: "asc" } });
  expect(rows.map((r) => [r.sku, r.name, r.priceCents, r.active])).toEqual([
    [skus[0], "Vase, tall", 1999, true],
    [skus[1], "Candle", 400, false],
  ]);
});

test("a product with a bad price or a taken SKU gets field errors and nothing changes", async ({ page }) => {
  await signInAdmin(page);
  await page.goto("/admin/catalog");
  const form = page.getByRole("form", { name: "Add a product" });
  const taken = (await db.product.findFirstOrThrow()).sku;
  await form.getByLabel("SKU").fill(taken);
  await form.getByLabel("Name").fill("Duplicate");
  await form.getByLabel("Price").fill("12.345");
  await form.getByRole("button", { name: "Add product" }).click();
  await expect(form.getByText("Enter a price like 24.99")).toBeVisible();
  await form.getByLabel("Price").fill("12.34");
  await form.getByRole("button", { name: "Add product" }).click();
  await expect(form.getByText("This SKU is already used by another product")).toBeVisible();
  expect(await db.product.count({ where: { name: "Duplicate" } })).toBe(0);
});

test("a REST key is shown once, works against the REST API, and a revoked key gets 401", async ({ page, request }) => {
  const label = unique("Till system");
  await signInAdmin(page);
  await page.goto("/admin/credentials");
  // Without a label: the field says what to write, in words (not the message's key).
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  await page.getByRole("button", { name: "Create key" }).click();
  await expect(page.getByText("Name the client (e.g. the store system)")).toBeVisible();
  await page.getByLabel("Key label").fill(label);
  await page.getByRole("button", { name: "Create key" }).click();
  const privateKey = (await page.getByTestId("new-private-key").textContent())!;
  const token = (await page.getByTestId("new-token").textContent())!;
  expect(privateKey.length).toBeGreaterThan(20);

  const headers = { PrivateKey: privateKey, Token: token, Accept: "application/json" };
  expect((await request.get("/api/v2/GiftRegistries?limit=1", { headers })).status()).toBe(200);
  expect((await request.get("/api/v2/GiftRegistries?limit=1", { headers: { ...headers, PrivateKey: "wrong" } })).status()).toBe(401);

  await page.reload(); // shown once: gone after a reload
  await expect(page.getByTestId("new-token")).toHaveCount(0);
  await expect(page.getByText(token)).toHaveCount(0);
  page.once("dialog", (d) => d.accept());
  await page
    .getByRole("row", { name: new RegExp(label) })
    .getByRole("button", { name: "Revoke" })
    .click();
  await expect(page.getByRole("row", { name: new RegExp(label) })).toContainText("Revoked");
  expect((await request.get("/api/v2/GiftRegistries?limit=1", { headers })).status()).toBe(401);
});

test("a SOAP API user created with limited grants can call only those methods", async ({ page, baseURL }) => {
  const username = unique("pos");
  await signInAdmin(page);
  await page.goto("/admin/credentials");
  const form = page.getByRole("form", { name: "Create SOAP API user" });
  await form.getByLabel("Username").fill(username);
  await form.getByLabel("Password").fill("short");
  await form.getByLabel("Authenticate").uncheck();
  await form.getByRole("button", { name: "Create API user" }).click();
  await expect(form.getByText("Use at least 10 characters")).toBeVisible();
  await expect(form.getByText("Grant at least one method")).toBeVisible();

  await form.getByLabel("Password").fill("a-long-api-password");
  await form.getByLabel("Authenticate").check();
  await form.getByLabel("Search").check();
  await form.getByRole("button", { name: "Create API user" }).click();
  await expect(form.getByText(`API user “${username}” created.`)).toBeVisible();
  expect((await db.apiUser.findUniqueOrThrow({ where: { username } })).grants).toBe("Authenticate,Search");

  const call = await soapClient(baseURL!);
  const token = await login(call, username, "a-long-api-password");
  expect(await call("Search", { authenticationToken: token, name: "alex" })).toMatchObject({ Success: true });
  expect(await call("GetRegistry", { authenticationToken: token, registryID: 1 })).toMatchObject({ Success: false, Code: 3 });

  await page
    .getByRole("row", { name: new RegExp(username) })
    .getByRole("button", { name: "Disable" })
    .click();
  await expect(page.getByRole("row", { name: new RegExp(username) })).toContainText("Disabled");
  expect(await call("Authenticate", { username, password: "a-long-api-password" })).toMatchObject({ Success: false });
});
