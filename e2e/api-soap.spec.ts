import { expect, test } from "@playwright/test";
import { db } from "./fixtures";
import {
  apiUserWith,
  waitForLocks,
  ENDPOINT,
  envelope,
  itemCounts,
  login,
  ownRegistry,
  rawSoap,
  sha256,
  soapClient,
  tag,
} from "./soap-helpers";

test.beforeAll(waitForLocks);

const wedding = () => db.registry.findFirstOrThrow({ where: { externalIdentifier: "DEMO-WEDDING-ALEX-SAM" } });
const ids = (r: { Data?: unknown }) =>
  (r.Data as { int?: unknown } | undefined)?.int === undefined ? [] : [(r.Data as { int: unknown }).int].flat().map(Number);
const registries = (r: { Data?: unknown }) => [(r.Data as { Registry: Record<string, unknown>[] }).Registry].flat();

test("WSDL names the configured address, never a host the request names; the service page lists methods and codes", async ({ request }) => {
  const wsdl = await request.get(`${ENDPOINT}?WSDL`, {
    headers: { host: "evil.example", "x-forwarded-host": "shop.example.com", "x-forwarded-proto": "https" },
  });
  expect(wsdl.headers()["content-type"]).toContain("text/xml");
  const text = await wsdl.text();
  expect(text).not.toContain("shop.example.com");
  expect(text).not.toContain("evil.example");
  for (const binding of ["GiftRegistrySoap", "GiftRegistryHttpGet", "GiftRegistryHttpPost"])
    expect(text).toContain(`<wsdl:binding name="${binding}"`);
  expect(text).toContain('<s:complexType name="RegistryRefund">');
  expect(await (await request.get(`${ENDPOINT}?wsdl`)).text()).toMatch(
    /<soap:address location="http:\/\/127\.0\.0\.1:\d+\/global\/api\/giftregistry\.asmx" \/>/,
  );

  const page = await (await request.get(ENDPOINT)).text();
  for (const m of ["Authenticate", "Search", "GetRegistry", "GetRegistries", "RecordSales", "RecordRefunds"])
    expect(page).toContain(`<h3>${m}</h3>`);
  expect(page).toContain("Not permitted");
});

test("a store system searches, reads, records sales and refunds through a real SOAP client", async ({ baseURL, page }) => {
  const call = await soapClient(baseURL!);
  const token = await login(call);
  const demo = await wedding();

  expect(ids(await call("Search", { authenticationToken: token, name: "alex" }))).toContain(demo.id);
  expect(ids(await call("Search", { authenticationToken: token, name: "Sam Taylor", email: "  " }))).toContain(demo.id);
  expect(ids(await call("Search", { authenticationToken: token, email: "alex@" }))).toContain(demo.id);
  const day = demo.eventDate!.toISOString().slice(0, 10);
  expect(ids(await call("Search", { authenticationToken: token, name: "ALEX", eventDate: `${day}T23:59:00` }))).toEqual([demo.id]);
  expect(ids(await call("Search", { authenticationToken: token, name: "alex", eventDate: "1999-01-01T00:00:00" }))).toEqual([]);
  const none = await call("Search", { authenticationToken: token, name: "zzzz-nobody-at-all" });
  expect(none).toMatchObject({ Success: true, Code: 0 });
  expect(none.Data).toBeUndefined();

  const got = await call("GetRegistry", { authenticationToken: token, registryID: demo.id });
  const [reg] = registries(got) as [Record<string, unknown> & { RegistryItems: { RegistryItem: Record<string, unknown>[] } }];
  expect(reg).toMatchObject({
    ID: demo.id,
    Title: "Alex & Sam's Wedding",
    Active: true,
    Occasion: "Wedding",
    Store: "Online",
    FirstName: "Alex",
    InvitationInserts: 120,
  });
  expect(reg.CoRegistrant).toEqual({ FirstName: "Sam", LastName: "Taylor", Email: "sam@example.com" });
  expect(reg.Address).toMatchObject({ StreetAddress: "42 Orchard Lane", City: "Portland", Country: "USA" });
  expect(reg.Attributes).toEqual({ NameValuePair: [{ Name: "Theme", Value: "Garden" }] });
  expect(reg.RegistryItems.RegistryItem).toHaveLength(14);
  expect(reg.RegistryItems.RegistryItem.find((i) => i.Title === "Stoneware Dinner Plate")).toMatchObject({ Price: 18, Requested: 12 });

  const own = await ownRegistry([{ requested: 5 }, { requested: 2 }]);
  const both = await call("GetRegistries", { authenticationToken: token, registryIDs: { int: [own.id, demo.id] } });
  expect(registries(both).map((r) => r.ID)).toEqual([own.id, demo.id]);

  const [item] = own.items;
  const sale = {
    authenticationToken: token,
    registryID: own.id,
    sales: { RegistrySale: [{ ID: item.id, Quantity: 2, UnitNet: 12.5, Reference: "POS-1001", Comment: "till 3" }] },
  };
  expect(await call("RecordSales", sale)).toMatchObject({ Success: true, Code: 0 });
  expect(await itemCounts(item.id)).toEqual({ purchased: 2, locked: 0 });
  await page.goto(`/r/${own.slug}`);
  await expect(page.getByText("3 of 5 still needed")).toBeVisible();

  const retried = await call("RecordSales", sale);
  expect(retried).toMatchObject({ Success: true, Code: 0 });
  expect(retried.Message).toMatch(/Already recorded/);
  expect(await itemCounts(item.id)).toEqual({ purchased: 2, locked: 0 });
  const record = await db.saleRecord.findFirstOrThrow({ where: { itemId: item.id, kind: "SALE" } });
  expect(record).toMatchObject({ quantity: 2, unitNetCents: 1250, reference: "POS-1001", comment: "till 3", source: "API" });
  const audit = await db.auditLog.findFirstOrThrow({ where: { action: "api.sale", targetId: String(item.id) } });
  expect(audit).toMatchObject({
    actorType: "API_USER",
    actorLabel: "integration",
    before: '{"purchased":0,"locked":0}',
    after: '{"purchased":2,"locked":0}',
  });

  const refund = {
    authenticationToken: token,
    registryID: own.id,
    refunds: { RegistryRefund: [{ ID: item.id, Quantity: 1, UnitNet: 12.5, Reference: "RET-1" }] },
  };
  expect(await call("RecordRefunds", refund)).toMatchObject({ Success: true, Code: 0 });
  expect((await call("RecordRefunds", refund)).Message).toMatch(/Already recorded/);
  expect(await itemCounts(item.id)).toEqual({ purchased: 1, locked: 0 });
  await page.reload();
  await expect(page.getByText("4 of 5 still needed")).toBeVisible();
});

test("bad tokens, missing grants, bad input and impossible counts are Success=false answers that change nothing", async ({ baseURL }) => {
  const call = await soapClient(baseURL!);
  const token = await login(call);
  const own = await ownRegistry([{ requested: 3, purchased: 2, purchasedOffline: 1 }, { requested: 1 }]);
  const other = await ownRegistry([{ requested: 4 }]);
  const [item, second] = own.items;
  const sales = (lines: Record<string, unknown>[], t = token) =>
    call("RecordSales", { authenticationToken: t, registryID: own.id, sales: { RegistrySale: lines } });
  const line = (extra: Record<string, unknown> = {}) => ({
    ID: second.id,
    Quantity: 1,
    UnitNet: 10,
    Reference: `L-${Math.random()}`,
    ...extra,
  });

  expect(await call("Authenticate", { username: "integration", password: "wrong" })).toMatchObject({ Success: false, Code: 1 });
  expect(await call("Search", { authenticationToken: "not-a-token", name: "alex" })).toMatchObject({ Success: false, Code: 1 });
  expect(await sales([line()], "not-a-token")).toMatchObject({ Success: false, Code: 1 });

  const stale = await login(call);
  await waitForLocks();
  await db.apiSession.update({ where: { tokenHash: sha256(stale) }, data: { expiresAt: new Date(Date.now() - 1000) } });
  expect(await sales([line()], stale)).toMatchObject({ Success: false, Code: 2 });

  const reader = await apiUserWith(["Authenticate", "Search"]);
  const readerToken = await login(call, reader.username, reader.password);
  expect(ids(await call("Search", { authenticationToken: readerToken, name: own.lastName }))).toEqual([own.id]);
  expect(await call("GetRegistry", { authenticationToken: readerToken, registryID: own.id })).toMatchObject({ Success: false, Code: 3 });
  expect(await sales([line()], readerToken)).toMatchObject({ Success: false, Code: 3 });
  const noLogin = await apiUserWith(["Search"]);
  expect(await call("Authenticate", noLogin)).toMatchObject({ Success: false, Code: 3 });

  // Refund more than the store sold (2 purchased, 1 of them bought elsewhere).
  const tooMuch = await call("RecordRefunds", {
    authenticationToken: token,
    registryID: own.id,
    refunds: { RegistryRefund: [{ ID: item.id, Quantity: 2, UnitNet: 10, Reference: "R-BIG" }] },
  });
  expect(tooMuch).toMatchObject({ Success: false, Code: 6 });
  expect(await sales([line({ Quantity: 2 })])).toMatchObject({ Success: false, Code: 6 });
  // One good line with one unknown item, or an item of another registry: the good line is not applied either.
  expect(await sales([line(), line({ ID: 99999999 })])).toMatchObject({ Success: false, Code: 4 });
  expect(await sales([line(), line({ ID: other.items[0].id })])).toMatchObject({ Success: false, Code: 4 });
  expect(await call("GetRegistry", { authenticationToken: token, registryID: 99999999 })).toMatchObject({ Success: false, Code: 4 });
  for (const bad of [{ Quantity: 0 }, { UnitNet: -1 }, { UnitNet: 1.234 }, { Reference: "x".repeat(101) }])
    expect(await sales([line(bad)])).toMatchObject({ Success: false, Code: 5 });

  expect(await itemCounts(item.id)).toEqual({ purchased: 2, locked: 0 });
  expect(await itemCounts(second.id)).toEqual({ purchased: 0, locked: 0 });
  expect(await itemCounts(other.items[0].id)).toEqual({ purchased: 0, locked: 0 });
  expect(await db.saleRecord.count({ where: { registryId: { in: [own.id, other.id] } } })).toBe(0);
});

test("malformed XML, DTDs (XXE) and oversized bodies get a SOAP fault, never a crash or a file", async ({ request }) => {
  const broken = await rawSoap(request, envelope("<Authenticate xmlns='http://tempuri.org/'><username>integration</username>"));
  expect(broken.status()).toBe(500);
  expect(await broken.text()).toContain("<soap:Fault>");

  const xxe =
    `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>` +
    envelope(`<Authenticate xmlns="http://tempuri.org/"><username>&xxe;</username><password>x</password></Authenticate>`).replace(
      /^<\?xml[^>]*\?>/,
      "",
    );
  const attack = await rawSoap(request, xxe, "http://tempuri.org/Authenticate");
  expect(attack.status()).toBe(500);
  const text = await attack.text();
  expect(text).toContain("<soap:Fault>");
  expect(text).not.toContain("root:");

  const big = await rawSoap(request, envelope(`<Search xmlns="http://tempuri.org/"><name>${"a".repeat(1_100_000)}</name></Search>`));
  expect(big.status()).toBe(413);

  const wrongAction = await rawSoap(
    request,
    envelope(`<Search xmlns="http://tempuri.org/"><name>a</name></Search>`),
    "http://tempuri.org/RecordSales",
  );
  expect(wrongAction.status()).toBe(500);

  const ok = await rawSoap(
    request,
    envelope(`<Authenticate xmlns="http://tempuri.org/"><username>integration</username><password>demo-password</password></Authenticate>`),
    '"http://tempuri.org/Authenticate"',
  );
  expect(ok.status()).toBe(200);
  expect(tag(await ok.text(), "Success")).toBe("true");
});

test("the same calls over HTTP GET and HTTP POST answer the response object as XML", async ({ request }) => {
  const auth = await (
    await request.get(`${ENDPOINT}/Authenticate`, { params: { username: "integration", password: "demo-password" } })
  ).text();
  expect(auth).toMatch(/^<\?xml[^>]*\?><ApiResponse /);
  const token = tag(auth, "Data")!;
  const demo = await wedding();
  const own = await ownRegistry([{ requested: 2 }]);

  const search = await (
    await request.get(`${ENDPOINT}/Search?authenticationToken=${token}&name=sam+taylor&email=&externalIdentifier=&eventDate=`)
  ).text();
  expect(search).toMatch(/<IntegerArrayApiResponse /);
  expect(search).toContain(`<int>${demo.id}</int>`);
  const one = await (
    await request.post(`${ENDPOINT}/GetRegistry`, { form: { authenticationToken: token, registryID: String(own.id) } })
  ).text();
  expect(one).toMatch(/<GiftRegistryApiResponse /);
  expect(one).toContain(`<Title>${own.title}</Title>`);
  const many = await (
    await request.get(`${ENDPOINT}/GetRegistries?authenticationToken=${token}&registryIDs=${own.id}&registryIDs=${demo.id}`)
  ).text();
  expect(many.match(/<Registry>/g)).toHaveLength(2);
  expect(
    tag(await (await request.get(`${ENDPOINT}/GetRegistry`, { params: { authenticationToken: token, registryID: "abc" } })).text(), "Code"),
  ).toBe("5");

  const item = own.items[0];
  const form = {
    authenticationToken: token,
    registryID: String(own.id),
    "sales[0].ID": String(item.id),
    "sales[0].Quantity": "1",
    "sales[0].UnitNet": "9.99",
    "sales[0].Reference": "WEB-FORM-1",
  };
  // A GET must never record a sale (links and prefetchers follow GETs).
  expect(tag(await (await request.get(`${ENDPOINT}/RecordSales`, { params: form })).text(), "Code")).toBe("5");
  expect(await itemCounts(item.id)).toEqual({ purchased: 0, locked: 0 });
  const sold = await (await request.post(`${ENDPOINT}/RecordSales`, { form })).text();
  expect(tag(sold, "Success")).toBe("true");
  expect(await itemCounts(item.id)).toEqual({ purchased: 1, locked: 0 });
  expect(
    tag(await (await request.post(`${ENDPOINT}/RecordSales`, { form: { ...form, authenticationToken: "nope" } })).text(), "Code"),
  ).toBe("1");
});

test("parallel RecordSales never sell more than is still available", async ({ baseURL }) => {
  const call = await soapClient(baseURL!);
  const token = await login(call);
  const own = await ownRegistry([{ requested: 6, locked: 1 }]);
  const item = own.items[0];
  const results = await Promise.all(
    Array.from({ length: 10 }, (_, i) =>
      call("RecordSales", {
        authenticationToken: token,
        registryID: own.id,
        sales: { RegistrySale: [{ ID: item.id, Quantity: 1, UnitNet: 5, Reference: `PAR-${i}` }] },
      }),
    ),
  );
  expect(results.filter((r) => r.Success)).toHaveLength(5);
  expect(results.filter((r) => !r.Success).every((r) => r.Code === 6)).toBe(true);
  expect(await itemCounts(item.id)).toEqual({ purchased: 5, locked: 1 });
  expect(await db.saleRecord.count({ where: { itemId: item.id } })).toBe(5);
});

test("a body over 1 MB sent without a length (chunked) gets 413 too, and the server goes on; answers are gzipped when asked", async ({
  baseURL,
  request,
}) => {
  const http = await import("node:http");
  const status = await new Promise<number>((resolve, reject) => {
    const req = http.request(
      `${baseURL}${ENDPOINT}`,
      { method: "POST", headers: { "content-type": "text/xml; charset=utf-8", "transfer-encoding": "chunked" } },
      (res) => {
        res.resume();
        res.on("end", () => resolve(res.statusCode ?? 0));
      },
    );
    req.on("error", reject);
    const chunk = "a".repeat(64 * 1024);
    req.write(
      `<?xml version="1.0"?><soap:Envelope xmlns:soap="http://schemas.xmlsoap.org/soap/envelope/"><soap:Body><Search xmlns="http://tempuri.org/"><name>`,
    );
    for (let i = 0; i < 20; i++) req.write(chunk);
    req.end("</name></Search></soap:Body></soap:Envelope>");
  });
  expect(status).toBe(413);
  const body = envelope(
    `<Authenticate xmlns="http://tempuri.org/"><username>integration</username><password>demo-password</password></Authenticate>`,
  );
  const gz = await fetch(`${baseURL}${ENDPOINT}`, {
    method: "POST",
    headers: { "content-type": "text/xml; charset=utf-8", "accept-encoding": "gzip" },
    body,
  });
  expect(gz.status).toBe(200);
  const text = await gz.text();
  expect(tag(text, "Success")).toBe("true");
  if (text.length >= 1024) expect(gz.headers.get("content-encoding")).toBe("gzip");
  expect((await rawSoap(request, body)).status()).toBe(200);
});
