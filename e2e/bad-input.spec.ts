// Hostile input over HTTP: random REST query parameters and SOAP bodies (malformed, XXE, huge,
// hostile values). Never a 500 except a SOAP Fault, always a clear error, never a change.
import { expect, test, type APIRequestContext } from "@playwright/test";
import fc from "fast-check";
import { newCredential } from "./api-rest-helpers";
import { apiUserWith, ENDPOINT, envelope, itemCounts, ownRegistry, rawSoap, tag } from "./soap-helpers";
import { hostileString } from "../tests/security/hostile-values";

// URLs over ~16 kB are refused by Node itself (431/414) before the app; keep values below that.
const httpString = hostileString.filter((s) => s.length <= 4000);
const REST_PARAMS = [
  "catalogid",
  "sku",
  "datestartcreated",
  "dateendcreated",
  "datestartevent",
  "dateendevent",
  "datestartexpiration",
  "dateendexpiration",
  "limit",
  "offset",
  "countonly",
];
const RUNS = { numRuns: 50 };

// Hundreds of calls: from an address of their own (the suite's server trusts one proxy hop), so the
// per-address SOAP budget other specs share is left alone.
test.use({ extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${process.pid % 250}-bad-input` } });

test("REST: random and hostile query parameters get 200, 400 naming the parameter, or 404 — never 500", async ({ request }) => {
  const { headers } = await newCredential(); // its own budget, so other specs keep theirs
  const query = fc.dictionary(fc.constantFrom(...REST_PARAMS), httpString, { minKeys: 1, maxKeys: 4 });
  await fc.assert(
    fc.asyncProperty(query, async (params) => {
      const res = await request.get("/api/v2/GiftRegistries", { headers, params });
      expect([200, 400, 404], JSON.stringify(params).slice(0, 200)).toContain(res.status());
      const body = await res.json();
      if (res.status() === 400) {
        expect(Array.isArray(body)).toBe(true);
        for (const e of body) {
          expect(Object.keys(params)).toContain(e.Key);
          expect(e.Message).toContain(e.Key);
        }
      }
    }),
    RUNS,
  );
});

test("REST: hostile registry ids in the path get 400 or 404 — never 500", async ({ request }) => {
  const { headers } = await newCredential();
  await fc.assert(
    fc.asyncProperty(
      httpString.filter((s) => s.length > 0),
      async (id) => {
        for (const path of [`/api/v2/GiftRegistries/${encodeURIComponent(id)}`, `/api/v2/GiftRegistries/${encodeURIComponent(id)}/Items`]) {
          const res = await request.get(path, { headers });
          expect([200, 400, 404], path.slice(0, 200)).toContain(res.status());
          if (res.status() !== 200) expect((await res.json())[0]).toMatchObject({ Key: expect.any(String), Message: expect.any(String) });
        }
      },
    ),
    { numRuns: 25 },
  );
});

function expectSoapAnswer(status: number, body: string) {
  if (status >= 500) expect(body, "a 5xx must be a SOAP Fault").toContain("<soap:Fault>");
  expect([200, 400, 413, 415, 500], body.slice(0, 200)).toContain(status);
  expect(body).not.toMatch(/at \w+ \(|node_modules|Prisma|root:x:0/); // no stack, no internals, no file contents
}

const SOAP_BODIES = [
  "",
  "not xml at all",
  "<soap:Envelope",
  `<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>${envelope(`<Search xmlns="http://tempuri.org/"><name>&xxe;</name></Search>`)}`,
  `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>${envelope(`<Search xmlns="http://tempuri.org/"><name>&lol3;</name></Search>`)}`,
  envelope(`<Search xmlns="http://tempuri.org/"><name>${"<a>".repeat(5000)}</name></Search>`),
  envelope(`<Search xmlns="http://tempuri.org/"><name>${"x".repeat(3_000_000)}</name></Search>`),
  envelope(`<Nope xmlns="http://tempuri.org/"/>`),
  envelope(""),
];

test("SOAP: malformed, XXE, entity-bomb and huge bodies get a SOAP Fault or a clean answer", async ({ request }) => {
  for (const body of SOAP_BODIES) {
    const res = await rawSoap(request, body);
    expectSoapAnswer(res.status(), await res.text());
  }
  await fc.assert(
    fc.asyncProperty(fc.string({ maxLength: 300 }), async (garbage) => {
      const res = await rawSoap(request, garbage);
      expectSoapAnswer(res.status(), await res.text());
    }),
    RUNS,
  );
});

const xmlText = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

async function token(request: APIRequestContext, username: string, password: string) {
  const res = await rawSoap(
    request,
    envelope(`<Authenticate xmlns="http://tempuri.org/"><username>${username}</username><password>${password}</password></Authenticate>`),
  );
  return tag(await res.text(), "Data") ?? "";
}

test("SOAP: hostile values in RecordSales, Search and GetRegistry change nothing and answer a code", async ({ request }) => {
  const user = await apiUserWith(["Authenticate", "Search", "GetRegistry", "RecordSales"]);
  const auth = await token(request, user.username, user.password);
  const own = await ownRegistry([{ requested: 3 }]);
  const item = own.items[0];
  const value = fc.oneof(httpString, fc.constantFrom("-1", "0", "1.5", "1e9", "NaN", "", "  ", "99999999999999999999"));
  await fc.assert(
    fc.asyncProperty(value, value, value, value, async (registryID, quantity, unitNet, reference) => {
      fc.pre(registryID.trim() !== String(own.id));
      const sale = `<sales><RegistrySale><ID>${item.id}</ID><Quantity>${xmlText(quantity)}</Quantity><UnitNet>${xmlText(unitNet)}</UnitNet><Reference>${xmlText(reference)}</Reference></RegistrySale></sales>`;
      const calls = [
        `<RecordSales xmlns="http://tempuri.org/"><authenticationToken>${auth}</authenticationToken><registryID>${xmlText(registryID)}</registryID>${sale}</RecordSales>`,
        `<Search xmlns="http://tempuri.org/"><authenticationToken>${auth}</authenticationToken><name>${xmlText(reference)}</name><eventDate>${xmlText(unitNet)}</eventDate></Search>`,
        `<GetRegistry xmlns="http://tempuri.org/"><authenticationToken>${auth}</authenticationToken><registryID>${xmlText(registryID)}</registryID></GetRegistry>`,
      ];
      for (const call of calls) {
        const res = await rawSoap(request, envelope(call));
        const text = await res.text();
        expectSoapAnswer(res.status(), text);
        if (res.status() === 200) expect(tag(text, "Code")).toMatch(/^[0-5]$/);
      }
      // The registry id never matches ours (it is hostile), so no sale may have landed.
      expect(await itemCounts(item.id)).toEqual({ purchased: 0, locked: 0 });
    }),
    RUNS,
  );
});

test("SOAP: RecordSales on a real registry with hostile lines changes counts only when it answers Success", async ({ request }) => {
  const user = await apiUserWith(["Authenticate", "RecordSales"]);
  const auth = await token(request, user.username, user.password);
  const own = await ownRegistry([{ requested: 1000 }]);
  const item = own.items[0];
  const value = fc.oneof(httpString, fc.constantFrom("-1", "0", "0.5", "1.5", "-0", "1e2", "NaN", "Infinity", "", "2147483648", "1.999"));
  await fc.assert(
    fc.asyncProperty(value, value, async (quantity, unitNet) => {
      const before = await itemCounts(item.id);
      const sale = `<sales><RegistrySale><ID>${item.id}</ID><Quantity>${xmlText(quantity)}</Quantity><UnitNet>${xmlText(unitNet)}</UnitNet><Reference>R-${Math.random()}</Reference></RegistrySale></sales>`;
      const res = await rawSoap(
        request,
        envelope(
          `<RecordSales xmlns="http://tempuri.org/"><authenticationToken>${auth}</authenticationToken><registryID>${own.id}</registryID>${sale}</RecordSales>`,
        ),
      );
      const text = await res.text();
      expectSoapAnswer(res.status(), text);
      const after = await itemCounts(item.id);
      if (tag(text, "Success") === "true") {
        expect(quantity.trim()).toMatch(/^\d+$/);
        expect(after.purchased - before.purchased).toBe(Number(quantity.trim()));
      } else {
        expect(tag(text, "Code")).toBe("5");
        expect(after).toEqual(before);
      }
    }),
    RUNS,
  );
});

// Found on PostgreSQL: text holding NUL cannot be stored or compared there (an internal error).
test("a NUL character is refused as bad input on every entry point, on either database", async ({ request }) => {
  const { headers } = await newCredential();
  const rest = await request.get("/api/v2/GiftRegistries", { headers, params: { sku: "a\u0000b" } });
  expect(rest.status()).toBe(400);
  expect((await rest.json())[0].Key).toBe("sku");
  const search = await request.get("/search?name=a%00b");
  expect(search.status()).toBe(200);
  expect(await search.text()).toContain("NUL character");
  const user = await apiUserWith(["Authenticate", "Search"]);
  const auth = await token(request, user.username, user.password);
  const soap = await (await request.post(`${ENDPOINT}/Search`, { form: { authenticationToken: auth, name: "a\u0000b" } })).text();
  expect(tag(soap, "Code")).toBe("5");
});
