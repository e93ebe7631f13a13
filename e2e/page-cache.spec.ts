// The anonymous registry-page cache (lib/page-cache.ts): a repeat view is served from
// memory with its own CSP nonce, any change to the registry shows on the very next view, and
// nothing personal (signed-in visitors, private registries, client navigations) is ever cached.
import { expect, test, type APIResponse } from "@playwright/test";
import { db, makeRegistry, signIn } from "./fixtures";

const nonceOf = (res: APIResponse) => /'nonce-([^']+)'/.exec(res.headers()["content-security-policy"] ?? "")?.[1];

async function view(request: import("@playwright/test").APIRequestContext, path: string) {
  const res = await request.get(path, { headers: { cookie: "" }, maxRedirects: 0 });
  return { res, html: await res.text(), cache: res.headers()["x-page-cache"] };
}

test("a repeat view comes from the cache with a fresh nonce on every script", async ({ request }) => {
  const r = await makeRegistry({ requested: [4, 1] });
  const first = await view(request, `/r/${r.slug}`);
  const second = await view(request, `/r/${r.slug}`);
  expect(first.res.status()).toBe(200);
  expect(first.cache).toBe("miss");
  expect(second.cache).toBe("hit");
  const [n1, n2] = [nonceOf(first.res), nonceOf(second.res)];
  expect(n1).toBeTruthy();
  expect(n2).not.toBe(n1);
  // Every nonce in the cached HTML is this response's, none is the first response's.
  const nonces = [...second.html.matchAll(/nonce="([^"]+)"/g)].map((m) => m[1]);
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([n2]));
  expect(second.html).not.toContain(n1!);
  expect(second.res.headers()["link"] ?? "").not.toContain(n1!);
  expect(second.html.replaceAll(n2!, "N")).toBe(first.html.replaceAll(n1!, "N"));
});

test("a purchase, a store sale or a direct database change shows on the very next view", async ({ request }) => {
  const r = await makeRegistry({ requested: [4, 1] });
  const [a] = r.items;
  const needed = (html: string) => /(\d+) of 4 still needed/.exec(html)?.[1];
  await view(request, `/r/${r.slug}`);
  expect(needed((await view(request, `/r/${r.slug}`)).html)).toBe("4");

  const order = await request.post("/api/checkout", {
    data: {
      slug: r.slug,
      buyerName: "Cache Buyer",
      buyerEmail: "cache@example.com",
      giftMessage: "",
      shipToRegistrant: true,
      lines: [{ itemId: a.id, quantity: 1 }],
    },
  });
  expect(order.status()).toBe(201);
  const afterOrder = await view(request, `/r/${r.slug}`);
  expect(afterOrder.cache).toBe("miss");
  expect(needed(afterOrder.html)).toBe("3");

  // Written behind the app's back (another process, raw SQL): the database triggers still tell.
  await db.$executeRaw`UPDATE "RegistryItem" SET "purchased" = "purchased" + 2 WHERE "id" = ${a.id}`;
  expect(needed((await view(request, `/r/${r.slug}`)).html)).toBe("1");
  await db.registry.update({ where: { id: r.id }, data: { title: `Renamed ${r.title}` } });
  expect((await view(request, `/r/${r.slug}`)).html).toContain(`Renamed ${r.title}`);
  await db.registry.update({ where: { id: r.id }, data: { active: false } });
  const gone = await view(request, `/r/${r.slug}`);
  expect(gone.res.status()).toBe(404);
  expect(gone.cache).toBeUndefined();
});

test("signed-in visitors, private registries and client navigations are never cached", async ({ page, request }) => {
  const r = await makeRegistry();
  await view(request, `/r/${r.slug}`);
  expect((await view(request, `/r/${r.slug}`)).cache).toBe("hit");

  await signIn(page, "jordan@example.com");
  const signedIn = await page.goto(`/r/${r.slug}`);
  expect(signedIn?.headers()["x-page-cache"]).toBeUndefined();
  await expect(page.locator("summary", { hasText: /Jordan/ })).toBeVisible();

  const rsc = await request.get(`/r/${r.slug}`, { headers: { rsc: "1" } });
  expect(rsc.headers()["x-page-cache"]).toBeUndefined();

  const locked = await makeRegistry({ visibility: "PRIVATE", accessCode: "letmein" });
  for (let i = 0; i < 2; i++) {
    const res = await view(request, `/r/${locked.slug}`);
    expect(res.res.status()).toBe(307);
    expect(res.cache).toBeUndefined();
  }
});

test("guest search is cached until any registry changes, then shows the change at once", async ({ request }) => {
  const r = await makeRegistry();
  const coLast = r.coLastName.toLowerCase();
  const search = () => view(request, `/search?name=${encodeURIComponent(`quinn ${coLast}`)}`);
  const first = await search();
  expect(first.html).toContain(r.title);
  // Another worker's test may change some registry in between (the key covers all of them): ask again.
  await expect.poll(async () => (await search()).cache, { timeout: 5000 }).toBe("hit");
  await db.registry.update({ where: { id: r.id }, data: { title: `Now called ${coLast}` } });
  const renamed = await search();
  expect(renamed.cache).toBe("miss");
  expect(renamed.html).toContain(`Now called ${coLast}`);
  await db.registry.update({ where: { id: r.id }, data: { visibility: "UNLISTED" } });
  expect((await search()).html).toContain("No registries match your search");
});
