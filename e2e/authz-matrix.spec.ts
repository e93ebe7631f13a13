// Visits every page and route handler of tests/authz/matrix.ts as each role and checks the outcome.
import { createHmac } from "node:crypto";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { ROLES, PAGES, type Outcome, type Role } from "../tests/authz/matrix";
import { db, gotoReady, inviteAndAccept, signIn, unique } from "./fixtures";
import { callPhotoAction, plainPng } from "./photo-helpers";

const PASSWORD = "matrix-password-1";
let vars: Record<string, string> = {};
const emails = {} as Record<Exclude<Role, "anonymous" | "admin">, string>;

test.beforeAll(async ({ browser }) => {
  test.setTimeout(120_000);
  const passwordHash = await hash(PASSWORD);
  for (const role of ["owner", "other", "coRegistrant", "suspended"] as const) {
    emails[role] = `${unique(`matrix-${role}`)}@example.com`.toLowerCase();
    await db.user.create({ data: { email: emails[role], firstName: role, lastName: "Matrix", passwordHash } });
  }
  const owner = await db.user.findUniqueOrThrow({ where: { email: emails.owner } });
  const r = await db.registry.create({
    data: {
      slug: unique("m")
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24),
      title: "Matrix registry",
      ownerId: owner.id,
      firstName: "owner",
      lastName: "Matrix",
      email: owner.email,
      coFirstName: "co",
      coLastName: "Matrix",
      coEmail: emails.coRegistrant,
      items: { create: [{ title: "Matrix gift", priceCents: 1000, requested: 3 }] },
    },
    include: { items: true },
  });
  // The co-registrant manages the registry only once they accepted the owner's invitation.
  await inviteAndAccept(browser, {
    registryId: r.id,
    owner: owner.email,
    ownerPassword: PASSWORD,
    invitee: emails.coRegistrant,
    inviteePassword: PASSWORD,
  });
  const order = await db.order.create({ data: { registryId: r.id, buyerName: "M", buyerEmail: "m@example.com", totalCents: 0 } });
  const email = await db.emailMessage.create({ data: { kind: "test", to: "m@example.com", subject: "Matrix", html: "", text: "" } });
  const fund = await db.fund.create({ data: { registryId: r.id, title: "Matrix fund", paymentLink: "https://pay.example/m" } });
  const pledge = await db.contribution.create({
    data: { registryId: r.id, fundId: fund.id, amountCents: 500, name: "M", email: "m@example.com" },
  });
  const group = await db.registryItem.create({
    data: { registryId: r.id, title: "Matrix group gift", priceCents: 50_000, requested: 1, groupGift: true, groupFundId: fund.id },
  });
  const product = await db.product.findFirstOrThrow();
  vars = {
    groupId: String(group.id),
    slug: r.slug,
    id: String(r.id),
    itemId: String(r.items[0].id),
    orderId: String(order.id),
    sig: createHmac("sha256", process.env.AUTH_SECRET!).update(`order:${order.id}`).digest("base64url"),
    userId: String(owner.id),
    productId: String(product.id),
    emailId: String(email.id),
    fundId: String(fund.id),
    pledgeId: String(pledge.id),
    pledgeSig: createHmac("sha256", process.env.AUTH_SECRET!).update(`pledge:${pledge.id}`).digest("base64url"),
  };
});

const fill = (url: string) => url.replace(/\{(\w+)\}/g, (_, k) => encodeURIComponent(vars[k]));

async function outcome(request: APIRequestContext, url: string): Promise<Outcome | number> {
  const res = await request.get(url, { maxRedirects: 0 });
  const status = res.status();
  if (status >= 300 && status < 400) {
    const to = res.headers()["location"] ?? "";
    if (/\/sign-in/.test(to)) return "signin";
    if (/\/dashboard$/.test(to)) return "dashboard";
    return status;
  }
  return status === 200 ? "ok" : status;
}

for (const role of ROLES) {
  test(`every page and route answers as the matrix says for: ${role}`, async ({ browser }) => {
    test.setTimeout(120_000);
    const context = await browser.newContext();
    const page = await context.newPage();
    if (role === "admin") await signIn(page, "admin@example.com");
    else if (role !== "anonymous") await signIn(page, emails[role], PASSWORD);
    if (role === "suspended") await db.user.update({ where: { email: emails.suspended }, data: { status: "SUSPENDED" } });

    const wrong: string[] = [];
    for (const entry of PAGES) {
      const url = fill(entry.url);
      const got = await outcome(page.request, url);
      if (got !== entry.expect[role]) wrong.push(`${url}: expected ${entry.expect[role]}, got ${got}`);
    }
    expect(wrong).toEqual([]);

    // The SOAP GET binding answered 200, but the bad token must still be refused in the body.
    const soap = await page.request.get(fill("/global/api/giftregistry.asmx/GetRegistry?authenticationToken=not-a-token&registryID={id}"));
    expect(await soap.text()).toMatch(/<Success>false<\/Success>/);
    await context.close();
  });
}

test("another registrant cannot set or remove a photo on someone else's gift", async ({ browser }) => {
  const photo = { name: "gift.png", mimeType: "image/png", buffer: await plainPng(400, 400) };
  const gift = { registryId: Number(vars.id), itemId: Number(vars.itemId) };
  const owner = await browser.newContext();
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, emails.owner, PASSWORD);
  expect(await callPhotoAction(ownerPage.request, "setItemPhotoAction", gift, photo)).toContain('"ok":true');
  const before = (await db.registryItem.findUniqueOrThrow({ where: { id: gift.itemId } })).photo;
  expect(before).toMatch(/^[a-f0-9]{32}$/);

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signIn(otherPage, emails.other, PASSWORD);
  expect(await callPhotoAction(otherPage.request, "setItemPhotoAction", gift, photo)).toContain("Registry not found");
  expect(await callPhotoAction(otherPage.request, "removeItemPhotoAction", gift)).toContain("Registry not found");
  expect(
    await callPhotoAction(otherPage.request, "setRegistryPhotoAction", { registryId: gift.registryId, kind: "cover" }, photo),
  ).toContain("Registry not found");
  expect(await callPhotoAction(otherPage.request, "removeRegistryPhotoAction", { registryId: gift.registryId, kind: "cover" })).toContain(
    "Registry not found",
  );
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: gift.itemId } })).photo).toBe(before);
  expect(await db.image.count({ where: { hash: before } })).toBe(3);
  expect((await db.registry.findUniqueOrThrow({ where: { id: gift.registryId } })).coverPhoto).toBe("");
  await owner.close();
  await other.close();
});

type Captured = { url: string; action: string; contentType: string; body: string };

/** The server action request a click sends, held back (aborted) so it can be sent again by someone else. */
async function captureAction(page: Page, click: () => Promise<void>): Promise<Captured> {
  let captured: Captured | null = null;
  await page.route("**/*", async (route) => {
    const req = route.request();
    const action = req.headers()["next-action"];
    if (req.method() !== "POST" || !action) return route.continue();
    captured = { url: req.url(), action, contentType: req.headers()["content-type"] ?? "", body: req.postData() ?? "" };
    await route.abort();
  });
  await click();
  await expect.poll(() => captured !== null).toBe(true);
  await page.unrouteAll({ behavior: "ignoreErrors" });
  return captured!;
}
const replay = (request: APIRequestContext, a: Captured) =>
  request.post(a.url, { headers: { "next-action": a.action, "content-type": a.contentType, accept: "text/x-component" }, data: a.body });

test("another registrant cannot remove, undo or rename through the owner's own server action requests; the owner can", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = await (await browser.newContext()).newPage();
  const other = await (await browser.newContext()).newPage();
  await signIn(owner, emails.owner, PASSWORD);
  await signIn(other, emails.other, PASSWORD);
  const registryId = Number(vars.id);
  const itemId = Number(vars.itemId);
  const gift = () => db.registryItem.findUnique({ where: { id: itemId } });

  await gotoReady(owner, `/dashboard/registries/${registryId}`);
  const remove = await captureAction(owner, () => owner.getByRole("button", { name: "Remove Matrix gift" }).click());
  expect((await replay(other.request, remove)).status()).toBeLessThan(500);
  expect(await gift()).not.toBeNull();

  // The owner removes it for real; the Undo request, sent by the other registrant, puts nothing back.
  await gotoReady(owner, `/dashboard/registries/${registryId}`);
  await owner.getByRole("button", { name: "Remove Matrix gift" }).click();
  const undoButton = owner.getByRole("status", { name: "Notifications" }).getByRole("button", { name: "Undo" });
  const undo = await captureAction(owner, () => undoButton.click());
  expect((await replay(other.request, undo)).status()).toBeLessThan(500);
  expect(await gift()).toBeNull();
  await replay(owner.request, undo); // the same request from the owner: the refusal above was the check
  expect(await gift()).not.toBeNull();

  await gotoReady(owner, `/dashboard/registries/${registryId}/edit`);
  const form = owner.getByRole("form", { name: "Registry address" });
  const wanted = `matrix-${Date.now().toString(36)}`;
  await form.getByLabel("Address").fill(wanted);
  const rename = await captureAction(owner, () => form.getByRole("button", { name: "Save address" }).click());
  expect((await replay(other.request, rename)).status()).toBeLessThan(500);
  expect((await db.registry.findUniqueOrThrow({ where: { id: registryId } })).slug).toBe(vars.slug);
  await replay(owner.request, rename);
  expect((await db.registry.findUniqueOrThrow({ where: { id: registryId } })).slug).toBe(wanted);
  // Back to the fixture's address (its own former one), so the page matrix above keeps its URLs.
  await db.registry.update({ where: { id: registryId }, data: { slug: vars.slug } });
  await owner.context().close();
  await other.context().close();
});

test("another registrant cannot add, close or edit a fund, nor mark a contribution received, through the owner's requests", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const owner = await (await browser.newContext()).newPage();
  const other = await (await browser.newContext()).newPage();
  await signIn(owner, emails.owner, PASSWORD);
  await signIn(other, emails.other, PASSWORD);
  const registryId = Number(vars.id);
  const fundId = Number(vars.fundId);
  const funds = () => db.fund.count({ where: { registryId } });
  const before = await funds();

  await gotoReady(owner, `/dashboard/registries/${registryId}`);
  await owner.getByText("Add a cash fund").click();
  const add = owner.getByRole("form", { name: "Add a cash fund" });
  await add.getByLabel("Name").fill("Replayed fund");
  await add.getByLabel("Payment link").fill("https://pay.example/r");
  const create = await captureAction(owner, () => add.getByRole("button", { name: "Add fund" }).click());
  expect((await replay(other.request, create)).status()).toBeLessThan(500);
  expect(await funds()).toBe(before);

  await gotoReady(owner, `/dashboard/registries/${registryId}`);
  const close = await captureAction(owner, () => owner.getByRole("button", { name: "Close Matrix fund" }).click());
  expect((await replay(other.request, close)).status()).toBeLessThan(500);
  expect((await db.fund.findUniqueOrThrow({ where: { id: fundId } })).active).toBe(true);

  await gotoReady(owner, `/dashboard/registries/${registryId}`);
  await owner.getByRole("button", { name: "Edit Matrix fund" }).click();
  await owner.getByRole("form", { name: "Edit Matrix fund" }).getByLabel("Name").fill("Renamed by a stranger");
  const edit = await captureAction(owner, () => owner.getByRole("button", { name: "Save fund" }).click());
  expect((await replay(other.request, edit)).status()).toBeLessThan(500);
  expect((await db.fund.findUniqueOrThrow({ where: { id: fundId } })).title).toBe("Matrix fund");

  await gotoReady(owner, `/dashboard/registries/${registryId}`);
  const mark = await captureAction(owner, () => owner.getByRole("checkbox", { name: "$5.00 from a guest received" }).click());
  expect((await replay(other.request, mark)).status()).toBeLessThan(500);
  expect((await db.contribution.findUniqueOrThrow({ where: { id: Number(vars.pledgeId) } })).status).toBe("PROMISED");

  await gotoReady(owner, `/dashboard/registries/${registryId}`);
  const settings = owner.getByRole("form", { name: "Group gift settings for Matrix group gift" });
  await settings.getByLabel("Smallest amount (optional)").fill("40");
  const group = await captureAction(owner, () => settings.getByRole("button", { name: "Save group gift" }).click());
  expect((await replay(other.request, group)).status()).toBeLessThan(500);
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: Number(vars.groupId) } })).groupMinCents).toBe(0);

  // The same requests from the owner do what they say: the refusals above were the check.
  await replay(owner.request, group);
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: Number(vars.groupId) } })).groupMinCents).toBe(4_000);
  await replay(owner.request, create);
  expect(await funds()).toBe(before + 1);
  await replay(owner.request, mark);
  expect((await db.contribution.findUniqueOrThrow({ where: { id: Number(vars.pledgeId) } })).status).toBe("RECEIVED");
  await owner.context().close();
  await other.context().close();
});
