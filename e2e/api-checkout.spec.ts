// POST /api/checkout: the JSON twin of the checkout form — same schema, same guest access rules,
// same all-or-nothing placeOrder, through the production server (scripts/serve.ts) and its App Router route.
import { expect, test } from "@playwright/test";
import { db, makeRegistry } from "./fixtures";

const order = (slug: string, lines: { itemId: number; quantity: number }[], extra: Record<string, unknown> = {}) => ({
  data: {
    slug,
    buyerName: "Api Buyer",
    buyerEmail: "Api.Buyer@Example.com",
    giftMessage: "Congrats",
    shipToRegistrant: true,
    lines,
    ...extra,
  },
});

test("places an order, locks the units, and refuses cleanly (409, nothing ordered) when a line is short", async ({ request }) => {
  const r = await makeRegistry({ requested: [3, 1] });
  const [a, b] = r.items;
  const res = await request.post(
    "/api/checkout",
    order(r.slug, [
      { itemId: a.id, quantity: 2 },
      { itemId: b.id, quantity: 1 },
    ]),
  );
  expect(res.status()).toBe(201);
  const body = await res.json();
  expect(body).toEqual({ orderId: expect.any(Number), receipt: expect.any(String) });
  const placed = await db.order.findUniqueOrThrow({ where: { id: body.orderId }, include: { lines: true } });
  expect(placed).toMatchObject({ registryId: r.id, buyerEmail: "api.buyer@example.com", totalCents: 2 * a.priceCents + b.priceCents });
  expect(placed.lines).toHaveLength(2);

  const short = await request.post(
    "/api/checkout",
    order(r.slug, [
      { itemId: a.id, quantity: 1 },
      { itemId: b.id, quantity: 1 },
    ]),
  );
  expect(short.status()).toBe(409);
  const refusal = await short.json();
  expect(refusal.error).toMatch(/^Nothing was ordered\./);
  expect(refusal.fieldErrors).toEqual({ [`line.${b.id}`]: "No longer available" });
  const counts = await db.registryItem.findMany({ where: { registryId: r.id }, orderBy: { position: "asc" }, select: { locked: true } });
  expect(counts.map((c) => c.locked)).toEqual([2, 1]); // the refused order locked nothing
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(1);
});

test("a guest's own delivery address: required when not shipping to the registrant, then stored with the order", async ({ request }) => {
  const r = await makeRegistry({ requested: [3, 1] });
  const line = [{ itemId: r.items[0].id, quantity: 1 }];
  const missing = await request.post(
    "/api/checkout",
    order(r.slug, line, { shipToRegistrant: false, shipName: "Kim", shipCountry: "usa" }),
  );
  expect(missing.status()).toBe(400);
  expect((await missing.json()).fieldErrors).toEqual({
    shipStreet: "Enter the street address",
    shipCity: "Enter the city",
    shipPostcode: "Enter the postcode",
    shipCountry: "Choose a country",
  });
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(0);
  const address = { shipName: "Kim", shipStreet: "5 Elm St", shipCity: "Austin", shipPostcode: "73301", shipCountry: "USA" };
  const ok = await request.post("/api/checkout", order(r.slug, line, { shipToRegistrant: false, ...address }));
  expect(ok.status()).toBe(201);
  expect(await db.order.findUniqueOrThrow({ where: { id: (await ok.json()).orderId } })).toMatchObject({
    shipToRegistrant: false,
    ...address,
  });
  // Shipped to the registrant: an address sent anyway is not kept.
  const toThem = await request.post("/api/checkout", order(r.slug, line, address));
  expect(await db.order.findUniqueOrThrow({ where: { id: (await toThem.json()).orderId } })).toMatchObject({
    shipToRegistrant: true,
    shipStreet: "",
  });
});

test("bad input: 400 with field errors, 415 when not JSON, 404 for an unknown or deactivated registry", async ({ request }) => {
  const r = await makeRegistry();
  const bad = await request.post("/api/checkout", order(r.slug, [], { buyerEmail: "nope" }));
  expect(bad.status()).toBe(400);
  expect((await bad.json()).fieldErrors).toMatchObject({ buyerEmail: expect.any(String), lines: expect.any(String) });
  const form = await request.post("/api/checkout", { form: { slug: r.slug } });
  expect(form.status()).toBe(415);
  expect((await request.post("/api/checkout", order("zzzzzzzzzzzz", [{ itemId: r.items[0].id, quantity: 1 }]))).status()).toBe(404);
  const gone = await makeRegistry({ active: false });
  expect((await request.post("/api/checkout", order(gone.slug, [{ itemId: gone.items[0].id, quantity: 1 }]))).status()).toBe(404);
  const other = await request.post("/api/checkout", {
    ...order(r.slug, [{ itemId: r.items[0].id, quantity: 1 }]),
    headers: { origin: "https://evil.example" },
  });
  expect(other.status()).toBe(403);
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(0);
});

test("a private registry: 403 without the guest's access cookie, 201 with it", async ({ page, request }) => {
  const priv = await makeRegistry({ visibility: "PRIVATE", accessCode: "sesame-42" });
  const line = [{ itemId: priv.items[0].id, quantity: 1 }];
  const denied = await request.post("/api/checkout", order(priv.slug, line));
  expect(denied.status()).toBe(403);
  expect((await denied.json()).error).toMatch(/access code/);

  await page.goto(`/r/${priv.slug}`);
  await page.getByRole("textbox", { name: "Access code" }).fill("sesame-42");
  await page.getByRole("button", { name: "See the registry" }).click();
  await expect(page.getByRole("heading", { name: priv.items[0].title })).toBeVisible();
  const cookie = (await page.context().cookies()).find((c) => c.name === `registry-access-${priv.id}`);
  expect(cookie).toBeDefined();
  // Browsers keep the cookie to /r/{slug}; an API client presents it explicitly.
  const allowed = await request.post("/api/checkout", {
    ...order(priv.slug, line),
    headers: { cookie: `${cookie!.name}=${cookie!.value}` },
  });
  expect(allowed.status()).toBe(201);
  expect(await db.order.count({ where: { registryId: priv.id } })).toBe(1);
});

test("30 buyers at once for 5 units through the production server: 5 orders, 25 clean 409s, no oversell; answers carry the protective headers", async ({
  request,
}) => {
  const r = await makeRegistry({ requested: [5] });
  const item = r.items[0];
  const answers = await Promise.all(
    Array.from({ length: 30 }, () => request.post("/api/checkout", order(r.slug, [{ itemId: item.id, quantity: 1 }]))),
  );
  const statuses = answers.map((a) => a.status());
  expect(statuses.filter((s) => s === 201)).toHaveLength(5);
  expect(statuses.filter((s) => s === 409)).toHaveLength(25);
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: item.id } })).locked).toBe(5);
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(5);
  for (const a of [answers[0], answers[29]]) {
    const h = a.headers();
    expect(h["content-type"]).toMatch(/^application\/json/);
    expect(h["cache-control"]).toBe("no-store, no-transform");
    expect(h["content-encoding"]).toBeUndefined(); // small answers go uncompressed (see the route)
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["x-frame-options"]).toBe("DENY");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  }
  // Other methods still reach Next: 405.
  expect((await request.get("/api/checkout")).status()).toBe(405);
});

test("an order over 64 kB is refused with 413 and nothing is ordered", async ({ request }) => {
  const r = await makeRegistry({ requested: [2] });
  const res = await request.post(
    "/api/checkout",
    order(r.slug, [{ itemId: r.items[0].id, quantity: 1 }], { giftMessage: "x".repeat(70 * 1024) }),
  );
  expect(res.status()).toBe(413);
  expect(await db.order.count({ where: { registryId: r.id } })).toBe(0);
});
