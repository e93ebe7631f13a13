import { expect, test } from "@playwright/test";
import { db } from "./fixtures";
import { checkAgainstSchema } from "../lib/api/rest/openapi-check";
import { DEMO_HEADERS, expectRestError, newCredential } from "./api-rest-helpers";

const AUTH_FAILURE = [{ Key: "Authentication", Message: "Authentication failure" }];

test("missing, wrong and revoked credentials get 401 with one fixed body", async ({ request }) => {
  const revoked = await newCredential({ revoked: true });
  const attempts: Record<string, string>[] = [
    {},
    { PrivateKey: "demo-private-key" },
    { Token: "demo-token" },
    { PrivateKey: "wrong", Token: "demo-token" },
    { PrivateKey: "demo-private-key", Token: "wrong" },
    revoked.headers,
  ];
  for (const headers of attempts)
    for (const path of ["/api/v2/GiftRegistries", "/api/v2/GiftRegistries/1", "/api/v2/GiftRegistries/abc/Items"]) {
      const res = await request.get(path, { headers });
      expect(res.status(), `${path} ${JSON.stringify(headers)}`).toBe(401);
      expect(await res.json()).toEqual(AUTH_FAILURE);
    }
});

test("a fresh credential works and records when it was last used", async ({ request }) => {
  const cred = await newCredential();
  const res = await request.get("/api/v2/GiftRegistries?countonly=1", { headers: { ...cred.headers, SecureURL: "ignored" } });
  expect(res.status()).toBe(200);
  const used = (await db.apiCredential.findUniqueOrThrow({ where: { id: cred.id } })).lastUsedAt;
  expect(Math.abs(Date.now() - (used?.getTime() ?? 0))).toBeLessThan(60_000);
});

test("each credential has its own rate limit: 429 with Retry-After, others unaffected", async ({ request }) => {
  test.setTimeout(90_000);
  const limit = Number(process.env.REST_RATE_LIMIT_PER_MINUTE) || 600;
  const cred = await newCredential();
  // id 0 fails validation after auth and rate limiting: the cheapest request that still counts.
  // A few at a time: SQLite writers of tests running in parallel need gaps between our reads.
  const path = "/api/v2/GiftRegistries/0";
  for (let sent = 0; sent < limit; sent += 2) {
    const batch = Array.from({ length: Math.min(2, limit - sent) }, () => request.get(path, { headers: cred.headers }));
    for (const res of await Promise.all(batch)) expect(res.status()).toBe(400);
  }
  const limited = await request.get(path, { headers: cred.headers });
  await expectRestError(limited, 429, "RateLimit");
  const retryAfter = Number(limited.headers()["retry-after"]);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect((await request.get("/api/v2/GiftRegistries?countonly=1", { headers: DEMO_HEADERS })).status()).toBe(200);
});

test("the OpenAPI description is well-formed and matches real responses", async ({ request }) => {
  const res = await request.get("/api/v2/openapi.json");
  expect(res.status()).toBe(200);
  const doc = await res.json();
  expect(doc.openapi).toMatch(/^3\./);
  expect(Object.keys(doc.paths).sort()).toEqual([
    "/GiftRegistries",
    "/GiftRegistries/{giftregistryid}",
    "/GiftRegistries/{giftregistryid}/Items",
  ]);
  const wedding = await db.registry.findFirstOrThrow({ where: { externalIdentifier: "DEMO-WEDDING-ALEX-SAM" } });
  const ok = (path: string, status = "200") => doc.paths[path].get.responses[status].content["application/json"].schema;
  const call = async (url: string) => (await request.get(`/api/v2${url}`, { headers: DEMO_HEADERS })).json();

  expect(checkAgainstSchema(doc, ok("/GiftRegistries"), await call("/GiftRegistries?limit=500"))).toEqual([]);
  expect(checkAgainstSchema(doc, ok("/GiftRegistries"), await call("/GiftRegistries?countonly=1"))).toEqual([]);
  expect(checkAgainstSchema(doc, ok("/GiftRegistries/{giftregistryid}"), await call(`/GiftRegistries/${wedding.id}`))).toEqual([]);
  expect(checkAgainstSchema(doc, ok("/GiftRegistries/{giftregistryid}/Items"), await call(`/GiftRegistries/${wedding.id}/Items`))).toEqual(
    [],
  );
  expect(checkAgainstSchema(doc, ok("/GiftRegistries", "400"), await call("/GiftRegistries?limit=x"))).toEqual([]);
  expect(checkAgainstSchema(doc, ok("/GiftRegistries/{giftregistryid}", "404"), await call("/GiftRegistries/999999999"))).toEqual([]);
  // Every documented query parameter is read: a malformed value of each gets a 400 naming it.
  for (const p of doc.paths["/GiftRegistries"].get.parameters.filter((q: { in: string }) => q.in === "query")) {
    if (p.name === "sku") continue; // any text is a valid SKU
    const bad = await request.get(`/api/v2/GiftRegistries?${p.name}=%3F%3F`, { headers: DEMO_HEADERS });
    expect((await expectRestError(bad, 400, p.name)).length, p.name).toBeGreaterThan(0);
  }
});
