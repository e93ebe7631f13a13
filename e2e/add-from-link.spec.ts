// "Add from a link": a fixture shop on 127.0.0.1:3532 (the one private host:port the test server may
// read, URL_IMPORT_ALLOWED_HOSTS in playwright.config.ts) serves pages modelled on real shops, and
// the refusals: redirects to private addresses, a huge page, a slow page, a shop that blocks us.
import { readFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import sharp from "sharp";
import { db, gotoReady, signIn, unique } from "./fixtures";

const SHOP_PORT = 3532; // as in playwright.config.ts
const SHOP = `http://127.0.0.1:${SHOP_PORT}`;
const APP_PORT = Number(process.env.E2E_PORT ?? 3210);
const PASSWORD = "a-good-password-1";
const fixture = (name: string) => readFileSync(path.join(import.meta.dirname, "fixtures/shop", name));

// One worker runs this file: the fixture shop listens on a fixed port.
test.describe.configure({ mode: "serial" });

let shop: http.Server;
/** Every request the shop saw: its path and User-Agent (a browser's would mean the page hot-linked the shop). */
const hits: { path: string; agent: string }[] = [];

test.beforeAll(async () => {
  const png = await sharp({ create: { width: 48, height: 48, channels: 3, background: "#b4463a" } })
    .png()
    .toBuffer();
  shop = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", SHOP);
    hits.push({ path: url.pathname, agent: req.headers["user-agent"] ?? "" });
    const html = (body: Buffer | string, status = 200) => {
      res.writeHead(status, { "content-type": "text/html; charset=utf-8", "set-cookie": "shop_session=abc; Path=/" });
      res.end(body);
    };
    const redirect = (to: string) => {
      res.writeHead(302, { location: to });
      res.end();
    };
    switch (url.pathname) {
      case "/products/pour-over-set":
        return html(fixture("jsonld.html"));
      case "/cdn/shop/files/pour-over.png":
        res.writeHead(200, { "content-type": "image/png" });
        return res.end(png);
      case "/throw":
        return html(fixture("og-only.html"));
      case "/dutch-oven":
        return html(fixture("microdata.html"));
      case "/about":
        return html(fixture("neither.html"));
      case "/go/private":
        return redirect("http://127.0.0.1:3533/admin");
      case "/go/metadata":
        return redirect("http://169.254.169.254/latest/meta-data/");
      case "/go/app":
        return redirect(`http://127.0.0.1:${APP_PORT}/dashboard`);
      case "/huge":
        return html(Buffer.alloc(3 * 1024 * 1024, "<p>sale</p>"));
      case "/slow":
        return void setTimeout(() => html(fixture("jsonld.html")), 5000);
      case "/forbidden":
        return html("<h1>Forbidden</h1>", 403);
      case "/captcha":
        return html(fixture("captcha.html"));
      default:
        return html("<h1>Not found</h1>", 404);
    }
  });
  await new Promise<void>((resolve) => shop.listen(SHOP_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  shop.closeAllConnections();
  await new Promise((resolve) => shop.close(resolve));
});

async function registrantWithRegistries(count = 1) {
  const email = `${unique("importer")}@example.com`;
  const user = await db.user.create({ data: { email, firstName: "Ima", lastName: "Porter", passwordHash: await hash(PASSWORD) } });
  const registries = [];
  for (let i = 0; i < count; i++)
    registries.push(
      await db.registry.create({
        data: {
          slug: unique("imp")
            .replace(/[^a-z0-9]/g, "")
            .slice(0, 24),
          title: `Imports ${i + 1} ${unique("r").slice(-6)}`,
          ownerId: user.id,
          firstName: "Ima",
          lastName: "Porter",
          email,
        },
      }),
    );
  return { email, user, registries };
}

const linkForm = (page: Page) => page.getByRole("form", { name: "Add from a link" });
const review = (page: Page) => page.getByRole("form", { name: "Check the gift and save" });

async function readLink(page: Page, link: string) {
  const field = linkForm(page).getByLabel("Link to a product in any shop");
  await field.fill(link);
  // Typing clears the last link's message, so the next one seen is this link's.
  if (/^https?:/.test(link)) await expect(field).not.toHaveAttribute("aria-invalid", "true");
  await linkForm(page).getByRole("button", { name: "Fill in from the link" }).click();
}

test("import a gift from a shop's JSON-LD page: review the details, save, and guests see it from that shop", async ({ page }) => {
  const { email, registries } = await registrantWithRegistries();
  const registry = registries[0];
  await signIn(page, email, PASSWORD);
  await gotoReady(page, `/dashboard/registries/${registry.id}`);
  const before = hits.length;
  await readLink(page, `${SHOP}/products/pour-over-set`);

  const form = review(page);
  await expect(form.getByLabel("Gift name")).toHaveValue("Stoneware Pour-Over Coffee Set");
  await expect(form.getByLabel("Price (USD)")).toHaveValue("64.00");
  await expect(form.getByLabel("Shop name")).toHaveValue("Harbour & Kiln");
  await expect(form.getByLabel("Link to the product")).toHaveValue(`${SHOP}/products/pour-over-set`);
  // The preview is the photo's bytes as fetched by the server, not the shop's address.
  await expect(form.getByRole("img", { name: "The shop's photo of the gift" })).toHaveAttribute("src", /^data:image\/png;base64,/);
  await form.getByLabel("Quantity wanted").fill("2");
  await form.getByRole("button", { name: "Add gift" }).click();
  await expect(linkForm(page).getByText("Gift added.")).toBeVisible();

  const item = await db.registryItem.findFirstOrThrow({ where: { registryId: registry.id } });
  expect(item).toMatchObject({
    title: "Stoneware Pour-Over Coffee Set",
    priceCents: 6400,
    requested: 2,
    shopName: "Harbour & Kiln",
    url: `${SHOP}/products/pour-over-set`,
    imageUrl: "", // never a link to the shop's photo
  });
  // Page and photo for the review, the photo again on save: all by the server, none by the browser.
  const seen = hits.slice(before);
  expect(seen.map((h) => h.path)).toEqual(["/products/pour-over-set", "/cdn/shop/files/pour-over.png", "/cdn/shop/files/pour-over.png"]);
  expect(seen.every((h) => h.agent.startsWith("WishwellLinkImport/"))).toBe(true);

  await gotoReady(page, `/r/${registry.slug}`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Stoneware Pour-Over Coffee Set" }) });
  const from = card.getByRole("link", { name: /^From Harbour & Kiln/ });
  await expect(from).toHaveAttribute("href", `${SHOP}/products/pour-over-set`);
  await expect(from).toHaveAttribute("rel", "noopener noreferrer nofollow");
  // Whatever photo the card shows is served from our own origin (the photo storage), never the shop's.
  for (const src of await card.locator("img").evaluateAll((imgs) => imgs.map((i) => (i as HTMLImageElement).src)))
    expect(new URL(src).origin).toBe(new URL(page.url()).origin);
  expect(hits.slice(before).length).toBe(3);
});

test("Open Graph, microdata and plain pages: the price in another currency is flagged, a page with nothing fills only the link", async ({
  page,
}) => {
  const { email, registries } = await registrantWithRegistries();
  await signIn(page, email, PASSWORD);
  await gotoReady(page, `/dashboard/registries/${registries[0].id}`);

  await readLink(page, `${SHOP}/throw`);
  await expect(review(page).getByLabel("Gift name")).toHaveValue("Linen Throw Blanket, Sage");
  await expect(review(page).getByLabel("Price (USD)")).toHaveValue("89.50");
  await expect(review(page).getByText("This shop lists the price in EUR — please check the amount in USD.")).toBeVisible();
  await expect(review(page).getByLabel("Shop name")).toHaveValue("Northbeam Home");
  // Its photo lives on a host that does not resolve: the gift comes without one rather than failing.
  await expect(review(page).getByRole("img")).toHaveCount(0);

  await readLink(page, `${SHOP}/dutch-oven`);
  await expect(review(page).getByLabel("Gift name")).toHaveValue("Ironside Cast Iron Dutch Oven, 5.5 qt");
  await expect(review(page).getByLabel("Price (USD)")).toHaveValue("1299.00");
  await expect(review(page).getByText(/lists the price in/)).toHaveCount(0);

  await readLink(page, `${SHOP}/about`);
  await expect(page.getByText("We couldn't find the gift's details on that page, so only the link is filled in.")).toBeVisible();
  await expect(review(page).getByLabel("Gift name")).toHaveValue("");
  await expect(review(page).getByLabel("Price (USD)")).toHaveValue("");
  await expect(review(page).getByLabel("Link to the product")).toHaveValue(`${SHOP}/about`);
  await review(page).getByRole("button", { name: "Add gift" }).click();
  await expect(review(page).getByText("Name the gift")).toBeVisible();
  await review(page).getByRole("button", { name: "Cancel" }).click();
  await expect(review(page)).toHaveCount(0);
  expect(await db.registryItem.count({ where: { registryId: registries[0].id } })).toBe(0);
});

test("links the server must not read, or cannot, are refused with a clear message at the field", async ({ page }) => {
  test.setTimeout(90_000);
  const { email, registries } = await registrantWithRegistries();
  await signIn(page, email, PASSWORD);
  await gotoReady(page, `/dashboard/registries/${registries[0].id}`);
  const PRIVATE = "We can't read links to private or local addresses.";
  const BLOCKED = "This shop didn't let us read the page. You can enter the details yourself.";
  const cases: [string, string][] = [
    [`${SHOP}/go/private`, PRIVATE], // redirect to a loopback port that is not allowed
    [`${SHOP}/go/metadata`, PRIVATE], // redirect to the cloud metadata address
    [`${SHOP}/go/app`, PRIVATE], // redirect to this app itself
    [`http://127.0.0.1:${APP_PORT}/dashboard`, PRIVATE], // this app, directly
    [`http://localhost:${SHOP_PORT}/products/pour-over-set`, PRIVATE], // only 127.0.0.1:3532 is listed
    ["http://10.0.0.7/", PRIVATE],
    ["http://[::1]:3532/", PRIVATE],
    [`${SHOP}/forbidden`, BLOCKED],
    [`${SHOP}/captcha`, BLOCKED],
    [`${SHOP}/huge`, "That page is too big for us to read. You can enter the details yourself."],
    [`${SHOP}/slow`, "The shop took too long to answer. Try again, or enter the details yourself."],
    [`${SHOP}/missing`, "The shop says that page doesn't exist. Check the link, or enter the details yourself."],
    ["ftp://127.0.0.1:3532/file", "Enter a full link starting with https://"],
  ];
  const field = linkForm(page).getByLabel("Link to a product in any shop");
  for (const [link, message] of cases) {
    await readLink(page, link);
    await expect(linkForm(page).getByText(message), link).toBeVisible();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(review(page)).toHaveCount(0);
  }
  expect(hits.filter((h) => h.path === "/admin")).toEqual([]);
  expect(await db.registryItem.count({ where: { registryId: registries[0].id } })).toBe(0);
});

test("another registrant cannot import into a registry that is not theirs: refused before any page is read", async ({ page }) => {
  const mine = await registrantWithRegistries();
  const theirs = await registrantWithRegistries();
  await signIn(page, mine.email, PASSWORD);
  await gotoReady(page, `/dashboard/registries/${mine.registries[0].id}`);
  // Rewrite the real server-action request so it names the other registrant's registry.
  await page.route("**/dashboard/registries/**", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    await route.continue({ postData: req.postData()!.replace(/"registryId":\d+/, `"registryId":${theirs.registries[0].id}`) });
  });
  const before = hits.length;
  await readLink(page, `${SHOP}/products/pour-over-set`);
  await expect(linkForm(page).getByText("Registry not found")).toBeVisible();
  expect(hits.length).toBe(before);
  await expect(review(page)).toHaveCount(0);
});

test("shared from a phone: the share target signs in, asks which registry, and opens the link for review", async ({ page }) => {
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({
    start_url: "/dashboard",
    display: "standalone",
    share_target: { action: "/add-from-link", method: "GET", params: { title: "title", text: "text", url: "url" } },
  });

  const { email, registries } = await registrantWithRegistries(2);
  // Android puts the link inside the text.
  await page.goto(`/add-from-link?title=Look&text=${encodeURIComponent(`Look at this ${SHOP}/products/pour-over-set.`)}`);
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/add-from-link\?url=/);
  await page.getByRole("link", { name: registries[1].title }).click();
  await expect(page.getByRole("heading", { name: `For ${registries[1].title}` })).toBeVisible();
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  await expect(linkForm(page).getByLabel("Link to a product in any shop")).toHaveValue(`${SHOP}/products/pour-over-set`);
  await linkForm(page).getByRole("button", { name: "Fill in from the link" }).click();
  await expect(review(page).getByLabel("Gift name")).toHaveValue("Stoneware Pour-Over Coffee Set");
  await review(page).getByRole("button", { name: "Add gift" }).click();
  await expect(linkForm(page).getByText("Gift added.")).toBeVisible();
  expect(await db.registryItem.count({ where: { registryId: registries[1].id, shopName: "Harbour & Kiln" } })).toBe(1);
  expect(await db.registryItem.count({ where: { registryId: registries[0].id } })).toBe(0);
});
