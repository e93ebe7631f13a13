// Private registries: access-code tries are limited per address and per registry (every try counts,
// the right code too), and the access cookie belongs to the code it was given for — a new code sends
// every guest holding an old cookie back to the access page. Each story uses made-up client
// addresses (X-Forwarded-For) so the budgets the rest of the suite shares are never touched.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { db, gotoReady, makeRegistry, signIn, unique } from "./fixtures";
import { serverActionId } from "./admin-helpers";

const limit = (env: string, fallback: number) => Number(process.env[env]) || fallback;
const PER_ADDRESS = limit("ACCESS_CODE_RATE_LIMIT", 10);
const PER_REGISTRY = limit("ACCESS_CODE_REGISTRY_RATE_LIMIT", 100);
const newIp = () => unique("203.0.113.9");
const CODE = "open-sesame-5";

/** The access form's server action, as a script guessing codes would call it. */
async function tryCode(request: APIRequestContext, ip: string, slug: string, code: string) {
  const res = await request.post(`/r/${slug}/access`, {
    headers: {
      "Next-Action": serverActionId("lib/actions/guest.ts", "unlockRegistryAction"),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      "X-Forwarded-For": ip,
    },
    data: JSON.stringify([{ slug, code }]),
  });
  return res.text();
}

test("after the per-address budget of wrong codes the right one is refused too, from that address only", async ({ browser, request }) => {
  test.setTimeout(90_000);
  const r = await makeRegistry({ visibility: "PRIVATE", accessCode: CODE });
  const ip = newIp();
  for (let i = 0; i < PER_ADDRESS; i++) expect(await tryCode(request, ip, r.slug, `wrong-${i}`)).toContain("That access code is not right");

  const guesser = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": ip } });
  const page = await guesser.newPage();
  await gotoReady(page, `/r/${r.slug}/access`);
  await page.getByRole("textbox", { name: "Access code" }).fill(CODE);
  await page.getByRole("button", { name: "See the registry" }).click();
  await expect(page.getByText(/Too many tries, try again in \d+ minutes?/).first()).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/r/${r.slug}/access$`));
  expect((await guesser.cookies()).some((c) => c.name === `registry-access-${r.id}`)).toBe(false);
  await page.goto(`/r/${r.slug}`);
  await expect(page).toHaveURL(new RegExp(`/r/${r.slug}/access$`));
  await guesser.close();

  // A guest from another address is not locked out.
  const guest = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newIp() } });
  const guestPage = await guest.newPage();
  await gotoReady(guestPage, `/r/${r.slug}/access`);
  await guestPage.getByRole("textbox", { name: "Access code" }).fill(CODE);
  await guestPage.getByRole("button", { name: "See the registry" }).click();
  await expect(guestPage.getByRole("heading", { name: r.items[0].title })).toBeVisible();
  await guest.close();
});

test("many addresses together: over the per-registry budget the right code is refused; guests already in stay in", async ({
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const r = await makeRegistry({ visibility: "PRIVATE", accessCode: CODE });
  const earlier = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newIp() } });
  const earlierPage = await earlier.newPage();
  await gotoReady(earlierPage, `/r/${r.slug}/access`);
  await earlierPage.getByRole("textbox", { name: "Access code" }).fill(CODE);
  await earlierPage.getByRole("button", { name: "See the registry" }).click();
  await expect(earlierPage.getByRole("heading", { name: r.items[0].title })).toBeVisible();

  // The guest above used one try; spread the rest over addresses, each under its own budget.
  const perIp = Math.max(1, PER_ADDRESS - 1);
  let left = PER_REGISTRY - 1;
  while (left > 0) {
    const ip = newIp();
    const n = Math.min(perIp, left);
    const answers = await Promise.all(Array.from({ length: n }, (_, i) => tryCode(request, ip, r.slug, `guess-${left}-${i}`)));
    for (const a of answers) expect(a).toContain("That access code is not right");
    left -= n;
  }
  expect(await tryCode(request, newIp(), r.slug, CODE)).toMatch(/Too many tries, try again in \d+ minutes?/);

  await earlierPage.goto(`/r/${r.slug}`);
  await expect(earlierPage.getByRole("heading", { name: r.items[0].title })).toBeVisible();
  await earlier.close();
});

test("a new access code sends guests holding the old cookie back to the access page", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const r = await makeRegistry({ visibility: "PRIVATE", accessCode: CODE });
  const occasion = await db.occasion.findFirstOrThrow({ where: { active: true } });
  await db.registry.update({ where: { id: r.id }, data: { occasionId: occasion.id, addrCountry: "PRT" } }); // so the edit form saves as is

  const guest = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newIp() } });
  const guestPage = await guest.newPage();
  await gotoReady(guestPage, `/r/${r.slug}/access`);
  await guestPage.getByRole("textbox", { name: "Access code" }).fill(CODE);
  await guestPage.getByRole("button", { name: "See the registry" }).click();
  await expect(guestPage.getByRole("heading", { name: r.items[0].title })).toBeVisible();

  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}/edit`);
  const form = page.getByRole("form", { name: "Edit registry" });
  await form.getByLabel("Access code").fill("brand-new-code-6");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: r.title, exact: true })).toBeVisible();

  // The old cookie opens nothing: the registry page (never from the page cache), the checkout.
  const res = await guestPage.goto(`/r/${r.slug}`);
  await expect(guestPage).toHaveURL(new RegExp(`/r/${r.slug}/access$`));
  expect(res!.headers()["x-page-cache"]).toBeUndefined();
  await expect(guestPage.getByText(r.items[0].title)).toHaveCount(0);
  await guestPage.goto(`/r/${r.slug}/checkout`);
  await expect(guestPage).toHaveURL(new RegExp(`/r/${r.slug}/access$`));
  // The old code no longer opens it; the new one does.
  await gotoReady(guestPage, `/r/${r.slug}/access`);
  await guestPage.getByRole("textbox", { name: "Access code" }).fill(CODE);
  await guestPage.getByRole("button", { name: "See the registry" }).click();
  await expect(guestPage.getByText("That access code is not right").first()).toBeVisible();
  await guestPage.getByRole("textbox", { name: "Access code" }).fill("brand-new-code-6");
  await guestPage.getByRole("button", { name: "See the registry" }).click();
  await expect(guestPage.getByRole("heading", { name: r.items[0].title })).toBeVisible();
  await guest.close();
});
