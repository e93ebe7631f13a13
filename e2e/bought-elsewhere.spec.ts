// "Bought elsewhere": limited per address and per registry, and a wrong mark can be undone by the
// registrant or an admin (kept as a record, audited). Made-up client addresses (X-Forwarded-For)
// keep the budgets the rest of the suite shares untouched.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { arrivedReady, db, gotoReady, makeRegistry, signIn, unique } from "./fixtures";
import { serverActionId, signInAdmin } from "./admin-helpers";

const limit = (env: string, fallback: number) => Number(process.env[env]) || fallback;
const PER_ADDRESS = limit("BOUGHT_ELSEWHERE_RATE_LIMIT", 10);
const PER_REGISTRY = limit("BOUGHT_ELSEWHERE_REGISTRY_RATE_LIMIT", 30);
const newIp = () => unique("192.0.2.44");

async function mark(request: APIRequestContext, ip: string, slug: string, itemId: number, quantity = 1) {
  const res = await request.post(`/r/${slug}/elsewhere/${itemId}`, {
    headers: {
      "Next-Action": serverActionId("lib/actions/guest.ts", "boughtElsewhereAction"),
      Accept: "text/x-component",
      "Content-Type": "text/plain;charset=UTF-8",
      "X-Forwarded-For": ip,
    },
    data: JSON.stringify([{ slug, itemId, buyerName: "Gri Fer", buyerEmail: "grifer@example.com", quantity, message: "" }]),
  });
  return res.text();
}

const counts = async (itemId: number) =>
  db.registryItem.findUniqueOrThrow({ where: { id: itemId }, select: { purchased: true, purchasedOffline: true } });

async function undo(page: Page, title: string) {
  page.once("dialog", (d) => d.accept());
  await page
    .getByRole("form", { name: new RegExp(`Undo mark \\d+ × ${title}`) })
    .getByRole("button", { name: "Undo" })
    .click();
  // The mark's line says so (the form's own message goes with the form once the list refreshes).
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: title })
      .filter({ hasText: /· undone [A-Z][a-z]+ \d{1,2}, \d{4}/ })
      .first(),
  ).toBeVisible();
}

test("a guest marks a gift; the registrant undoes it, the counts go back and the mark stays as a record", async ({ page, browser }) => {
  const r = await makeRegistry({ requested: [4] });
  const item = r.items[0];
  const guest = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newIp() } });
  const guestPage = await guest.newPage();
  await guestPage.goto(`/r/${r.slug}`);
  await guestPage.getByRole("link", { name: "Bought it somewhere else?" }).click();
  await arrivedReady(guestPage, /\/elsewhere\/\d+$/);
  const form = guestPage.getByRole("form", { name: "Bought elsewhere" });
  await form.getByLabel("Your name").fill("Mal Icious");
  await form.getByLabel("Your email").fill("mal@example.com");
  await form.getByLabel("How many did you buy?").fill("3");
  await form.getByRole("button", { name: "Mark as bought" }).click();
  const thanks = guestPage.getByRole("status");
  await expect(thanks).toContainText("Thank you! We’ve let Alex and Quinn know, and marked it as bought.");
  await expect(thanks).toContainText("1 still needed.");
  await guest.close();
  expect(await counts(item.id)).toEqual({ purchased: 3, purchasedOffline: 3 });

  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  const marks = page.getByRole("region", { name: "Marked as bought elsewhere" });
  await expect(marks).toContainText(`3 × ${item.title}`);
  await expect(marks).not.toContainText("Mal Icious"); // surprise mode: buyers stay hidden
  await undo(page, item.title);
  expect(await counts(item.id)).toEqual({ purchased: 0, purchasedOffline: 0 });
  const record = await db.saleRecord.findFirstOrThrow({ where: { itemId: item.id, boughtElsewhere: true }, include: { undoneBy: true } });
  expect(record.undoneAt).not.toBeNull();
  expect(record.undoneBy?.email).toBe("alex@example.com");
  expect(await db.auditLog.count({ where: { registryId: r.id, action: "elsewhere.undo", actorLabel: "alex@example.com" } })).toBe(1);
  expect(await db.auditLog.count({ where: { registryId: r.id, action: "elsewhere.mark", actorType: "GUEST" } })).toBe(1);
  await page.reload();
  await expect(marks).toContainText("undone");
  await expect(marks.getByRole("button", { name: "Undo" })).toHaveCount(0);
});

test("marking the last one thanks the guest, without a refusal or a count of 0", async ({ page }) => {
  const r = await makeRegistry({ requested: [1] });
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": newIp() });
  await gotoReady(page, `/r/${r.slug}/elsewhere/${r.items[0].id}`);
  const form = page.getByRole("form", { name: "Bought elsewhere" });
  await form.getByLabel("Your name").fill("Aunt Dee");
  await form.getByLabel("Your email").fill("dee@example.com");
  await form.getByRole("button", { name: "Mark as bought" }).click();
  await expect(page.getByRole("status")).toContainText("Thank you! We’ve let Alex and Quinn know, and marked it as bought.");
  // The page revalidates (0 left now): the thanks stays, and nothing reads as a refusal.
  await expect(page.getByText("still needed")).toHaveCount(0);
  await expect(page.getByText("already fully purchased")).toHaveCount(0);
  expect(await counts(r.items[0].id)).toEqual({ purchased: 1, purchasedOffline: 1 });
  // Opened again later, the page says so plainly.
  await page.reload();
  await expect(page.getByText("This gift is already fully purchased.")).toBeVisible();
});

test("an admin undoes a mark from the admin registry view", async ({ page, request }) => {
  const r = await makeRegistry({ requested: [2, 5] });
  const item = r.items[1];
  expect(await mark(request, newIp(), r.slug, item.id, 2)).not.toContain("Too many tries");
  expect(await counts(item.id)).toEqual({ purchased: 2, purchasedOffline: 2 });
  await signInAdmin(page);
  await gotoReady(page, `/admin/registries/${r.id}`);
  await undo(page, item.title);
  expect(await counts(item.id)).toEqual({ purchased: 0, purchasedOffline: 0 });
  expect(await db.auditLog.count({ where: { registryId: r.id, action: "elsewhere.undo", actorType: "ADMIN" } })).toBe(1);
});

test("budgets: the mark over the per-address budget is refused with the wait, and so is the one over the per-registry budget", async ({
  request,
}) => {
  test.setTimeout(90_000);
  const r = await makeRegistry({ requested: [99] });
  const item = r.items[0];
  const ip = newIp();
  for (let i = 0; i < PER_ADDRESS; i++) expect(await mark(request, ip, r.slug, item.id)).not.toContain("Too many tries");
  expect(await mark(request, ip, r.slug, item.id)).toMatch(/Too many tries, try again in \d+ minutes?/);
  expect((await counts(item.id)).purchased).toBe(PER_ADDRESS);

  // Many addresses together stop at the registry's budget.
  let left = PER_REGISTRY - PER_ADDRESS;
  while (left > 0) {
    const n = Math.min(PER_ADDRESS, left);
    const from = newIp();
    for (let i = 0; i < n; i++) expect(await mark(request, from, r.slug, item.id)).not.toContain("Too many tries");
    left -= n;
  }
  expect(await mark(request, newIp(), r.slug, item.id)).toMatch(/Too many tries, try again in \d+ minutes?/);
  expect((await counts(item.id)).purchased).toBe(PER_REGISTRY);
});
