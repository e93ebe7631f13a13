// What a registrant enters in the browser is exactly what store systems read over REST and SOAP,
// and a store sale recorded over SOAP shows on the registrant's dashboard and the guest page.
import { expect, test } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { db, signIn, unique, gotoReady } from "./fixtures";
import { login, soapClient } from "./soap-helpers";

const REST = { PrivateKey: "demo-private-key", Token: "demo-token" };

test("a registry entered in the UI reads back over REST and SOAP; a SOAP sale shows in the UI", async ({ page, request, baseURL }) => {
  const email = `${unique("ui")}@example.com`;
  await db.user.create({ data: { email, firstName: "Uma", lastName: "Ives", passwordHash: await hash("a-good-password-1") } });
  await signIn(page, email, "a-good-password-1");
  await gotoReady(page, "/dashboard/registries/new");
  const form = page.getByRole("form", { name: "Create registry" });
  const title = `Uma & Ray ${unique("w").slice(-6)}`;
  await form.getByLabel("Title").fill(title);
  await form.getByLabel("Occasion").selectOption({ label: "Anniversary" });
  await form.getByText("Store options").click(); // the store's fields start folded
  await form.getByLabel("Store (optional)").selectOption({ label: "Riverside Mall" });
  await form.getByLabel("Event date").fill("2030-09-12");
  await form.getByLabel("Message to your guests").fill("Ten years!");
  await form.getByLabel("External identifier (optional)").fill(`EXT-${title.slice(-6)}`);
  await form.getByLabel("Co-registrant first name").fill("Ray");
  await form.getByLabel("Co-registrant last name").fill("Ives");
  await form.getByLabel("Co-registrant email").fill("ray.ives@example.com");
  await form.getByLabel("Company (optional)").fill("Ives Studio");
  await form.getByLabel("Street address", { exact: true }).fill("5 Harbour Row");
  await form.getByLabel("Street address line 2").fill("Flat 2");
  await form.getByLabel("City").fill("Cork");
  await form.getByLabel("State / region").fill("Munster");
  await form.getByLabel("Postcode").fill("T12");
  await form.getByLabel("Country").selectOption("IRL");
  await form.getByLabel("Contact phone").fill("+353 21 555 0101");
  await form.getByRole("button", { name: "Create registry" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await page.getByRole("search", { name: "Search the catalog" }).getByRole("textbox").fill("DIN-GLASSES");
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await page.getByRole("checkbox", { name: /Crystal Wine Glass/ }).check();
  await page.getByRole("spinbutton", { name: "Quantity", exact: true }).fill("6");
  await page.getByRole("button", { name: "Add 1 selected" }).click();
  await expect(page.getByRole("heading", { level: 3, name: "Crystal Wine Glass" })).toBeVisible();
  const id = Number(page.url().match(/registries\/(\d+)/)![1]);

  const rest = await request.get(`/api/v2/GiftRegistries/${id}`, { headers: REST });
  expect(rest.status()).toBe(200);
  const [r] = await rest.json();
  expect(r).toMatchObject({
    GiftRegistryID: id,
    Name: title,
    Message: "Ten years!",
    Event: "09/12/2030 12:00",
    ShipToAddress: true,
    Items: 1,
    Sold: 0,
    CustomerAddressBook: {
      FirstName: "Uma",
      LastName: "Ives",
      Address1: "5 Harbour Row",
      Address2: "Flat 2",
      City: "Cork",
      State: "Munster",
      ZipCode: "T12",
      Country: "IRL",
      Company: "Ives Studio",
      PhoneNumber: "+353 21 555 0101",
    },
  });
  expect(r.GiftRegistryItemList[0]).toMatchObject({
    SKU: "DIN-GLASSES",
    ItemName: "Crystal Wine Glass",
    Listed: 6,
    Price: 24,
    Subtotal: 144,
    Sold: 0,
    SoldOffline: 0,
  });

  const call = await soapClient(baseURL!);
  const token = await login(call);
  const got = await call("GetRegistry", { authenticationToken: token, registryID: id });
  const reg = (got.Data as { Registry: Record<string, unknown>[] | Record<string, unknown> }).Registry;
  const soapReg = (Array.isArray(reg) ? reg[0] : reg) as Record<string, unknown> & {
    RegistryItems: { RegistryItem: { ID: number }[] | { ID: number } };
  };
  expect(soapReg).toMatchObject({
    ID: id,
    Title: title,
    Occasion: "Anniversary",
    Store: "Riverside Mall",
    Detail: "Ten years!",
    ExternalIdentifier: `EXT-${title.slice(-6)}`,
    FirstName: "Uma",
    LastName: "Ives",
    Email: email,
  });
  expect(soapReg.CoRegistrant).toEqual({ FirstName: "Ray", LastName: "Ives", Email: "ray.ives@example.com" });
  expect(soapReg.Address).toMatchObject({
    Company: "Ives Studio",
    StreetAddress: "5 Harbour Row",
    StreetAddress2: "Flat 2",
    City: "Cork",
    State: "Munster",
    Postcode: "T12",
    Country: "IRL",
    ContactPhoneNumber: "+353 21 555 0101",
  });
  const items = soapReg.RegistryItems.RegistryItem;
  const itemId = (Array.isArray(items) ? items[0] : items).ID;

  const sale = await call("RecordSales", {
    authenticationToken: token,
    registryID: id,
    sales: { RegistrySale: [{ ID: itemId, Quantity: 2, UnitNet: 24, Reference: `POS-${id}`, Comment: "Till 3" }] },
  });
  expect(sale.Success).toBe(true);
  await page.reload();
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Crystal Wine Glass" }) });
  await expect(row.getByLabel("Crystal Wine Glass counts")).toContainText("Requested6Purchased2Ordered, on its way0Available4");
  await page.goto("/dashboard");
  await expect(page.getByText("2 of 6 gifts bought")).toBeVisible();
});
