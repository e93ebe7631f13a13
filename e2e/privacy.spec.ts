// The delivery address and (in surprise mode) buyers' identities never reach a guest page, a guest
// API answer, a client bundle or the registrant's own pages before the reveal. Store systems with
// credentials legitimately get the delivery address: checked too, so the search itself is proven.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { db, signIn, unique } from "./fixtures";
import { DEMO_HEADERS } from "./api-rest-helpers";
import { ENDPOINT, envelope, rawSoap, waitForLocks } from "./soap-helpers";

async function surpriseRegistry() {
  const u = unique("priv").replace(/\D/g, "");
  const alex = await db.user.findUniqueOrThrow({ where: { email: "alex@example.com" } });
  await waitForLocks();
  const r = await db.registry.create({
    data: {
      slug: `priv${u}`.slice(0, 32),
      title: `Privacy test ${u}`,
      ownerId: alex.id,
      firstName: "Alex",
      lastName: `Priv${u}`,
      email: alex.email,
      searchName: `alex priv${u}`,
      searchEmail: alex.email,
      visibility: "PUBLIC",
      surpriseMode: true,
      addrStreet: `${u} Hidden Lane`,
      addrStreet2: `Flat Secret${u}`,
      addrPhone: `+1555${u.slice(-7)}`,
      addrCity: "Porto",
      items: { create: [{ title: `Kettle ${u}`, priceCents: 3000, requested: 3, locked: 1 }] },
    },
    include: { items: true },
  });
  await waitForLocks();
  const order = await db.order.create({
    data: {
      registryId: r.id,
      buyerName: `Buyer Incognito${u}`,
      buyerEmail: `incognito${u}@example.com`,
      giftMessage: `Secret note ${u}`,
      totalCents: 3000,
      lines: { create: [{ itemId: r.items[0].id, title: r.items[0].title, quantity: 1, unitCents: 3000 }] },
    },
  });
  const address = [r.addrStreet, r.addrStreet2, r.addrPhone];
  const buyer = [order.buyerName, order.buyerEmail, order.giftMessage];
  return { r, order, address, buyer };
}

function expectAbsent(where: string, text: string, secrets: string[]) {
  for (const s of secrets) expect(text.includes(s), `${where} leaks "${s}"`).toBe(false);
}

async function scriptsOf(request: APIRequestContext, html: string) {
  const srcs = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]).filter((s) => s.startsWith("/_next/"));
  return Promise.all([...new Set(srcs)].map(async (s) => (await request.get(s)).text()));
}

test("guest pages, guest API answers and bundles carry neither the street address nor the buyers", async ({ request }) => {
  const { r, order, address, buyer } = await surpriseRegistry();
  const secrets = [...address, ...buyer];
  const pages = [
    "/",
    `/search?name=${encodeURIComponent(r.lastName)}`,
    `/r/${r.slug}`,
    `/r/${r.slug}/checkout`,
    `/r/${r.slug}/report`,
    `/r/${r.slug}/elsewhere/${r.items[0].id}`,
    `/r/${r.slug}/thanks/${order.id}`,
  ];
  for (const path of pages) {
    const res = await request.get(path);
    const html = await res.text();
    expectAbsent(path, html, secrets);
    for (const js of await scriptsOf(request, html)) expectAbsent(`bundle of ${path}`, js, secrets);
  }
  const searchHtml = await (await request.get(`/search?name=${encodeURIComponent(r.lastName)}`)).text();
  expect(searchHtml).toContain(r.title); // the search did find it: the absence above means something

  // Without credentials the APIs answer nothing about the registry.
  for (const path of [`/api/v2/GiftRegistries/${r.id}`, `/api/v2/GiftRegistries/${r.id}/Items`])
    expectAbsent(path, await (await request.get(path)).text(), secrets);
  const soap = await rawSoap(
    request,
    envelope(
      `<GetRegistry xmlns="http://tempuri.org/"><authenticationToken>guess</authenticationToken><registryID>${r.id}</registryID></GetRegistry>`,
    ),
  );
  expectAbsent("SOAP without a token", await soap.text(), secrets);

  // A store system with credentials gets the delivery address (its job), still never the buyers.
  const store = await (await request.get(`/api/v2/GiftRegistries/${r.id}`, { headers: DEMO_HEADERS })).text();
  expect(store).toContain(r.addrStreet);
  expectAbsent("REST with credentials", store, buyer);
});

test("in surprise mode the registrant's own pages do not show who bought or what they wrote", async ({ page }) => {
  const { r, buyer } = await surpriseRegistry();
  await signIn(page, "alex@example.com");
  for (const path of [
    "/dashboard",
    `/dashboard/registries/${r.id}`,
    `/dashboard/registries/${r.id}/thank-you`,
    `/dashboard/registries/${r.id}/edit`,
  ]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBeLessThan(400);
    expectAbsent(path, await page.content(), buyer);
    expectAbsent(`${path} (raw)`, await res!.text(), buyer);
  }
  // Control: the registrant does see their own delivery address in the editor.
  await page.goto(`/dashboard/registries/${r.id}/edit`);
  await expect(page.getByLabel(/street/i).first()).toHaveValue(r.addrStreet);
});

test("SOAP answers to store systems never carry buyers' identities", async ({ request }) => {
  const { r, buyer } = await surpriseRegistry();
  const auth = await rawSoap(
    request,
    envelope(`<Authenticate xmlns="http://tempuri.org/"><username>integration</username><password>demo-password</password></Authenticate>`),
  );
  const token = /<Data>([^<]+)<\/Data>/.exec(await auth.text())![1];
  const body = await (
    await request.get(`${ENDPOINT}/GetRegistry`, { params: { authenticationToken: token, registryID: String(r.id) } })
  ).text();
  expect(body).toContain(r.title);
  expectAbsent("SOAP GetRegistry", body, buyer);
});
