// Languages, part three (issue 23): the rest of the admin area in the admin's language — catalog, a
// product, the CSV import (a bad row's problems worded, its line number included), sales and refunds,
// API credentials, occasions and stores, the email outbox — with the server's refusals worded too.
// German addresses staff formally (Sie) throughout the admin area.
import { expect, test, type Browser } from "@playwright/test";
import { db, gotoReady, makeRegistry, signIn, unique } from "./fixtures";
import { alexRegistry, placedOrder } from "./admin-helpers";
import { waitForLocks } from "./soap-helpers";

async function adminIn(browser: Browser, locale: string, baseURL: string, viewport?: { width: number; height: number }) {
  const context = await browser.newContext({ locale, ...(viewport ? { viewport } : {}) });
  const page = await context.newPage();
  // Signed in through the sign-in page in English, then the browser's own language from there on.
  await context.addCookies([{ name: "locale", value: "en", url: baseURL }]);
  await signIn(page, "admin@example.com");
  await context.clearCookies({ name: "locale" });
  return { context, page };
}

const ENGLISH = /Catalog id|Import products|Sales and refunds|Integration credentials|Occasions and stores|Email outbox|Add a product/;

test("a German admin works the catalog, a product and a CSV import in German (Sie), refusals and bad rows included", async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await adminIn(browser, "de-DE", baseURL!);
  const taken = await db.product.findFirstOrThrow({ orderBy: { id: "asc" } });

  await gotoReady(page, `/admin/catalog?q=${encodeURIComponent(taken.sku)}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1, name: "Katalog" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Produkte aus CSV importieren" })).toBeVisible();
  const products = page.getByRole("table", { name: "Produkte" });
  await expect(products.getByRole("columnheader", { name: "Katalog-ID" })).toBeVisible();
  await expect(products.getByRole("row", { name: new RegExp(taken.sku) })).toContainText(taken.active ? "Aktiv" : "Inaktiv");

  // Adding a product: the field message (formal), then the server's refusal of a taken SKU, in German.
  const add = page.getByRole("form", { name: "Produkt hinzufügen" });
  await add.getByLabel("Artikelnummer (SKU)").fill(taken.sku);
  await add.getByLabel("Name", { exact: true }).fill("Doppelt");
  await add.getByLabel("Preis").fill("12.345");
  await add.getByRole("button", { name: "Produkt hinzufügen" }).click();
  await expect(add.getByText("Geben Sie einen Preis wie 24.99 ein")).toBeVisible();
  await add.getByLabel("Preis").fill("12.34");
  await add.getByRole("button", { name: "Produkt hinzufügen" }).click();
  await expect(add.getByText("Diese Artikelnummer wird bereits von einem anderen Produkt verwendet")).toBeVisible();
  expect(await db.product.count({ where: { name: "Doppelt" } })).toBe(0);
  await expect(page.getByText(ENGLISH)).toHaveCount(0);

  // A product's page.
  await gotoReady(page, `/admin/catalog/${taken.id}`);
  await expect(page.getByText(`(Katalog-ID ${taken.id})`)).toBeVisible();
  await expect(page.getByRole("form", { name: "Produkt bearbeiten" }).getByRole("button", { name: "Produkt speichern" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Produkt löschen" })).toBeVisible();
  await expect(page.getByText("Nur ein Produkt, das keine Liste verwendet, kann gelöscht werden")).toBeVisible();

  // The CSV import: a bad price and a SKU twice, each row's problems in German with its line number.
  const sku = unique("DE").replace(/\D/g, "");
  const csv = `sku,name,price\nDE-${sku},Vase,19.99\nDE-${sku}-2,Kerze,abc\nDE-${sku},Nochmal,5\n`;
  await gotoReady(page, "/admin/catalog/import");
  await expect(page.getByRole("heading", { level: 1, name: "Produkte aus CSV importieren" })).toBeVisible();
  await expect(page.getByText("Spalten (Kopfzeile erforderlich):")).toBeVisible();
  await page.getByLabel("…oder fügen Sie die CSV-Daten ein").fill(csv);
  await page.getByRole("button", { name: "Import prüfen" }).click();
  await expect(page.getByText("3 Zeilen: 1 bereit zum Import, 2 mit Fehlern (werden übersprungen).")).toBeVisible();
  const preview = page.getByRole("table", { name: "Vorschau des Imports" });
  await expect(preview.getByRole("row", { name: /^3 / })).toContainText("price: Geben Sie einen Preis wie 24.99 ein");
  await expect(preview.getByRole("row", { name: /^4 / })).toContainText(`sku: „DE-${sku}“ steht bereits in Zeile 2`);
  await expect(preview.getByRole("row", { name: /^2 / })).toContainText("neues Produkt");
  await page.getByRole("button", { name: "Bestätigen: 1 gültige Zeile importieren" }).click();
  await expect(page.getByText("1 neu importiert und 0 vorhandene Produkte aktualisiert; 2 fehlerhafte Zeilen übersprungen.")).toBeVisible();
  expect(await db.product.count({ where: { sku: { startsWith: `DE-${sku}` } } })).toBe(1);

  // A file without the required columns: refused as a whole, in German.
  await page.getByLabel("…oder fügen Sie die CSV-Daten ein").fill("name,price\nVase,1\n");
  await page.getByRole("button", { name: "Import prüfen" }).click();
  await expect(page.getByText(/^Die erste Zeile muss die Spalten benennen; es fehlt: sku/)).toBeVisible();
  await context.close();
});

test("a German admin records sales, manages credentials, occasions and reads the outbox in German", async ({ browser, baseURL }) => {
  const r = await makeRegistry({ requested: [3] });
  const [item] = r.items;
  const occasion = await db.occasion.findFirstOrThrow({ orderBy: { id: "asc" } });
  const email = await db.emailMessage.create({
    data: { kind: "test", to: "gast@example.com", subject: unique("Betreff"), html: "<p>Hallo</p>", text: "Hallo", status: "SENT" },
  });
  const { context, page } = await adminIn(browser, "de-DE", baseURL!);

  // Sales and refunds: the form in German, a refund of more than was sold refused in German.
  await gotoReady(page, `/admin/sales?registry=${r.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Verkäufe und Erstattungen" })).toBeVisible();
  const record = page.getByRole("form", { name: "Einen Verkauf oder eine Erstattung im Geschäft erfassen" });
  await record.getByLabel("Art").selectOption("REFUND");
  await record.getByLabel("Geschenk").selectOption(String(item.id));
  await expect(record.getByLabel("Geschenk").locator("option:checked")).toHaveText(`${item.title} (0 von 3 gekauft)`);
  await record.getByLabel("Menge").fill("4");
  await record.getByLabel("Netto je Stück").fill("22.50");
  await record.getByLabel("Referenz (Beleg- oder Transaktionsnummer)").fill(unique("BON"));
  await record.getByRole("button", { name: "Erfassen" }).click();
  await expect(record.getByText(`Geschenk ${item.id}: nur 0 über Verkäufe gekauft, 4 können nicht erstattet werden`).first()).toBeVisible();
  await record.getByLabel("Art").selectOption("SALE");
  await record.getByLabel("Menge").fill("1");
  await record.getByRole("button", { name: "Erfassen" }).click();
  await expect(record.getByText("Verkauf erfasst.")).toBeVisible();
  await expect(page.getByText(ENGLISH)).toHaveCount(0);

  // API credentials: headings, tables and the key form's field message in German.
  await gotoReady(page, "/admin/credentials");
  await expect(page.getByRole("heading", { level: 1, name: "Zugänge für Schnittstellen" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "SOAP-API-Benutzer", exact: true })).toBeVisible();
  await expect(
    page.getByRole("table", { name: "Vorhandene SOAP-API-Benutzer" }).getByRole("columnheader", { name: "Erlaubte Methoden" }),
  ).toBeVisible();
  await page.getByRole("button", { name: "Schlüssel erstellen" }).click();
  await expect(page.getByText("Geben Sie dem Client einen Namen (z. B. das Kassensystem)")).toBeVisible();
  await expect(page.getByRole("form", { name: "SOAP-API-Benutzer anlegen" }).getByText("Mindestens 10 Zeichen")).toBeVisible();

  // Occasions and stores: a name already taken is refused in German.
  await gotoReady(page, "/admin/lists");
  await expect(page.getByRole("heading", { level: 1, name: "Anlässe und Geschäfte" })).toBeVisible();
  const add = page.getByRole("form", { name: "Anlass hinzufügen" });
  await add.getByLabel("Neuer Anlass").fill(occasion.name);
  await add.getByRole("button", { name: "Anlass hinzufügen" }).click();
  await expect(add.getByText(`„${occasion.name}“ gibt es bereits`).first()).toBeVisible();
  await expect(page.getByRole("form", { name: `${occasion.name} umbenennen` })).toBeVisible();

  // The outbox and one email.
  await gotoReady(page, "/admin/outbox");
  await expect(page.getByRole("heading", { level: 1, name: "E-Mail-Ausgang" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: "Betreff" })).toBeVisible();
  await expect(page.getByRole("row", { name: new RegExp(email.subject) })).toContainText("gesendet");
  await page.getByRole("link", { name: email.subject }).click();
  await expect(page.getByText(/^An gast@example\.com · gesendet · eingereiht /)).toBeVisible();
  await expect(page.getByRole("link", { name: "← E-Mail-Ausgang" })).toBeVisible();
  await context.close();
});

test("a French admin sees the catalog, import, sales, credentials, occasions and outbox in French", async ({ browser, baseURL }) => {
  const { context, page } = await adminIn(browser, "fr-FR", baseURL!);
  const pages: [string, string][] = [
    ["/admin/catalog", "Catalogue"],
    ["/admin/catalog/import", "Importer des produits depuis un CSV"],
    ["/admin/sales", "Ventes et remboursements"],
    ["/admin/credentials", "Identifiants des intégrations"],
    ["/admin/lists", "Occasions et magasins"],
    ["/admin/outbox", "E-mails sortants"],
  ];
  for (const [url, heading] of pages) {
    await gotoReady(page, url);
    await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
    await expect(page.getByText(ENGLISH)).toHaveCount(0);
  }
  // The demo wedding's records: the source column in French too (a gift bought elsewhere is "offline").
  const demo = await db.registry.findFirstOrThrow({ where: { title: "Alex & Sam's Wedding" } });
  await gotoReady(page, `/admin/sales?registry=${demo.id}`);
  await expect(
    page.getByRole("table", { name: "Ventes et remboursements" }).getByRole("cell", { name: "hors ligne" }).first(),
  ).toBeVisible();
  await gotoReady(page, "/admin/sales?registry=999999999");
  await expect(page.getByRole("alert").filter({ hasText: "Liste 999999999 introuvable." })).toBeVisible();
  await context.close();
});

test("a French admin hears in French why an order was not dispatched", async ({ browser, baseURL }) => {
  const r = await alexRegistry();
  const order = await placedOrder(r.id, r.items[0].id, 1);
  const { context, page } = await adminIn(browser, "fr-FR", baseURL!);
  await gotoReady(page, `/admin/orders?registry=${r.id}`);
  await page.getByLabel(`Sélectionner la commande n° ${order.id}`).check();
  // Someone else dispatched it meanwhile.
  await waitForLocks();
  await db.order.update({ where: { id: order.id }, data: { status: "DISPATCHED" } });
  await page.getByRole("button", { name: "Expédier la sélection (1)" }).click();
  await expect(page.getByRole("list", { name: "Commandes non modifiées" })).toContainText(`La commande ${order.id} est déjà expédiée`);
  await context.close();
});

test("the CSV import fits a phone in German: the long column list wraps, the page does not scroll sideways", async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await adminIn(browser, "de-DE", baseURL!, { width: 390, height: 844 });
  await gotoReady(page, "/admin/catalog/import");
  await expect(page.getByRole("heading", { level: 1, name: "Produkte aus CSV importieren" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
