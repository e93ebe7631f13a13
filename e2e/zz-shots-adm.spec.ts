import { test, type Browser } from "@playwright/test";
import { db, gotoReady, makeRegistry, signIn } from "./fixtures";
import { alexRegistry, placedOrder } from "./admin-helpers";

const SIZES = [
  ["1280", { width: 1280, height: 900 }],
  ["390", { width: 390, height: 844 }],
] as const;

async function ctx(browser: Browser, locale: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ locale, viewport });
  return { context, page: await context.newPage() };
}

test("admin screens in French", async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const r = await alexRegistry();
  await placedOrder(r.id, r.items[0].id, 1);
  for (const [name, viewport] of SIZES) {
    const { context, page } = await ctx(browser, "fr-FR", viewport);
    await context.addCookies([{ name: "locale", value: "en", url: baseURL! }]);
    await signIn(page, "admin@example.com");
    await context.clearCookies({ name: "locale" });
    for (const [shot, url] of [
      ["overview", "/admin"],
      ["registries", `/admin/registries`],
      ["registry", `/admin/registries/${r.id}`],
      ["orders", `/admin/orders`],
      ["audit", `/admin/audit`],
    ] as const) {
      await gotoReady(page, url);
      if (shot === "registry") {
        await page.getByRole("button", { name: "Désactiver la liste" }).click();
        await page.getByText("Indiquez un motif").waitFor();
      }
      await page.screenshot({ path: `/work/shots/adm/admin-${shot}-fr-${name}.png`, fullPage: shot !== "audit" });
    }
    await context.close();
  }
});

test("Spanish checkout refusal", async ({ browser, request }) => {
  const r = await makeRegistry({ requested: [3, 2] });
  await db.registry.update({ where: { id: r.id }, data: { language: "es", currency: "EUR" } });
  const [a] = r.items;
  for (const [name, viewport] of SIZES) {
    await db.registryItem.update({ where: { id: a.id }, data: { locked: 0 } });
    const { context, page } = await ctx(browser, "es-ES", viewport);
    await gotoReady(page, `/r/${r.slug}`);
    await page.evaluate(([k, v]) => sessionStorage.setItem(k, v), [`basket:${r.slug}`, JSON.stringify({ [a.id]: 3 })]);
    await gotoReady(page, `/r/${r.slug}/checkout`);
    await page.getByLabel("Tu nombre").fill("Lucía Pérez");
    await page.getByLabel("Tu correo electrónico").fill("lucia@example.com");
    await request.post("/api/checkout", {
      headers: { "X-Forwarded-For": `192.0.2.${name.length + 100}` },
      data: { slug: r.slug, buyerName: "Edna", buyerEmail: "edna@example.com", giftMessage: "", shipToRegistrant: true, lines: [{ itemId: a.id, quantity: 2 }] },
    });
    await page.getByRole("button", { name: /^Hacer el pedido/ }).click();
    await page.getByText(/^No se ha pedido nada/).waitFor();
    await page.screenshot({ path: `/work/shots/adm/checkout-short-es-${name}.png`, fullPage: true });
    await context.close();
  }
});
