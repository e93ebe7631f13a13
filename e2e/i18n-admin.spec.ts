// Languages, part two (issue 23): what the server says to a guest who asked for more than is left,
// in the guest's language (the checkout form and the JSON API), and the admin area in the admin's
// language (browser locale fr-FR): registries, a registry, orders, audit log, users, reports and a field message.
import { expect, test, type Browser } from "@playwright/test";
import { db, gotoReady, makeRegistry, signIn } from "./fixtures";
import { alexRegistry, placedOrder } from "./admin-helpers";

async function inLocale(browser: Browser, locale: string) {
  const context = await browser.newContext({ locale });
  return { context, page: await context.newPage() };
}

const order = (slug: string, lines: { itemId: number; quantity: number }[], buyerName: string) => ({
  slug,
  buyerName,
  buyerEmail: `${buyerName.split(" ")[0].toLowerCase()}@example.com`,
  giftMessage: "",
  shipToRegistrant: true,
  lines,
});

test("a Spanish guest asking for more than is left is told so in Spanish: at the checkout form and by the JSON API", async ({
  browser,
  request,
}) => {
  const r = await makeRegistry({ requested: [3, 2] });
  await db.registry.update({ where: { id: r.id }, data: { language: "es", currency: "EUR" } });
  const [a] = r.items;
  const { context, page } = await inLocale(browser, "es-ES");
  // The basket the registry page keeps for this registry: all 3 of the first gift.
  await gotoReady(page, `/r/${r.slug}`);
  await page.evaluate(([key, value]) => sessionStorage.setItem(key, value), [`basket:${r.slug}`, JSON.stringify({ [a.id]: 3 })]);
  await gotoReady(page, `/r/${r.slug}/checkout`);
  const form = page.getByRole("form", { name: "Finalizar compra" });
  await form.getByLabel("Tu nombre").fill("Lucía Pérez");
  await form.getByLabel("Tu correo electrónico").fill("lucia@example.com");

  // Meanwhile another guest takes 2 of the 3.
  const other = await request.post("/api/checkout", {
    headers: { "X-Forwarded-For": "192.0.2.91" },
    data: order(r.slug, [{ itemId: a.id, quantity: 2 }], "Edna Early"),
  });
  expect(other.status()).toBe(201);

  await form.getByRole("button", { name: /^Hacer el pedido/ }).click();
  await expect(page.getByRole("alert").filter({ hasText: /^No se ha pedido nada\./ })).toHaveText(
    `No se ha pedido nada. Solo queda 1 unidad de «${a.title}» (pediste 3).`,
  );
  await expect(page.getByText(/^Hemos actualizado tu cesta:/)).toContainText(`solo quedaba 1 «${a.title}»`);
  await expect(page.getByText(/Nothing was ordered|Only \d+ of/)).toHaveCount(0);
  await context.close();

  // The JSON API: the same refusal, worded for people in Spanish, the numbers for programs unchanged.
  const api = await request.post("/api/checkout", {
    headers: { "Accept-Language": "es-ES,es;q=0.9", "X-Forwarded-For": "192.0.2.92" },
    data: order(r.slug, [{ itemId: a.id, quantity: 2 }], "Api Guest"),
  });
  expect(api.status()).toBe(409);
  expect(await api.json()).toEqual({
    error: `No se ha pedido nada. Solo queda 1 unidad de «${a.title}» (pediste 2).`,
    fieldErrors: { [`line.${a.id}`]: "Solo queda 1" },
    shortLines: [{ itemId: a.id, title: a.title, asked: 2, left: 1 }],
  });
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(1);
});

test("an admin whose browser speaks French sees the admin area in French, field messages included", async ({ browser, baseURL }) => {
  const r = await alexRegistry();
  const placed = await placedOrder(r.id, r.items[0].id, 1);
  const { context, page } = await inLocale(browser, "fr-FR");
  // Signed in through the sign-in page in English (its own language is not what this story is about),
  // then the French browser's own language from there on.
  await context.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
  await signIn(page, "admin@example.com");
  await context.clearCookies({ name: "locale" });

  await gotoReady(page, "/admin");
  await expect(page.locator("html")).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("heading", { level: 1, name: "Administration du magasin" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Sections d’administration" });
  await expect(nav.getByRole("link", { name: "Journal d’audit" })).toBeVisible();

  // Registries: filters, table and pager in French.
  await gotoReady(page, `/admin/registries?name=${encodeURIComponent(r.lastName)}`);
  await expect(page.getByRole("heading", { level: 1, name: "Listes" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Rechercher des listes" }).getByLabel("Numéro de liste")).toBeVisible();
  await expect(page.getByText("1 résultat · page 1 sur 1")).toBeVisible();
  const list = page.getByRole("table", { name: "Listes" });
  await expect(list.getByRole("columnheader", { name: "Titulaire" })).toBeVisible();
  await expect(list.getByRole("row", { name: new RegExp(r.title) })).toContainText("Active");

  // A registry: its facts, its tables, and a field message from the shared schema in French.
  await list.getByRole("link", { name: r.title }).click();
  await expect(page.getByRole("heading", { level: 1, name: r.title })).toBeVisible();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  await expect(page.getByText("Visibilité")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Cadeaux (1)" })).toBeVisible();
  const items = page.getByRole("table", { name: "Cadeaux" });
  await expect(items.getByRole("row").nth(1).getByRole("cell").nth(2)).toHaveText(/^25,00\s\$US$/);
  await page.getByRole("button", { name: "Désactiver la liste" }).click();
  await expect(page.getByText("Indiquez un motif au titulaire (au moins 3 caractères)")).toBeVisible();
  expect((await db.registry.findUniqueOrThrow({ where: { id: r.id } })).active).toBe(true);
  await page.getByLabel("Motif (visible par le titulaire)").fill("Test : titre contraire à nos règles");
  await page.getByRole("button", { name: "Désactiver la liste" }).click();
  await expect(page.getByRole("status")).toHaveText("Liste désactivée. Le titulaire voit le motif sur son tableau de bord.");

  // Orders in progress: the bulk form and its outcome.
  await gotoReady(page, `/admin/orders?registry=${r.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Commandes en cours" })).toBeVisible();
  await page.getByLabel(`Sélectionner la commande n°\u00a0${placed.id}`).check();
  await page.getByRole("button", { name: "Annuler la sélection (1)" }).click();
  await expect(page.getByRole("status")).toHaveText("1 commande sur 1 annulée.");

  // The audit log: labels, targets and the filter in French; the codes stay the filter's values.
  await gotoReady(page, `/admin/audit?registry=${r.id}`);
  await expect(page.getByRole("heading", { level: 1, name: "Journal d’audit" })).toBeVisible();
  const audit = page.getByRole("table", { name: "Entrées du journal" });
  await expect(audit.getByRole("cell", { name: "Liste désactivée", exact: true })).toBeVisible();
  await expect(audit.getByRole("cell", { name: "Commande annulée", exact: true })).toBeVisible();
  await expect(audit.getByRole("cell", { name: `liste n°\u00a0${r.id}`, exact: true }).first()).toBeVisible();
  await expect(page.getByLabel("Action").locator("option", { hasText: /^Liste désactivée$/ })).toHaveAttribute(
    "value",
    "registry.deactivate",
  );
  await expect(page.getByText(/Registry deactivated|Audit log|Orders in progress/)).toHaveCount(0);

  // Users and guest reports too.
  await gotoReady(page, "/admin/users?role=ADMIN");
  await expect(page.getByRole("table", { name: "Utilisateurs" }).getByRole("columnheader", { name: "Rôle" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Utilisateurs" }).getByRole("cell", { name: "Administrateur" }).first()).toBeVisible();
  await gotoReady(page, "/admin/reports?status=actioned");
  await expect(page.getByRole("heading", { level: 1, name: "Signalements d’invités" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Statut des signalements" }).getByRole("link", { name: "Traités" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await context.close();
});
