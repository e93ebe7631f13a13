import { expect, test } from "@playwright/test";
import { db } from "./fixtures";
import { createRestFixtures, DEMO_HEADERS, expectRestError, REST_DATE, SEED_ITEM, SEED_REGISTRY, shapeOf } from "./api-rest-helpers";

type Fixtures = Awaited<ReturnType<typeof createRestFixtures>>;
let f: Fixtures;
test.beforeAll(async () => {
  f = await createRestFixtures();
});

const get = (request: import("@playwright/test").APIRequestContext, path: string, headers: Record<string, string> = DEMO_HEADERS) =>
  request.get(path, { headers });
const ids = (body: { GiftRegistryID: number }[]) => body.map((r) => r.GiftRegistryID);

test("the demo wedding by id: seed shape, JSON types and values from the database", async ({ request }) => {
  const wedding = await db.registry.findFirstOrThrow({ where: { externalIdentifier: "DEMO-WEDDING-ALEX-SAM" } });
  const res = await get(request, `/api/v2/GiftRegistries/${wedding.id}`);
  expect(res.status()).toBe(200);
  const body = await res.json();
  expect(body).toHaveLength(1);
  const [r] = body;
  expect(shapeOf(r)).toEqual(shapeOf(SEED_REGISTRY));
  for (const key of ["Created", "LastUpdate", "Expires", "Event"]) expect(r[key]).toMatch(REST_DATE);

  const items = await db.registryItem.findMany({ where: { registryId: wedding.id }, orderBy: [{ position: "asc" }, { id: "asc" }] });
  expect(r).toMatchObject({
    GiftRegistryID: wedding.id,
    Name: "Alex & Sam's Wedding",
    Message: wedding.message,
    ShipToAddress: true,
    Items: 14,
    Sold: items.reduce((s, i) => s + i.purchased, 0),
    CustomerAddressBook: {
      CustomerAddressId: wedding.ownerId,
      FirstName: "Alex",
      LastName: "Rivera",
      Address1: "42 Orchard Lane",
      City: "Portland",
      State: "OR",
      ZipCode: "97201",
      Country: "USA",
    },
  });
  const iso = (d: Date | null) => d!.toISOString();
  const asDate = (s: string) => `${s.slice(6, 10)}-${s.slice(0, 2)}-${s.slice(3, 5)}T${s.slice(11)}`;
  expect(asDate(r.Event)).toBe(iso(wedding.eventDate).slice(0, 16));
  expect(asDate(r.Expires)).toBe(iso(wedding.expiresAt).slice(0, 16));
  expect(asDate(r.Created)).toBe(iso(wedding.createdAt).slice(0, 16));
  expect(r.GiftRegistryItemList).toEqual(
    items.map((i) => ({
      CatalogID: i.productId,
      SKU: i.sku,
      ItemName: i.title,
      Listed: i.requested,
      Price: i.priceCents / 100,
      Subtotal: (i.priceCents * i.requested) / 100,
      Sold: i.purchased - i.purchasedOffline,
      SoldOffline: i.purchasedOffline,
    })),
  );
  const glasses = r.GiftRegistryItemList.find((i: { SKU: string }) => i.SKU === "DIN-GLASSES");
  expect(glasses).toMatchObject({ Listed: 8, Price: 24, Subtotal: 192, Sold: 0, SoldOffline: 2 });
});

test("Items of the demo wedding: seed shape, pagination and 404 past the end", async ({ request }) => {
  const wedding = await db.registry.findFirstOrThrow({ where: { externalIdentifier: "DEMO-WEDDING-ALEX-SAM" } });
  const all = await (await get(request, `/api/v2/GiftRegistries/${wedding.id}/Items`)).json();
  expect(all).toHaveLength(14);
  for (const item of all) expect(shapeOf(item)).toEqual(shapeOf(SEED_ITEM));
  const page = await get(request, `/api/v2/GiftRegistries/${wedding.id}/Items?limit=5&offset=10`);
  expect(await page.json()).toEqual(all.slice(10));
  await expectRestError(await get(request, `/api/v2/GiftRegistries/${wedding.id}/Items?offset=14`), 404, "NotFound");
  await expectRestError(await get(request, `/api/v2/GiftRegistries/${f.empty}/Items`), 404, "NotFound");
  await expectRestError(await get(request, `/api/v2/GiftRegistries/${wedding.id}/Items?limit=abc`), 400, "limit");
});

test("a custom item, a private registry and an empty registry are rendered; a deactivated one is not", async ({ request }) => {
  const [r1, r2] = f.ids;
  const res = await get(request, `/api/v2/GiftRegistries/${r1}`);
  expect(res.status(), await res.text()).toBe(200);
  const [one] = await res.json();
  expect(one.GiftRegistryItemList[1]).toEqual({
    CatalogID: 0,
    SKU: "",
    ItemName: "Custom gift",
    Listed: 2,
    Price: 9.99,
    Subtotal: 19.98,
    Sold: 0,
    SoldOffline: 0,
  });
  expect(one).toMatchObject({
    Items: 2,
    Sold: 2,
    ShipToAddress: true,
    Event: "03/15/2091 12:00",
    Expires: "06/01/2092 00:00",
    Created: "01/10/2001 10:00",
  });
  const [two] = await (await get(request, `/api/v2/GiftRegistries/${r2}`)).json();
  expect(two).toMatchObject({ ShipToAddress: false, Expires: null, GiftRegistryID: r2 });
  const [empty] = await (await get(request, `/api/v2/GiftRegistries/${f.empty}`)).json();
  expect(empty).toMatchObject({ Items: 0, Sold: 0, GiftRegistryItemList: [] });
  await expectRestError(await get(request, `/api/v2/GiftRegistries/${f.inactive}`), 404, "NotFound");
  await expectRestError(await get(request, `/api/v2/GiftRegistries/${f.inactive}/Items`), 404, "NotFound");
  await expectRestError(await get(request, `/api/v2/GiftRegistries/999999999`), 404, "NotFound");
  expect(await expectRestError(await get(request, `/api/v2/GiftRegistries/abc`), 400, "giftregistryid")).toContain("giftregistryid");
});

test("catalogid and sku filters keep registries listing the product, never the deactivated one", async ({ request }) => {
  const bySku = await get(request, `/api/v2/GiftRegistries?catalogid=&sku=${f.sku}&datestartcreated=&limit=&offset=&countonly=`);
  expect(bySku.status()).toBe(200);
  const list = await bySku.json();
  expect(ids(list)).toEqual(f.ids);
  for (const r of list) expect(shapeOf(r)).toEqual(shapeOf(SEED_REGISTRY));
  expect(ids(await (await get(request, `/api/v2/GiftRegistries?catalogid=${f.product.id}`)).json())).toEqual(f.ids);
  expect(ids(await (await get(request, `/api/v2/GiftRegistries?catalogid=${f.product.id}&sku=${f.sku}`)).json())).toEqual(f.ids);
  await expectRestError(await get(request, `/api/v2/GiftRegistries?catalogid=${f.product.id}&sku=KIT-STAND-MIXER`), 404, "NotFound");
  await expectRestError(await get(request, `/api/v2/GiftRegistries?sku=${f.sku}-nope`), 404, "NotFound");
  await expectRestError(await get(request, `/api/v2/GiftRegistries?catalogid=x1`), 400, "catalogid");
});

test("created, event and expiration ranges, with times and date-only", async ({ request }) => {
  const [r1, r2, r3] = f.ids;
  const list = async (q: string) => ids(await (await get(request, `/api/v2/GiftRegistries?sku=${f.sku}&${q}`)).json());
  expect(await list("datestartcreated=01/15/2001")).toEqual([r2, r3]);
  expect(await list("dateendcreated=01/20/2001")).toEqual([r1, r2]); // date-only end: the whole day
  expect(await list("datestartcreated=01/10/2001 10:00:01&dateendcreated=01/20/2001 10:00:00")).toEqual([r2]);
  expect(await list("datestartevent=03/16/2091")).toEqual([r2]); // no event date never matches a range
  expect(await list("dateendevent=03/15/2091 12:00:00")).toEqual([r1]);
  expect(await list("datestartexpiration=06/02/2092")).toEqual([r3]);
  expect(await list("dateendexpiration=06/01/2092")).toEqual([r1]);
  await expectRestError(await get(request, `/api/v2/GiftRegistries?sku=${f.sku}&datestartevent=03/17/2091`), 404, "NotFound");
  for (const bad of ["datestartcreated=2001-01-15", "dateendevent=02/30/2091", "dateendexpiration=06/01/2092 25:00:00"]) {
    const name = bad.split("=")[0];
    expect(await expectRestError(await get(request, `/api/v2/GiftRegistries?${bad}`), 400, name)).toContain(name);
  }
});

test("limit, offset and countonly", async ({ request }) => {
  const [r1, r2, r3] = f.ids;
  const list = (q: string) => get(request, `/api/v2/GiftRegistries?sku=${f.sku}&${q}`);
  expect(ids(await (await list("limit=2&offset=0")).json())).toEqual([r1, r2]);
  expect(ids(await (await list("limit=2&offset=2")).json())).toEqual([r3]);
  expect(ids(await (await list("limit=500")).json())).toEqual(f.ids);
  await expectRestError(await list("offset=3"), 404, "NotFound");
  for (const [name, value] of [
    ["limit", "0"],
    ["limit", "501"],
    ["limit", "-1"],
    ["limit", "1.5"],
    ["offset", "-1"],
    ["offset", "x"],
    ["countonly", "maybe"],
  ])
    expect(await expectRestError(await list(`${name}=${value}`), 400, name)).toContain(name);
  expect(await (await list("countonly=1")).json()).toEqual({ TotalCount: 3 });
  expect(await (await list("countonly=1&datestartcreated=01/15/2001&offset=99")).json()).toEqual({ TotalCount: 2 });
  const none = await get(request, `/api/v2/GiftRegistries?sku=${f.sku}-none&countonly=1`);
  expect(none.status()).toBe(200);
  expect(await none.json()).toEqual({ TotalCount: 0 });
  const total = await (await get(request, "/api/v2/GiftRegistries?countonly=true")).json();
  expect(total.TotalCount).toBeGreaterThanOrEqual(6); // three demo registries and ours at least
});

test("the /3dCartWebAPI/v2 alias answers exactly like /api/v2", async ({ request }) => {
  for (const path of [
    `/GiftRegistries?sku=${f.sku}`,
    `/GiftRegistries/${f.ids[0]}`,
    `/GiftRegistries/${f.ids[0]}/Items?limit=1&offset=1`,
  ]) {
    const [a, b] = await Promise.all([get(request, `/api/v2${path}`), get(request, `/3dCartWebAPI/v2${path}`)]);
    expect(b.status()).toBe(200);
    expect(await b.json()).toEqual(await a.json());
  }
  await expectRestError(await get(request, "/3dCartWebAPI/v2/GiftRegistries", {}), 401, "Authentication");
});

test("the list is compressed when asked and carries the protective headers", async ({ request, baseURL }) => {
  const path = `/api/v2/GiftRegistries?sku=${f.sku}&limit=500`;
  const plain = await get(request, path, { ...DEMO_HEADERS, "Accept-Encoding": "identity" });
  expect(plain.status()).toBe(200);
  // fetch tells the encoding it received, then decodes: the same answer as the plain one.
  const gz = await fetch(`${baseURL}${path}`, { headers: { ...DEMO_HEADERS, "Accept-Encoding": "gzip" } });
  expect(gz.headers.get("content-encoding")).toBe("gzip");
  expect(gz.headers.get("vary")).toMatch(/Accept-Encoding/i);
  expect(await gz.json()).toEqual(await plain.json());
  const h = plain.headers();
  expect(h["content-encoding"]).toBeUndefined();
  expect(h["content-type"]).toMatch(/^application\/json/);
  expect(h["cache-control"]).toBe("no-store");
  expect(h["x-content-type-options"]).toBe("nosniff");
  expect(h["x-frame-options"]).toBe("DENY");
  // Other methods still reach Next's route: 405.
  expect((await request.post("/api/v2/GiftRegistries", { headers: DEMO_HEADERS, data: {} })).status()).toBe(405);
});

test("API paths match in any letter case, as on IIS; unknown API paths answer JSON 404, never the site's page", async ({ request }) => {
  const wedding = await db.registry.findFirstOrThrow({ where: { externalIdentifier: "DEMO-WEDDING-ALEX-SAM" } });
  const canonical = await (await get(request, `/api/v2/GiftRegistries/${wedding.id}/Items`)).json();
  for (const path of [
    `/api/v2/giftregistries/${wedding.id}/items`,
    `/API/V2/GIFTREGISTRIES/${wedding.id}/ITEMS`,
    `/3dcartwebapi/v2/giftregistries/${wedding.id}/Items`,
  ]) {
    const res = await get(request, path);
    expect(res.status(), path).toBe(200);
    expect(await res.json()).toEqual(canonical);
  }
  const list = await get(request, "/api/v2/giftregistries?limit=2");
  expect(list.status()).toBe(200);
  expect(await list.json()).toHaveLength(2);
  expect((await request.get("/Global/API/GiftRegistry.asmx?wsdl")).headers()["content-type"]).toContain("text/xml");

  for (const path of ["/api/v2/Nothing", "/3dCartWebAPI/v2/GiftRegistries/1/Nothing", "/api/v9", "/global/api/other.asmx"]) {
    const res = await get(request, path);
    expect(res.status(), path).toBe(404);
    expect(res.headers()["content-type"], path).toContain("application/json");
    expect(await res.json()).toEqual([{ Key: "NotFound", Message: expect.stringContaining("No API resource") }]);
  }
  const post = await request.post("/api/v2/Nothing", { data: {} });
  expect(post.status()).toBe(404);
  expect(post.headers()["content-type"]).toContain("application/json");
});
