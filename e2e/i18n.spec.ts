// Languages and currencies (issue 23): the guest journey in Spanish and in German, the language
// chooser, Accept-Language and the registry's language, the page cache per language, and registries
// in euros and yen on the guest page, in the guest's email, in the CSV export and in REST and SOAP.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { db, gotoReady, makeRegistry, signIn, unique } from "./fixtures";
import { login, soapClient, tag } from "./soap-helpers";

const REST = { PrivateKey: "demo-private-key", Token: "demo-token" };

async function guest(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  return { context, page: await context.newPage() };
}

/** The newest email of a kind to an address, once the worker has written it. */
async function mailTo(to: string, kind: string) {
  await expect
    .poll(async () => (await db.emailMessage.findFirst({ where: { to, kind } }))?.id ?? 0, { timeout: 15_000 })
    .toBeGreaterThan(0);
  return db.emailMessage.findFirstOrThrow({ where: { to, kind }, orderBy: { id: "desc" } });
}

/** Search by the registry's co-registrant name, open it, put its first gift in the basket and check out. */
async function journey(page: Page, r: Awaited<ReturnType<typeof makeRegistry>>, s: Record<string, string | RegExp>, email: string) {
  await page.getByLabel(s.searchName).fill(r.coLastName);
  await page.getByRole("button", { name: s.searchButton }).click();
  await expect(page.getByRole("heading", { name: s.found })).toBeVisible();
  await page.getByRole("link", { name: new RegExp(r.title) }).click();
  await page.waitForURL(new RegExp(`/r/${r.slug}$`));
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  await expect(page.getByRole("heading", { name: s.gifts })).toBeVisible();
  await page.getByRole("button", { name: s.addFirst }).click();
  const bar = page.getByRole("region", { name: s.basket });
  await expect(bar).toContainText(s.bar);
  await bar.getByRole("link", { name: s.checkout }).click();
  await page.waitForURL(/\/checkout$/);
  await page.getByLabel(s.yourName).fill("Ana Lima");
  await page.getByLabel(s.yourEmail).fill(email);
  await page.getByRole("button", { name: s.placeOrder }).click();
  await expect(page.getByRole("heading", { name: s.thanks })).toBeVisible();
}

test("the guest journey in Spanish: search, registry page, checkout, confirmation and its email", async ({ browser }) => {
  const r = await makeRegistry({ requested: [3, 2] });
  await db.registry.update({ where: { id: r.id }, data: { language: "es", currency: "EUR" } });
  const { context, page } = await guest(browser, "es-ES");
  await gotoReady(page, "/search");
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  const email = `${unique("es")}@example.com`;
  await journey(
    page,
    r,
    {
      searchName: "Nombre o título de la lista",
      searchButton: "Buscar listas",
      found: "1 lista encontrada",
      gifts: /^Regalos/,
      addFirst: `Añadir ${r.items[0].title} a la cesta`,
      basket: "Cesta de regalos",
      bar: "1 regalo en tu cesta · 25,00 €",
      checkout: "Finalizar compra",
      yourName: "Tu nombre",
      yourEmail: "Tu correo electrónico",
      placeOrder: /^Hacer el pedido · 25,00\s€$/,
      thanks: "¡Gracias, Ana Lima!",
    },
    email,
  );
  await expect(page.getByText("Total 25,00 €")).toBeVisible();
  const mail = await mailTo(email, "order-confirmation");
  expect(mail.subject).toContain("Tu pedido de regalos n.º");
  expect(mail.text).toContain("¡Gracias, Ana Lima! Tus regalos están reservados.");
  expect(mail.text).toContain("Total: 25,00\u00a0€"); // Intl puts a no-break space before the sign
  await context.close();
});

test("the guest journey in German, chosen with the language chooser and remembered", async ({ browser }) => {
  const r = await makeRegistry({ requested: [3, 2] });
  await db.registry.update({ where: { id: r.id }, data: { language: "de" } });
  const { context, page } = await guest(browser, "en-US");
  await gotoReady(page, "/");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await page.getByLabel("Language", { exact: true }).selectOption("de");
  await page.getByRole("button", { name: "Change" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Die Wunschliste, die deine Gäste gern benutzen");
  // Remembered: another page, loaded afresh, is German too.
  await gotoReady(page, "/search");
  await expect(page.getByRole("heading", { name: "Wunschliste finden", level: 1 })).toBeVisible();
  const email = `${unique("de")}@example.com`;
  await journey(
    page,
    r,
    {
      searchName: "Name oder Titel der Wunschliste",
      searchButton: "Wunschlisten suchen",
      found: "1 Wunschliste gefunden",
      gifts: /^Geschenke/,
      addFirst: `${r.items[0].title} in den Warenkorb`,
      basket: "Geschenkkorb",
      bar: "1 Geschenk im Warenkorb · 25,00 $",
      checkout: "Zur Kasse",
      yourName: "Dein Name",
      yourEmail: "Deine E-Mail",
      placeOrder: /^Bestellen · 25,00\s\$$/,
      thanks: "Danke, Ana Lima!",
    },
    email,
  );
  // A wrong field says so in German (one schema, its message in the guest's language).
  const mail = await mailTo(email, "order-confirmation");
  expect(mail.subject).toContain("Deine Geschenkbestellung Nr.");
  expect(mail.text).toContain("Danke, Ana Lima! Deine Geschenke sind reserviert.");
  expect(mail.html).toContain('lang="de"');
  await context.close();
});

test("the browser's language by default, the registry's language first, the guest's choice above both", async ({ browser }) => {
  const r = await makeRegistry();
  await db.registry.update({ where: { id: r.id }, data: { language: "de" } });
  const { context, page } = await guest(browser, "fr-FR");
  await gotoReady(page, "/");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("link", { name: "Trouver une liste" }).first()).toBeVisible();
  // The registry speaks German to a French browser…
  await gotoReady(page, `/r/${r.slug}`);
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
  await expect(page.getByRole("heading", { name: /^Geschenke/ })).toBeVisible();
  // …until the guest picks a language.
  await page.getByLabel("Sprache", { exact: true }).selectOption("es");
  await page.getByRole("button", { name: "Ändern" }).click();
  await page.waitForURL(new RegExp(`/r/${r.slug}$`));
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  await expect(page.getByRole("heading", { name: /^Regalos/ })).toBeVisible();
  // A checkout field's message in the guest's language.
  await gotoReady(page, `/r/${r.slug}`);
  await page.getByRole("button", { name: `Añadir ${r.items[0].title} a la cesta` }).click();
  await page.getByRole("link", { name: "Finalizar compra" }).click();
  await page.waitForURL(/\/checkout$/);
  await page.getByRole("button", { name: /^Hacer el pedido/ }).click();
  await expect(page.getByText("Escribe tu nombre")).toBeVisible();
  await context.close();
});

test("the page cache keeps each language apart and says Vary", async ({ request }) => {
  const r = await makeRegistry();
  await db.registry.update({ where: { id: r.id }, data: { language: "de" } });
  type Res = Awaited<ReturnType<typeof request.get>>;
  const lang = async (res: Res) => /<html lang="(\w+)"/.exec(await res.text())?.[1];
  // Search follows the browser's language: a German copy is cached, and never served to a Spanish browser.
  const search = (headers: Record<string, string>) => request.get("/search", { headers });
  const de1 = await search({ "accept-language": "de-DE,de;q=0.9" });
  expect(await lang(de1)).toBe("de");
  expect(de1.headers()["vary"]).toMatch(/Cookie, Accept-Language/i);
  const de2 = await search({ "accept-language": "de" });
  expect(de2.headers()["x-page-cache"]).toBe("hit");
  expect(await lang(de2)).toBe("de");
  const es = await search({ "accept-language": "es" });
  expect(await lang(es)).toBe("es");
  expect(await es.text()).toContain("Buscar listas");
  // The registry page speaks the registry's language, unless the guest chose one: each its own copy.
  const page = (headers: Record<string, string>) => request.get(`/r/${r.slug}`, { headers });
  const own1 = await page({ "accept-language": "es" });
  expect(await lang(own1)).toBe("de");
  const own2 = await page({ "accept-language": "es" });
  expect(own2.headers()["x-page-cache"]).toBe("hit");
  const fr = await page({ "accept-language": "es", cookie: "locale=fr" });
  expect(await lang(fr)).toBe("fr");
  expect(await fr.text()).toContain("Panier de cadeaux");
  expect(fr.headers()["vary"]).toMatch(/Cookie/i);
  const es2 = await page({ cookie: "locale=es" });
  expect(await lang(es2)).toBe("es");
  // A missing registry's page speaks the browser's language too.
  const missing = await request.get("/r/no-such-registry-here", { headers: { "accept-language": "de" } });
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain("Diese Seite haben wir nicht gefunden");
});

test("a EUR and a JPY registry: prices on the guest page, in the email, in the CSV export, in REST and SOAP", async ({
  browser,
  baseURL,
}) => {
  const eur = await makeRegistry({ requested: [3, 2] });
  const jpy = await makeRegistry({ requested: [3, 2] });
  await db.registry.update({ where: { id: eur.id }, data: { currency: "EUR" } });
  // Surprise mode off: the couple's thank-you list (and its CSV) names the givers at once.
  await db.registry.update({ where: { id: jpy.id }, data: { currency: "JPY", surpriseMode: false } });
  // JPY has no minor unit: 2500 stored is ¥2,500.
  const fund = await db.fund.create({ data: { registryId: jpy.id, title: `Onsen ${unique("f")}`, transferDetails: "Bank 123" } });
  const { context, page } = await guest(browser, "en-US");
  await gotoReady(page, `/r/${eur.slug}`);
  await expect(page.getByText("€25.00")).toBeVisible();
  await expect(page.getByText("€50.00")).toBeVisible();
  await gotoReady(page, `/r/${jpy.slug}`);
  await expect(page.getByText("¥2,500")).toBeVisible();
  await expect(page.getByText("¥5,000")).toBeVisible();
  // Buy in yen: the basket, the receipt page and the email.
  await page.getByRole("button", { name: `Add ${jpy.items[1].title} to basket` }).click();
  await expect(page.getByRole("region", { name: "Gift basket" })).toContainText("1 gift in your basket · ¥5,000");
  await page.getByRole("link", { name: "Checkout" }).click();
  const email = `${unique("jpy")}@example.com`;
  await page.getByLabel("Your name").fill("Kenji Sato");
  await page.getByLabel("Your email").fill(email);
  await page.getByRole("button", { name: "Place order · ¥5,000" }).click();
  await expect(page.getByText("Total ¥5,000")).toBeVisible();
  expect((await mailTo(email, "order-confirmation")).text).toContain("Total: ¥5,000");
  // A pledge in yen: whole amounts only.
  await gotoReady(page, `/r/${jpy.slug}/fund/${fund.id}`);
  await page.getByLabel("Amount (JPY)").fill("3000.5");
  await page.getByLabel("Your name").fill("Kenji Sato");
  await page.getByLabel("Your email").fill(email);
  await page.getByRole("button", { name: "Pledge my gift" }).click();
  await expect(page.getByText("Enter a whole amount like 5000")).toBeVisible();
  await page.getByLabel("Amount (JPY)").fill("3000");
  await page.getByRole("button", { name: "Pledge my gift" }).click();
  await expect(page.getByText("You pledged ¥3,000")).toBeVisible();
  expect((await mailTo(email, "contribution-receipt")).text).toContain("You pledged ¥3,000");
  await context.close();
  // The couple's CSV export.
  const couple = await browser.newContext();
  const owner = await couple.newPage();
  await signIn(owner, "alex@example.com");
  const csv = await (await owner.request.get(`/dashboard/registries/${jpy.id}/thank-you/csv`)).text();
  expect(csv).toContain(`¥3,000 to ${fund.title}`);
  await couple.close();

  // REST: plain decimals in the registry's currency, named in a header.
  const ctx = await browser.newContext();
  const items = await ctx.request.get(`/api/v2/GiftRegistries/${jpy.id}/Items`, { headers: REST });
  expect(items.headers()["x-registry-currency"]).toBe("JPY");
  expect((await items.json()).map((i: { Price: number }) => i.Price)).toEqual([2500, 5000]);
  const eurOne = await ctx.request.get(`/api/v2/GiftRegistries/${eur.id}`, { headers: REST });
  expect(eurOne.headers()["x-registry-currency"]).toBe("EUR");
  expect((await eurOne.json())[0].GiftRegistryItemList[0].Price).toBe(25);
  await ctx.close();

  // SOAP: "2500" for yen, "25.00" for euros; a yen sale with decimals is refused.
  const call = await soapClient(baseURL!);
  const token = await login(call);
  const raw = await (
    await fetch(`${baseURL}/global/api/giftregistry.asmx/GetRegistry?authenticationToken=${token}&registryID=${jpy.id}`)
  ).text();
  expect(tag(raw, "Price")).toBe("2500");
  const rawEur = await (
    await fetch(`${baseURL}/global/api/giftregistry.asmx/GetRegistry?authenticationToken=${token}&registryID=${eur.id}`)
  ).text();
  expect(tag(rawEur, "Price")).toBe("25.00");
  const refused = await call("RecordSales", {
    authenticationToken: token,
    registryID: jpy.id,
    sales: { RegistrySale: [{ ID: jpy.items[0].id, Quantity: 1, UnitNet: "12.5", Reference: unique("r") }] },
  });
  expect(refused.Success).toBe(false);
  expect(refused.Message).toMatch(/at most 0 decimal places.*JPY/);
});

test("the couple picks the currency until money moved, and prices catalog gifts in it themselves", async ({ page }) => {
  const r = await makeRegistry({ requested: [2, 1] });
  const { id: wedding } = await db.occasion.findUniqueOrThrow({ where: { name: "Wedding" } });
  await db.registry.update({ where: { id: r.id }, data: { occasionId: wedding, addrCountry: "PRT" } });
  await signIn(page, "alex@example.com");
  // No order yet: the currency changes.
  await gotoReady(page, `/dashboard/registries/${r.id}/edit`);
  await page.getByLabel("Currency").selectOption("EUR");
  await page.getByRole("button", { name: "Save changes" }).click();
  await page.waitForURL(new RegExp(`/dashboard/registries/${r.id}$`));
  expect((await db.registry.findUniqueOrThrow({ where: { id: r.id } })).currency).toBe("EUR");
  // Catalog prices are in dollars: a euro registry names each gift's price itself.
  const catalog = page.getByRole("form", { name: "Add from the catalog" });
  await expect(catalog.getByText(/Catalog prices are in US dollars and your registry is in EUR/)).toBeVisible();
  const mixer = catalog.getByRole("listitem").filter({ hasText: "Stand Mixer 5qt" });
  await mixer.getByRole("checkbox").check();
  await catalog.getByRole("button", { name: "Add 1 selected" }).click();
  await expect(mixer.getByText("Enter its price in EUR")).toBeVisible();
  await mixer.getByLabel("Price (EUR)").fill("249.90");
  await catalog.getByRole("button", { name: "Add 1 selected" }).click();
  await expect
    .poll(async () => (await db.registryItem.findFirst({ where: { registryId: r.id, title: "Stand Mixer 5qt" } }))?.priceCents)
    .toBe(24990);
  // After a guest's order the currency stays, and the form says why.
  await db.order.create({ data: { registryId: r.id, buyerName: "G", buyerEmail: "g@example.com", totalCents: 2500, currency: "EUR" } });
  await gotoReady(page, `/dashboard/registries/${r.id}/edit`);
  await page.getByLabel("Currency").selectOption("JPY");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(
    page.getByText("Guests have already bought gifts or pledged money in EUR, so the currency can't change any more.").first(),
  ).toBeVisible();
  expect((await db.registry.findUniqueOrThrow({ where: { id: r.id } })).currency).toBe("EUR");
});

test("a group gift speaks the guest's language: its card and its chip-in page", async ({ browser }) => {
  const r = await makeRegistry();
  await db.registry.update({ where: { id: r.id }, data: { language: "es" } });
  const fund = await db.fund.create({ data: { registryId: r.id, title: "Luna de miel", paymentLink: "https://paypal.me/example" } });
  const item = r.items[0];
  await db.registryItem.update({ where: { id: item.id }, data: { groupGift: true, groupFundId: fund.id } });
  const { context, page } = await guest(browser, "es-ES");
  await gotoReady(page, `/r/${r.slug}`);
  const card = page.getByRole("listitem").filter({ hasText: item.title });
  await expect(card.getByText("Regalo en grupo")).toBeVisible();
  await expect(card.getByText(/cubiertos$/)).toBeVisible();
  await card.getByRole("link", { name: `Contribuir a ${item.title}` }).click();
  await expect(page.getByRole("heading", { name: `Contribuye a “${item.title}”` })).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Cubierto hasta ahora" })).toBeVisible();
  await page.getByRole("button", { name: "Contribuir", exact: true }).click();
  await expect(page.getByText("Escribe un importe")).toBeVisible();
  await context.close();
});
