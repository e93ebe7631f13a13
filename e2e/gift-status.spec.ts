// The registrant sees each gift's state in plain words and the guests' orders of it; givers only
// when surprise mode allows (as on the thank-you list).
import { execFileSync } from "node:child_process";
import { expect, test } from "@playwright/test";
import { db, gotoReady, makeRegistry, signIn } from "./fixtures";

test("the couple sees “on its way” after a guest order and “dispatched” after the store dispatches it", async ({ page, request }) => {
  const r = await makeRegistry({ requested: [4, 1] });
  const gift = r.items[0];
  await db.registry.update({ where: { id: r.id }, data: { surpriseMode: false } }); // givers shown (surprise mode is on by default)
  const placed = await request.post("/api/checkout", {
    data: {
      slug: r.slug,
      buyerName: "Aunt May",
      buyerEmail: "may@example.com",
      giftMessage: "",
      shipToRegistrant: true,
      lines: [{ itemId: gift.id, quantity: 2 }],
    },
  });
  expect(placed.status()).toBe(201);
  const { orderId } = await placed.json();

  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: gift.title }) });
  await expect(row.getByText("2 of 4 bought · 2 on its way")).toBeVisible();
  await row.getByText("Orders for this gift (1)").click();
  const orders = row.getByRole("list", { name: `Orders for ${gift.title}` });
  await expect(orders).toContainText("2 gifts · from Aunt May");
  await expect(orders).toContainText("Ordered, on its way");
  await expect(page.getByRole("main")).not.toContainText("Locked");

  execFileSync("node_modules/.bin/tsx", ["--conditions=react-server", "tests/helpers/dispatch-order.ts", String(orderId)], {
    env: process.env,
  });
  await page.reload();
  await expect(row.getByText("2 of 4 bought · 2 dispatched")).toBeVisible();
  await row.getByText("Orders for this gift (1)").click();
  await expect(orders).toContainText("Dispatched");

  // Surprise mode on: the order is listed, the giver is not.
  await db.registry.update({ where: { id: r.id }, data: { surpriseMode: true, revealedAt: null } });
  await page.reload();
  await row.getByText("Orders for this gift (1)").click();
  await expect(orders).toContainText("2 gifts");
  await expect(orders).not.toContainText("Aunt May");
});
