// Ids past PostgreSQL's INTEGER (2^31 and up) are refused at validation: pages answer 404 and APIs
// 400 with a clear message — never a 500 from the database (on SQLite they were only "not found").
import { expect, test } from "@playwright/test";
import { db, makeRegistry, signIn } from "./fixtures";
import { signInAdmin } from "./admin-helpers";

const BIG = ["2147483648", "99999999999999999999"];

test("guest pages with huge order or item ids answer 404", async ({ request }) => {
  const r = await makeRegistry();
  for (const id of BIG) {
    for (const url of [`/r/${r.slug}/thanks/${id}?sig=x`, `/r/${r.slug}/elsewhere/${id}`])
      expect((await request.get(url)).status(), url).toBe(404);
  }
});

test("POST /api/checkout with a huge item id: 400 naming the line, nothing ordered", async ({ request }) => {
  const r = await makeRegistry();
  for (const itemId of [2147483648, 99999999999999999999]) {
    const res = await request.post("/api/checkout", {
      data: {
        slug: r.slug,
        buyerName: "Big Id",
        buyerEmail: "big@example.com",
        giftMessage: "",
        shipToRegistrant: true,
        lines: [{ itemId, quantity: 1 }],
      },
    });
    expect(res.status()).toBe(400);
    expect(JSON.stringify((await res.json()).fieldErrors)).toContain("Not a valid id");
  }
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(0);
});

test("registrant pages with a huge registry id answer 404", async ({ page }) => {
  await signIn(page, "alex@example.com");
  for (const id of BIG) {
    for (const url of [
      `/dashboard/registries/${id}`,
      `/dashboard/registries/${id}/edit`,
      `/dashboard/registries/${id}/thank-you`,
      `/dashboard/registries/${id}/thank-you/csv`,
    ]) {
      expect((await page.request.get(url)).status(), url).toBe(404);
    }
  }
});

test("admin pages with huge ids answer 404 (or ignore the filter), never 500", async ({ page }) => {
  await signInAdmin(page);
  for (const id of BIG) {
    for (const url of [`/admin/registries/${id}`, `/admin/users/${id}`, `/admin/catalog/${id}`, `/admin/outbox/${id}`])
      expect((await page.request.get(url)).status(), url).toBe(404);
    for (const url of [
      `/admin/sales?registry=${id}`,
      `/admin/orders?registry=${id}`,
      `/admin/audit?registry=${id}`,
      `/admin/registries?number=${id}`,
    ])
      expect((await page.request.get(url)).status(), url).toBe(200);
  }
});
