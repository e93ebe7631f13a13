// Photos: a registrant adds gift photos (file picker with the crop control, paste) and a cover; guests
// see them resized, upright, square WebP without metadata, cached forever; the share preview carries
// the cover; bad files get a clear message and change nothing; a private registry's photos and preview
// stay with those who may see it.
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import sharp from "sharp";
import { db, gotoReady, makeRegistry, signIn } from "./fixtures";
import { callPhotoAction, plainPng, sidewaysJpegWithGps } from "./photo-helpers";

const newIp = () => `198.19.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}`;
const UNREADABLE = "We can't read this file. Please use a JPEG, PNG or WebP photo.";
const TOO_LARGE = "This photo is too large: please use one under 15 MB.";

/** The gift's row on the registrant's registry page. */
const row = (page: Page, title: string) => page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: title }) });

/** Fetches a served variant and checks what every variant must be. */
async function fetchVariant(request: APIRequestContext, src: string, width: number, height = width) {
  const res = await request.get(src);
  expect(res.status()).toBe(200);
  expect(res.headers()["content-type"]).toBe("image/webp");
  expect(res.headers()["x-content-type-options"]).toBe("nosniff");
  const bytes = await res.body();
  const meta = await sharp(bytes).metadata();
  expect(meta.format).toBe("webp");
  expect([meta.width, meta.height]).toEqual([width, height]);
  expect(meta.exif).toBeUndefined();
  expect(meta.xmp).toBeUndefined();
  expect(meta.icc).toBeUndefined();
  expect(meta.orientation).toBeUndefined();
  return { res, bytes };
}

test("a gift photo: chosen and cropped by the registrant, shown to guests upright, square, small, without metadata", async ({
  page,
  browser,
}) => {
  test.setTimeout(90_000);
  const r = await makeRegistry();
  const gift = r.items[0];
  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  const mine = row(page, gift.title);
  await mine.getByLabel(/Choose photo/).setInputFiles({ name: "holiday.jpg", mimeType: "image/jpeg", buffer: await sidewaysJpegWithGps() });
  // The crop control: keyboard moves the square, the slider zooms.
  const crop = mine.getByRole("application", { name: /Part of the photo to keep/ });
  await expect(crop.getByRole("img")).toBeVisible();
  await crop.focus();
  await page.keyboard.press("ArrowDown");
  await mine.getByRole("slider", { name: "Zoom" }).fill("1.2");
  await mine.getByRole("button", { name: "Save photo" }).click();
  await expect(mine.getByRole("img", { name: gift.title })).toBeVisible();
  await expect(mine.getByRole("button", { name: "Remove photo" })).toBeVisible();
  const hash = (await db.registryItem.findUniqueOrThrow({ where: { id: gift.id } })).photo;
  expect(hash).toMatch(/^[a-f0-9]{32}$/);
  expect(await db.image.count({ where: { hash } })).toBe(3);

  // A guest (no cookies) sees it with srcset, explicit size and the gift's title as alt.
  const guest = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newIp() } });
  const guestPage = await guest.newPage();
  await guestPage.goto(`/r/${r.slug}`);
  const img = guestPage.getByRole("img", { name: gift.title, exact: true });
  await expect(img).toBeVisible();
  expect(await img.getAttribute("srcset")).toBe([160, 320, 640].map((w) => `/images/${hash}-${w}.webp ${w}w`).join(", "));
  expect(await img.getAttribute("width")).toBe("320");
  expect(await img.getAttribute("height")).toBe("320");
  expect(await img.getAttribute("sizes")).toBeTruthy();
  // Every variant: WebP, square at its width (below the 1200 px upload), no EXIF/GPS, cached forever.
  for (const w of [160, 320, 640]) {
    const { res, bytes } = await fetchVariant(guest.request, `/images/${hash}-${w}.webp`, w);
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    if (w === 640) {
      // Upright (EXIF orientation applied before the crop): red at the top, blue at the bottom.
      const { data, info } = await sharp(bytes).raw().toBuffer({ resolveWithObject: true });
      const at = (x: number, y: number) => [
        ...data.subarray((y * info.width + x) * info.channels, (y * info.width + x) * info.channels + 3),
      ];
      const [top, bottom] = [at(320, 10), at(320, 630)];
      expect(top[0]).toBeGreaterThan(150);
      expect(top[2]).toBeLessThan(80);
      expect(bottom[2]).toBeGreaterThan(150);
      expect(bottom[0]).toBeLessThan(80);
    }
  }
  expect((await guest.request.get(`/images/${hash}-999.webp`)).status()).toBe(404);
  await guest.close();

  // Removing it: the row and the guest page are back to the picture-less card, the images are gone.
  await mine.getByRole("button", { name: "Remove photo" }).click();
  await expect(mine.getByRole("button", { name: "Remove photo" })).toHaveCount(0);
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: gift.id } })).photo).toBe("");
  expect(await db.image.count({ where: { hash } })).toBe(0);
});

test("a photo pasted into, or dropped on, a gift's photo area is saved", async ({ page }) => {
  const r = await makeRegistry();
  const gift = r.items[1];
  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  const mine = row(page, gift.title);
  const png = (await plainPng(900, 700, "#e0a030")).toString("base64");
  await mine.getByTestId("photo-drop").evaluate((zone, b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const data = new DataTransfer();
    data.items.add(new File([bytes], "clipboard.png", { type: "image/png" }));
    zone.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true, cancelable: true }));
  }, png);
  await expect(mine.getByRole("application", { name: /Part of the photo to keep/ }).getByRole("img")).toBeVisible();
  await mine.getByRole("button", { name: "Save photo" }).click();
  await expect(mine.getByRole("img", { name: gift.title })).toBeVisible();
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: gift.id } })).photo).toMatch(/^[a-f0-9]{32}$/);

  // Dropped on another gift's photo area: the same.
  const other = row(page, r.items[0].title);
  await other.getByTestId("photo-drop").evaluate((zone, b64) => {
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], "dropped.png", { type: "image/png" }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, png);
  await other.getByRole("button", { name: "Save photo" }).click();
  await expect(other.getByRole("img", { name: r.items[0].title })).toBeVisible();
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: r.items[0].id } })).photo).toMatch(/^[a-f0-9]{32}$/);
});

test("bad files: a text file named .jpg and a too-large photo get a clear message and change nothing", async ({ page }) => {
  const r = await makeRegistry();
  const gift = r.items[0];
  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  const mine = row(page, gift.title);
  await mine
    .getByLabel(/Choose photo/)
    .setInputFiles({ name: "notes.jpg", mimeType: "image/jpeg", buffer: Buffer.from("just some text, not a photo\n") });
  await mine.getByRole("button", { name: "Save photo" }).click();
  await expect(mine.getByRole("alert")).toHaveText(UNREADABLE);
  await mine.getByRole("button", { name: "Cancel" }).click();
  // Over 15 MB: refused in the browser before sending…
  await mine
    .getByLabel(/Choose photo/)
    .setInputFiles({ name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(15 * 1024 * 1024 + 1) });
  await expect(mine.getByRole("alert")).toHaveText(TOO_LARGE);
  await expect(mine.getByRole("button", { name: "Save photo" })).toHaveCount(0);
  // …and by the server when sent anyway.
  const big = { name: "huge.jpg", mimeType: "image/jpeg", buffer: Buffer.alloc(15 * 1024 * 1024 + 1) };
  expect(await callPhotoAction(page.request, "setItemPhotoAction", { registryId: r.id, itemId: gift.id }, big)).toContain(TOO_LARGE);
  // A huge pixel count in a small file: refused before it is decoded.
  const wide = { name: "wide.png", mimeType: "image/png", buffer: await plainPng(10_000, 6_000) };
  expect(await callPhotoAction(page.request, "setItemPhotoAction", { registryId: r.id, itemId: gift.id }, wide)).toContain(
    "This photo has too many pixels",
  );
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: gift.id } })).photo).toBe("");
  expect(await db.image.count({ where: { registryId: r.id } })).toBe(0);
});

test("a cover photo: on the guest page as its first image and in the share preview", async ({ page, request }) => {
  test.setTimeout(90_000);
  const r = await makeRegistry();
  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}/edit`);
  const photos = page.getByRole("region", { name: "Photos" });
  await photos
    .getByLabel(/Choose photo \(Cover photo\)/)
    .setInputFiles({ name: "cover.png", mimeType: "image/png", buffer: await plainPng(2400, 1000, "#6b8f71") });
  await photos.getByRole("button", { name: "Save photo" }).click();
  await expect(photos.getByRole("img", { name: `Cover photo of ${r.title}` })).toBeVisible();
  const cover = (await db.registry.findUniqueOrThrow({ where: { id: r.id } })).coverPhoto;
  expect(cover).toMatch(/^[a-f0-9]{32}$/);

  // The share preview, as a link-preview bot sees the page (no cookies).
  const html = await (await request.get(`/r/${r.slug}`, { headers: { "X-Forwarded-For": newIp() } })).text();
  const meta = (property: string) => new RegExp(`<meta (?:property|name)="${property}" content="([^"]*)"`).exec(html)?.[1];
  const ogImage = meta("og:image");
  expect(ogImage).toMatch(new RegExp(`^https?://[^/]+/images/${cover}-1200\\.webp$`));
  expect(meta("og:image:width")).toBe("1200");
  expect(meta("og:image:height")).toBe("600");
  expect(meta("og:title")).toBe(r.title);
  expect(meta("og:description")).toContain("Alex Rivera");
  expect(meta("twitter:card")).toBe("summary_large_image");
  await fetchVariant(request, new URL(ogImage!).pathname, 1200, 600);
  // The cover is preloaded with its srcset, ahead of the page's scripts.
  // (React writes the link's attributes in either order.)
  const preload = html.match(/<link rel="preload" as="image"[^>]*>/)?.[0] ?? "";
  expect(preload).toContain(`imageSrcSet="/images/${cover}-640.webp 640w`);
  expect(preload).toContain('fetchPriority="high"');

  // On the guest page: the cover comes first, fetched with high priority, with its size given.
  await gotoReady(page, `/r/${r.slug}`);
  const banner = page.getByRole("img", { name: `Cover photo of ${r.title}` });
  await expect(banner).toBeVisible();
  expect(await banner.getAttribute("fetchpriority")).toBe("high");
  expect(await banner.getAttribute("loading")).toBeNull();
  expect([await banner.getAttribute("width"), await banner.getAttribute("height")]).toEqual(["1200", "600"]);
});

test("a private registry's photos and share preview are only for those who may see it", async ({ page, browser }) => {
  test.setTimeout(90_000);
  const CODE = "garden-party-7";
  const r = await makeRegistry({ visibility: "PRIVATE", accessCode: CODE });
  await signIn(page, "alex@example.com");
  const cover = { name: "cover.png", mimeType: "image/png", buffer: await plainPng(1400, 700, "#aa5577") };
  expect(await callPhotoAction(page.request, "setRegistryPhotoAction", { registryId: r.id, kind: "cover" }, cover)).toContain('"ok":true');
  const hash = (await db.registry.findUniqueOrThrow({ where: { id: r.id } })).coverPhoto;
  expect(hash).toMatch(/^[a-f0-9]{32}$/);
  const url = `/images/${hash}-640.webp`;
  // The owner sees it (signed in), privately cached.
  const own = await page.request.get(url);
  expect(own.status()).toBe(200);
  expect(own.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");

  // A visitor without the code: no preview (the access page names the registry, as before), and the image itself is a 404.
  const guest = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": newIp() } });
  const html = await (await guest.request.get(`/r/${r.slug}`, { maxRedirects: 0 })).text();
  const access = await (await guest.request.get(`/r/${r.slug}/access`)).text();
  for (const text of [html, access]) {
    expect(text).not.toContain(hash);
    expect(text).not.toMatch(/og:|twitter:/);
  }
  expect(/<title>([^<]*)<\/title>/.exec(access)?.[1]).toBe("Private registry · Wishwell");
  expect((await guest.request.get(url)).status()).toBe(404);
  expect((await guest.request.get(`/r/${r.slug}/images/${hash}-640.webp`)).status()).toBe(404);

  // With the code, the guest sees the page with its cover, and the image.
  const guestPage = await guest.newPage();
  await gotoReady(guestPage, `/r/${r.slug}/access`);
  await guestPage.getByRole("textbox", { name: "Access code" }).fill(CODE);
  await guestPage.getByRole("button", { name: "See the registry" }).click();
  const banner = guestPage.getByRole("img", { name: `Cover photo of ${r.title}` });
  await expect(banner).toBeVisible();
  // Its photos come from under the registry's path, where the browser sends the access cookie.
  expect(await banner.getAttribute("src")).toBe(`/r/${r.slug}/images/${hash}-1200.webp`);
  expect(await banner.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const unlocked = await guest.request.get(`/r/${r.slug}/images/${hash}-640.webp`);
  expect(unlocked.status()).toBe(200);
  expect(unlocked.headers()["cache-control"]).toBe("private, max-age=31536000, immutable");
  expect((await guest.request.get(url)).status()).toBe(404); // the cookie is not sent elsewhere
  await guest.close();
});
