// Issue 23, the registrant's panels and refusals: a couple reading German sees the cash funds, the
// group gift, the bought-elsewhere marks, the catalog, the photos and the thank-you list in German,
// and a data-layer refusal (deleting a registry with orders in progress) too; a guest of a Spanish
// registry sees the checkout's countries in Spanish.
import { expect, test, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { arrivedReady, db, gotoReady, makeRegistry, signIn, unique } from "./fixtures";

const SHOTS = "/work/shots/wt-reg2";
const PASSWORD = "a-good-password-1";

/** Screenshots at 1280 and 390 px (I18N_SHOTS=1). */
async function shoot(page: Page, name: string) {
  if (!process.env.I18N_SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** A couple of their own with a euro registry: a fund with one pledge, a group gift, a gift in an order, a bought-elsewhere mark. */
async function germanCouple() {
  const email = `${unique("lena")}@example.com`;
  const user = await db.user.create({ data: { email, firstName: "Lena", lastName: "Koch", passwordHash: await hash(PASSWORD) } });
  const registry = await db.registry.create({
    data: {
      slug: unique("de")
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24),
      title: "Hochzeit von Lena & Tim",
      language: "de",
      currency: "EUR",
      surpriseMode: false,
      ownerId: user.id,
      firstName: "Lena",
      lastName: "Koch",
      email,
      eventDate: new Date(Date.now() - 5 * 86_400_000),
      items: {
        create: [
          { title: "Teekanne", priceCents: 3000, requested: 2, locked: 1, position: 0 },
          { title: "Espressomaschine", priceCents: 80_000, requested: 1, position: 1 },
        ],
      },
    },
    include: { items: { orderBy: { position: "asc" } } },
  });
  const fund = await db.fund.create({ data: { registryId: registry.id, title: "Flitterwochen", paymentLink: "https://paypal.me/lena" } });
  const [teapot, espresso] = registry.items;
  await db.registryItem.update({ where: { id: espresso.id }, data: { groupGift: true, groupFundId: fund.id } });
  await db.contribution.create({
    data: { registryId: registry.id, fundId: fund.id, amountCents: 5000, currency: "EUR", name: "Oma Ilse", email: "ilse@example.com" },
  });
  await db.saleRecord.create({
    data: {
      registryId: registry.id,
      itemId: teapot.id,
      kind: "SALE",
      source: "OFFLINE",
      boughtElsewhere: true,
      quantity: 1,
      unitNetCents: 3000,
      reference: unique("OFFLINE"),
      buyerName: "Onkel Paul",
      buyerEmail: "paul@example.com",
    },
  });
  await db.registryItem.update({ where: { id: teapot.id }, data: { purchased: 1, purchasedOffline: 1 } });
  return { email, registry };
}

test.describe("a registrant reading German (the language chooser's cookie, set after signing in)", () => {
  test("funds, group gift, bought-elsewhere marks, catalog, photos and the thank-you list are German; deleting with orders in progress is refused in German", async ({
    page,
  }) => {
    test.setTimeout(90_000);
    const { email, registry } = await germanCouple();
    await signIn(page, email, PASSWORD);
    await page.context().addCookies([{ name: "locale", value: "de", url: page.url() }]);
    await gotoReady(page, `/dashboard/registries/${registry.id}`);
    const main = page.getByRole("main");

    // The cash fund: its buttons, the pledge and the "received" tick.
    await expect(main.getByRole("button", { name: "Bearbeiten Flitterwochen" })).toBeVisible();
    await expect(main.getByRole("button", { name: "Schließen Flitterwochen" })).toBeVisible();
    const pledges = main.getByRole("list", { name: "Beiträge zu Flitterwochen" });
    await expect(pledges).toContainText("50,00 €");
    await expect(pledges.getByRole("checkbox", { name: "50,00 € von Oma Ilse erhalten" })).not.toBeChecked();
    await expect(main.getByText("Foto von Flitterwochen (optional)", { exact: true })).toBeVisible();

    // A new fund with nothing filled in: the form's own check answers in German.
    await main.locator("summary", { hasText: "Geldtopf hinzufügen" }).click();
    const add = page.getByRole("form", { name: "Geldtopf hinzufügen" });
    await add.getByLabel("Ziel (EUR, optional)").fill("0");
    await add.getByRole("button", { name: "Hinzufügen" }).click();
    await expect(add.getByText("Gib dem Geldtopf einen Namen")).toBeVisible();
    await expect(add.getByText("Das Ziel muss mindestens 1,00 € betragen")).toBeVisible();
    await expect(add.getByText(/Füge einen Zahlungslink oder Angaben für eine Überweisung hinzu/)).toBeVisible();

    // The group gift panel.
    const group = main.getByRole("form", { name: "Einstellungen des Gemeinschaftsgeschenks für Espressomaschine" });
    await expect(group.getByLabel("Gäste können für dieses Geschenk zusammenlegen")).toBeChecked();
    await expect(group.getByLabel("Gäste zahlen über")).toBeVisible();
    await expect(group.getByRole("button", { name: "Gemeinschaftsgeschenk speichern" })).toBeVisible();
    await expect(main.getByText(/^Gemeinschaftsgeschenk · /)).toBeVisible();

    // The bought-elsewhere mark and the catalog.
    await expect(main.getByText(/1 × Teekanne · markiert am \d+\. \w+ \d{4} von Onkel Paul/)).toBeVisible();
    await expect(main.getByRole("button", { name: "Zurücknehmen" })).toBeVisible();
    await expect(main.getByRole("heading", { name: "Aus dem Katalog hinzufügen" })).toBeVisible();
    await expect(main.getByRole("search", { name: "Katalog durchsuchen" })).toBeVisible();
    await expect(main.getByRole("link", { name: "Alles", exact: true })).toBeVisible();
    await expect(main.getByText(/Die Katalogpreise sind in US-Dollar und deine Wunschliste in EUR/)).toBeVisible();
    await expect(main.getByRole("button", { name: "Wähle Produkte zum Hinzufügen" })).toBeDisabled();
    await expect(main.getByText(/\(Katalogpreis\)/).first()).toBeVisible();
    await shoot(page, "registry-de");

    // Deleting: the data layer's refusal, in German.
    await page.getByRole("button", { name: "Wunschliste löschen…" }).click();
    await page.getByRole("button", { name: "Ja, löschen" }).click();
    await expect(page.getByText("Diese Wunschliste hat laufende Bestellungen.", { exact: false })).toBeVisible();
    expect(await db.registry.count({ where: { id: registry.id } })).toBe(1);

    // The photos on the edit page.
    await gotoReady(page, `/dashboard/registries/${registry.id}/edit`);
    await expect(page.getByRole("heading", { name: "Fotos" })).toBeVisible();
    await expect(page.getByText("Titelbild", { exact: true })).toBeVisible();
    await expect(page.getByText("Foto des Paares (optional)", { exact: true })).toBeVisible();
    await expect(page.getByText("Foto wählen").first()).toBeVisible();

    // The thank-you list.
    await gotoReady(page, `/dashboard/registries/${registry.id}/thank-you`);
    await expect(page.getByRole("heading", { level: 1, name: "Dankesliste" })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: "Dank verschickt" })).toBeVisible();
    await expect(page.getByText("anderswo gekauft", { exact: true })).toBeVisible();
    await expect(page.getByRole("checkbox", { name: "Dank an Onkel Paul verschickt" })).toBeVisible();
    await expect(page.getByText("50,00 € für Flitterwochen (zugesagt)")).toBeVisible();
    const csv = await (await page.request.get(`/dashboard/registries/${registry.id}/thank-you/csv`)).text();
    expect(csv).toContain('"Datum","Käufer","E-Mail","Geschenke","Nachricht","Dank verschickt"');
    expect(csv).toMatch(/"50,00\s€ für Flitterwochen \(zugesagt\)","","nein"/);
    await expect(page.getByRole("link", { name: "Als CSV herunterladen" })).toBeVisible();
    await shoot(page, "thank-you-de");
    await expect(page.getByRole("main")).not.toContainText(/Thank-you|Received|Gifts and/);

    // Staff-only pages say so in German.
    await gotoReady(page, "/admin");
    await expect(page.getByRole("heading", { name: "Du hast keinen Zugriff auf diese Seite" })).toBeVisible();
  });
});

test("a guest of a Spanish registry sees the countries of the checkout's address in Spanish", async ({ page }) => {
  const r = await makeRegistry();
  await db.registry.update({ where: { id: r.id }, data: { language: "es" } });
  const gift = r.items[0].title;
  await gotoReady(page, `/r/${r.slug}`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: gift }) });
  await card.getByLabel(`Cantidad de ${gift}`).fill("1");
  await card.getByRole("button", { name: `Añadir ${gift} a la cesta` }).click();
  await expect(card.getByText("1 en la cesta")).toBeVisible();
  await page.getByRole("region", { name: "Cesta de regalos" }).getByRole("link", { name: "Finalizar compra" }).click();
  await arrivedReady(page, /\/checkout$/);
  const form = page.getByRole("form", { name: "Finalizar compra" });
  await form.getByLabel(/Enviar a la dirección de los novios/).uncheck();
  const country = form.getByRole("group", { name: "Tu dirección de entrega" }).getByLabel("País");
  const names = await country.locator("option").allTextContents();
  expect(names[0]).toBe("Elige…");
  expect(names).toContain("Alemania");
  expect(names).toContain("Reino Unido");
  expect(names).not.toContain("Germany");
  await country.selectOption({ label: "España" });
  await expect(country).toHaveValue("ESP");
  await shoot(page, "checkout-es");
});
