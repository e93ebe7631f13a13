// A registry address of the couple's choosing (/r/alex-and-sam-2027): unique across current and
// former addresses (the database decides), old links redirect permanently, private stays private.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { db, gotoReady, makeRegistry, signIn, unique } from "./fixtures";

const fresh = (p: string) =>
  unique(p)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .slice(0, 60);

async function setAddress(page: Page, registryId: number, slug: string) {
  await gotoReady(page, `/dashboard/registries/${registryId}/edit`);
  const form = page.getByRole("form", { name: "Registry address" });
  await form.getByLabel("Address").fill(slug);
  await form.getByRole("button", { name: "Save address" }).click();
  return form;
}

test("a chosen address: share link and QR use it, the old link and its sub-pages redirect (308) to it", async ({ page }) => {
  const r = await makeRegistry();
  const chosen = fresh("alex-and-sam");
  await signIn(page, "alex@example.com");
  await setAddress(page, r.id, chosen);
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText(`/r/${chosen}`);
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  await expect(page.getByText(new RegExp(`/r/${chosen}$`))).toBeVisible();
  await expect(page.getByRole("img", { name: new RegExp(`QR code for .*/r/${chosen}$`) })).toBeVisible();

  for (const [from, to] of [
    [`/r/${r.slug}`, `/r/${chosen}`],
    [`/r/${r.slug}/checkout`, `/r/${chosen}/checkout`],
    [`/r/${r.slug}?show=all&sort=price-desc`, `/r/${chosen}?show=all&sort=price-desc`],
    [`/r/${r.slug}/report`, `/r/${chosen}/report`],
  ]) {
    const res = await page.request.get(from, { maxRedirects: 0 });
    expect(res.status(), from).toBe(308);
    expect(res.headers()["location"]).toBe(to);
  }
  const guest = await page.context().browser()!.newPage();
  await guest.goto(`/r/${r.slug}`);
  await expect(guest).toHaveURL(new RegExp(`/r/${chosen}$`));
  await expect(guest.getByRole("heading", { name: r.items[0].title })).toBeVisible();
  await guest.close();
});

test("a taken address (current or former) is refused at the field and nothing changes; bad ones say why", async ({ page }) => {
  const [a, b] = [await makeRegistry(), await makeRegistry()];
  await signIn(page, "alex@example.com");
  let form = await setAddress(page, b.id, a.slug); // a's current address
  await expect(form.getByLabel("Address")).toHaveAccessibleDescription(/That address is taken/);
  const chosen = fresh("taken-later");
  await setAddress(page, a.id, chosen);
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText(chosen);
  form = await setAddress(page, b.id, a.slug); // now a's former address
  await expect(form.getByLabel("Address")).toHaveAccessibleDescription(/That address is taken/);
  expect((await db.registry.findUniqueOrThrow({ where: { id: b.id } })).slug).toBe(b.slug);
  form = await setAddress(page, b.id, "admin");
  await expect(form.getByLabel("Address")).toHaveAccessibleDescription(/reserved/);
  form = await setAddress(page, b.id, "alex & sam");
  await expect(form.getByLabel("Address")).toHaveAccessibleDescription(/letters, digits and hyphens/);
});

test("two registrants claim the same address at the same moment: one gets it, the other is told it is taken", async ({ browser }) => {
  const [a, b] = [await makeRegistry(), await makeRegistry()];
  const wanted = fresh("race");
  const pages = [await browser.newPage(), await browser.newPage()];
  await signIn(pages[0], "alex@example.com");
  await signIn(pages[1], "alex@example.com");
  const forms: Locator[] = [];
  for (const [i, r] of [a, b].entries()) {
    await gotoReady(pages[i], `/dashboard/registries/${r.id}/edit`);
    const form = pages[i].getByRole("form", { name: "Registry address" });
    await form.getByLabel("Address").fill(wanted);
    forms.push(form);
  }
  const answers = pages.map((p) => p.waitForResponse((res) => res.request().method() === "POST" && res.url().includes("/edit")));
  await Promise.all(forms.map((f) => f.getByRole("button", { name: "Save address" }).click()));
  for (const res of await Promise.all(answers)) expect(res.status()).toBeLessThan(500);
  const taken = await Promise.all(
    forms.map((f) =>
      f
        .getByText("That address is taken")
        .count()
        .then((n) => n > 0),
    ),
  );
  await expect
    .poll(async () => (await Promise.all(forms.map((f) => f.getByText("That address is taken").count()))).reduce((s, n) => s + n, 0))
    .toBe(1);
  const owners = await db.registry.findMany({ where: { slug: wanted } });
  expect(owners).toHaveLength(1);
  for (const p of pages) await p.close();
});

test("a private registry stays behind its access code under its new address, and its old one", async ({ page, browser }) => {
  const r = await makeRegistry({ visibility: "PRIVATE", accessCode: "open-sesame" });
  const chosen = fresh("private-one");
  await signIn(page, "alex@example.com");
  await setAddress(page, r.id, chosen);
  await expect(page.getByRole("status", { name: "Notifications" })).toContainText(chosen);
  const guest = await browser.newPage();
  await guest.goto(`/r/${r.slug}`);
  await expect(guest).toHaveURL(new RegExp(`/r/${chosen}/access`));
  await expect(guest.getByRole("heading", { name: r.items[0].title })).toHaveCount(0);
  await guest.close();
});
