// axe-core on the main pages of each role: zero serious or critical violations (WCAG 2.1 A/AA).
// Markup does not depend on the database, and axe is the suite's heaviest work (a quarter of its
// time): checked once, on the embedded database; skipped (and counted so) on PostgreSQL.
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { db, gotoReady, makeRegistry, signIn } from "./fixtures";
import { alexRegistry } from "./admin-helpers";
import { suiteProvider } from "./own-server";

test.skip(suiteProvider === "postgresql", "accessibility is checked on the SQLite run: the markup is the same");

async function expectNoSeriousViolations(page: Page, url: string) {
  await gotoReady(page, url);
  await scan(page, url);
}

/** The page as it is now (e.g. showing field errors). */
async function scan(page: Page, url: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  // Moderate and minor findings are printed (not failed) so they stay visible in the log.
  if (violations.length)
    console.log(
      `[axe] ${url}: ${violations
        .map(
          (v) =>
            `${v.id}/${v.impact} ${v.nodes
              .map((n) => n.target.join(" "))
              .slice(0, 3)
              .join(", ")}`,
        )
        .join(" ")}`,
    );
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(" "))
          .slice(0, 5)
          .join(", ")}`,
    );
  expect(serious, url).toEqual([]);
}

test("guest pages: home, search, registry, checkout", async ({ page }) => {
  test.setTimeout(90_000);
  const r = await alexRegistry();
  for (const url of ["/", "/search", `/search?name=${encodeURIComponent(r.lastName)}`, `/r/${r.slug}`, "/sign-in", "/sign-up"])
    await expectNoSeriousViolations(page, url);
  // Checkout with something in the basket.
  await gotoReady(page, `/r/${r.slug}`);
  await page.getByRole("button", { name: `Add ${r.items[0].title} to basket` }).click();
  await page
    .getByRole("link", { name: /checkout/i })
    .first()
    .click();
  await page.waitForURL(/\/checkout/);
  await expectNoSeriousViolations(page, page.url());
  // With field errors showing.
  await page.getByRole("button", { name: /Place order/ }).click();
  await expect(page.getByText("Enter your name")).toBeVisible();
  await scan(page, "checkout with errors");
});

test("sign-in with an error showing", async ({ page }) => {
  await gotoReady(page, "/sign-in");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByText("Enter your email address")).toBeVisible();
  await scan(page, "sign-in with errors");
});

test("registrant pages: dashboard, manage, editor, thank-you list, account, add from a link", async ({ page }) => {
  test.setTimeout(90_000);
  const r = await alexRegistry();
  await signIn(page, "alex@example.com");
  for (const url of [
    "/dashboard",
    `/dashboard/registries/${r.id}`,
    `/dashboard/registries/${r.id}/edit`,
    `/dashboard/registries/${r.id}/thank-you`,
    "/dashboard/registries/new",
    "/dashboard/account",
    `/add-from-link?url=${encodeURIComponent("https://shop.example/p/1")}`, // the phone share target
    `/add-from-link?registry=${r.id}&url=${encodeURIComponent("https://shop.example/p/1")}`,
  ])
    await expectNoSeriousViolations(page, url);
});

test("group gifts: the guest card, the chip-in page (with a field error) and the couple's open panel", async ({ browser }) => {
  test.setTimeout(90_000);
  const r = await makeRegistry();
  const fund = await db.fund.create({ data: { registryId: r.id, title: "Honeymoon", paymentLink: "https://paypal.me/a11y" } });
  const item = await db.registryItem.create({
    data: {
      registryId: r.id,
      title: "Espresso machine",
      priceCents: 80_000,
      requested: 1,
      groupGift: true,
      groupFundId: fund.id,
      fundedCents: 0,
    },
  });
  const guest = await (await browser.newContext()).newPage();
  await expectNoSeriousViolations(guest, `/r/${r.slug}`);
  await expectNoSeriousViolations(guest, `/r/${r.slug}/gift/${item.id}`);
  await guest.getByLabel(/^Amount/).fill("900");
  await guest.getByLabel("Your name").fill("Axe");
  await guest.getByLabel("Your email").fill("axe@example.com");
  await guest.getByRole("button", { name: "Chip in", exact: true }).click();
  await expect(guest.getByText(/Only \$800\.00 is left/)).toBeVisible();
  await scan(guest, "chip-in with errors");
  const couple = await (await browser.newContext()).newPage();
  await signIn(couple, "alex@example.com");
  await expectNoSeriousViolations(couple, `/dashboard/registries/${r.id}`);
  for (const p of [guest, couple]) await p.context().close();
});

// One test per page: axe on a long admin table takes seconds on a busy machine.
const ADMIN_PAGES = [
  "/admin",
  "/admin/registries",
  "/admin/registries/1",
  "/admin/orders",
  "/admin/reports",
  "/admin/users",
  "/admin/catalog",
  "/admin/credentials",
  "/admin/audit",
];
for (const url of ADMIN_PAGES) {
  test(`admin page ${url}`, async ({ page }) => {
    test.setTimeout(90_000);
    await signIn(page, "admin@example.com");
    await expectNoSeriousViolations(page, url);
  });
}

test("guest pages at 360 px wide", async ({ page }) => {
  test.setTimeout(90_000);
  await page.setViewportSize({ width: 360, height: 740 });
  const r = await alexRegistry();
  for (const url of ["/", "/search", `/r/${r.slug}`, `/r/${r.slug}/checkout`, "/sign-in"]) await expectNoSeriousViolations(page, url);
});
