// The anonymous registry-page and search cache (lib/page-cache.ts): a repeat view is served from
// memory with its own CSP nonce, any change to what the page shows is seen on the very next view, and
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

test("a cached search stays cached while other registries change, and shows a change to what it shows at once", async ({ request }) => {
  const a = await makeRegistry();
  const coLast = a.coLastName.toLowerCase();
  const search = () => view(request, `/search?name=${encodeURIComponent(`quinn ${coLast}`)}`);
  const first = await search();
  expect(first.html).toContain(a.title);
  expect(first.html).toContain("1 registry found");
  expect((await search()).cache).toBe("hit");

  // Registry B is not on the page: editing it (or any other registry) leaves the cached search.
  const b = await makeRegistry();
  await db.registry.update({ where: { id: b.id }, data: { title: `Edited ${b.coLastName}` } });
  expect((await search()).cache).toBe("hit");

  // A is on the page: its edit shows on the very next view.
  await db.registry.update({ where: { id: a.id }, data: { title: `Now called ${coLast}` } });
  const renamed = await search();
  expect(renamed.cache).toBe("miss");
  expect(renamed.html).toContain(`Now called ${coLast}`);

  // A new registry matching the terms appears at once.
  const c = await makeRegistry();
  await db.registry.update({
    where: { id: c.id },
    data: { title: `Also ${coLast}`, coLastName: a.coLastName, searchName: `alex rivera\nquinn ${coLast}` },
  });
  const both = await search();
  expect(both.html).toContain("2 registries found");
  expect(both.html).toContain(`Also ${coLast}`);

  await db.registry.update({ where: { id: a.id }, data: { visibility: "UNLISTED" } });
  await db.registry.update({ where: { id: c.id }, data: { active: false } });
  expect((await search()).html).toContain("No registries match your search");
});

test("parameters a page does not read share its entry: they neither copy it in the cache nor force a fresh render", async ({ request }) => {
  const r = await makeRegistry({ requested: [2, 1] });
  const first = await view(request, `/r/${r.slug}?show=all`);
  expect(first.cache).toBe("miss");
  const junk = await view(request, `/r/${r.slug}?utm_source=mail&show=all&show=needed&x=${Date.now()}`);
  expect(junk.cache).toBe("hit"); // the first "show" counts, as on the page
  expect(junk.html.replaceAll(nonceOf(junk.res)!, "N")).toBe(first.html.replaceAll(nonceOf(first.res)!, "N"));
  // A parameter the page reads is another page.
  expect((await view(request, `/r/${r.slug}?show=all&sort=price-asc`)).cache).toBe("miss");

  const term = r.coLastName.toLowerCase();
  expect((await view(request, `/search?name=${term}`)).cache).toBe("miss");
  const search = await view(request, `/search?ref=${Date.now()}&name=${term}&name=other`);
  expect(search.cache).toBe("hit");
  expect(search.html).toContain(r.title);
});
