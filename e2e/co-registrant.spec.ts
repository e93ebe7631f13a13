// Issue 19 item 1: a co-registrant manages a registry only after accepting the owner's emailed
// invitation while signed in with that address; signing up with the address grants nothing.
import { expect, test, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { db, gotoReady, inviteAndAccept, mailedLink, signIn, unique } from "./fixtures";

const PASSWORD = "a-good-password-1";
const INVITE = "co-registrant-invite";
const EXPIRED = "This invitation has expired, was replaced by a newer one or was already used.";

async function userWithRegistry(first = "Olive") {
  const email = `${unique("owner")}@example.com`;
  const user = await db.user.create({ data: { email, firstName: first, lastName: "Owner", passwordHash: await hash(PASSWORD) } });
  const occasion = await db.occasion.findUniqueOrThrow({ where: { name: "Wedding" } });
  const registry = await db.registry.create({
    data: {
      slug: unique("c")
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24),
      title: `Wedding ${unique("w")}`,
      occasionId: occasion.id,
      ownerId: user.id,
      firstName: first,
      lastName: "Owner",
      email,
      items: { create: [{ title: "Teapot", priceCents: 3000, requested: 3 }] },
    },
    include: { items: true },
  });
  return { email, user, registry, item: registry.items[0] };
}

async function signUp(page: Page, email: string, first = "Cora", last = "Reg") {
  const form = page.getByRole("form", { name: "Sign up" });
  await form.getByLabel("First name").fill(first);
  await form.getByLabel("Last name").fill(last);
  await form.getByLabel("Email").fill(email);
  await form.getByLabel("Password", { exact: true }).fill(PASSWORD);
  await form.getByLabel("Confirm password").fill(PASSWORD);
  await form.getByRole("button", { name: "Create account" }).click();
}

/** The owner sets (or changes) the co-registrant in the edit form. */
async function setCoRegistrant(page: Page, registryId: number, title: string, email: string) {
  await gotoReady(page, `/dashboard/registries/${registryId}/edit`);
  const form = page.getByRole("form", { name: "Edit registry" });
  await form.getByLabel("Co-registrant first name").fill("Cora");
  await form.getByLabel("Co-registrant last name").fill("Reg");
  await form.getByLabel("Co-registrant email").fill(email);
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
}

const registryPath = (id: number) => new RegExp(`/dashboard/registries/${id}$`);

test("a stranger who signs up with the co-registrant's email gets no access to the registry", async ({ page, browser }) => {
  const owner = await userWithRegistry();
  const coEmail = `${unique("co")}@example.com`;
  // The owner invites from their own browser; the stranger below never shares its cookies.
  const ownerContext = await browser.newContext();
  const ownerPage = await ownerContext.newPage();
  await signIn(ownerPage, owner.email, PASSWORD);
  await setCoRegistrant(ownerPage, owner.registry.id, owner.registry.title, coEmail);
  await expect(ownerPage.getByText(`Invited ${coEmail} — not joined yet.`)).toBeVisible();
  await ownerContext.close();

  // Sign up with the address, without the invitation link.
  await gotoReady(page, "/sign-up");
  await signUp(page, coEmail);
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { level: 1, name: "My registries" })).toBeVisible();
  await expect(page.getByRole("link", { name: owner.registry.title })).toHaveCount(0);
  for (const path of [
    `/dashboard/registries/${owner.registry.id}`,
    `/dashboard/registries/${owner.registry.id}/edit`,
    `/dashboard/registries/${owner.registry.id}/thank-you`,
  ])
    expect((await page.goto(path))?.status(), path).toBe(404);

  // Its server actions are refused too: the stranger's own item save, rewritten to name the registry's item.
  const stranger = await db.user.findUniqueOrThrow({ where: { email: coEmail } });
  const mine = await db.registry.create({
    data: {
      slug: unique("m")
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24),
      title: "Mine",
      ownerId: stranger.id,
      firstName: "Cora",
      lastName: "Reg",
      email: coEmail,
      items: { create: [{ title: "Kettle", priceCents: 1000, requested: 1 }] },
    },
    include: { items: true },
  });
  await gotoReady(page, `/dashboard/registries/${mine.id}`);
  await page.route("**/dashboard/registries/**", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    const body = req
      .postData()!
      .replace(/"registryId":\d+/, `"registryId":${owner.registry.id}`)
      .replace(`"itemId":${mine.items[0].id}`, `"itemId":${owner.item.id}`);
    await route.continue({ postData: body });
  });
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Kettle" }) });
  await row.getByLabel("Quantity").fill("99");
  await row.getByLabel("Note to guests").fill("hijacked");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByText("Registry not found")).toBeVisible();
  const after = await db.registryItem.findUniqueOrThrow({ where: { id: owner.item.id } });
  expect({ requested: after.requested, note: after.note }).toEqual({ requested: 3, note: "" });
  expect((await db.registry.findUniqueOrThrow({ where: { id: owner.registry.id } })).coManagerId).toBeNull();
});

test("invite → only the invited address accepts → joined; revoke, resend and a new address end access", async ({ page, browser }) => {
  test.setTimeout(120_000);
  const owner = await userWithRegistry();
  const { id, title } = owner.registry;
  const coEmail = `${unique("co")}@example.com`;
  const otherEmail = `${unique("other")}@example.com`;
  await db.user.create({ data: { email: otherEmail, firstName: "Otto", lastName: "Other", passwordHash: await hash(PASSWORD) } });

  await signIn(page, owner.email, PASSWORD);
  await setCoRegistrant(page, id, title, coEmail);
  await expect(page.getByText(`Invited ${coEmail} — not joined yet.`)).toBeVisible();
  const link1 = await mailedLink(coEmail, INVITE, "/accept-invitation");

  // Signed in with another address: a clear message, no way to accept, and a way to switch.
  const invitee = await (await browser.newContext()).newPage();
  await signIn(invitee, otherEmail, PASSWORD);
  await gotoReady(invitee, link1);
  await expect(invitee.getByText(`You’re signed in as ${otherEmail}, but this invitation is for ${coEmail}.`)).toBeVisible();
  await expect(invitee.getByRole("button", { name: "Accept the invitation" })).toHaveCount(0);
  await invitee.getByRole("button", { name: `Sign out and sign in as ${coEmail}` }).click();
  await invitee.waitForURL(/\/sign-in\?callbackUrl=/);
  await invitee.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  // No account with the invited address yet: create it, then come back to the invitation.
  await invitee.getByRole("link", { name: "Create an account" }).click();
  await invitee.waitForURL(/\/sign-up\?callbackUrl=/);
  await invitee.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  await signUp(invitee, coEmail);
  await invitee.waitForURL(/\/accept-invitation\?token=/);
  await invitee.waitForFunction(() => document.documentElement.dataset.hydrated === "1");
  await invitee.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(invitee).toHaveURL(registryPath(id));
  await expect(invitee.getByRole("heading", { level: 1, name: title, exact: true })).toBeVisible();
  const cora = await db.user.findUniqueOrThrow({ where: { email: coEmail } });
  expect((await db.registry.findUniqueOrThrow({ where: { id } })).coManagerId).toBe(cora.id);
  expect(cora.emailVerifiedAt).not.toBeNull(); // accepting proved the address
  await gotoReady(invitee, link1);
  await expect(invitee.getByText(EXPIRED)).toBeVisible(); // works once

  // The owner sees who joined and removes the access.
  await gotoReady(page, `/dashboard/registries/${id}`);
  await expect(page.getByText(`Cora Reg joined (${coEmail})`)).toBeVisible();
  await page.getByRole("button", { name: "Remove co-registrant access" }).click();
  await expect(page.getByText(`${coEmail} has not been invited yet`)).toBeVisible();
  expect((await invitee.goto(`/dashboard/registries/${id}`))?.status()).toBe(404);

  // Send, then resend: the resend rotates the token, so only the newest link accepts.
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByText(`Invited ${coEmail} — not joined yet.`)).toBeVisible();
  const link2 = await mailedLink(coEmail, INVITE, "/accept-invitation", [link1]);
  await page.getByRole("button", { name: "Resend invitation" }).click();
  await expect(page.getByText("Invitation sent. Earlier links no longer work.")).toBeVisible();
  const link3 = await mailedLink(coEmail, INVITE, "/accept-invitation", [link1, link2]);
  await gotoReady(invitee, link2);
  await expect(invitee.getByText(EXPIRED)).toBeVisible();
  await expect(invitee.getByRole("button", { name: "Accept the invitation" })).toHaveCount(0);
  await gotoReady(invitee, link3);
  await invitee.getByRole("button", { name: "Accept the invitation" }).click();
  await expect(invitee).toHaveURL(registryPath(id));

  // A new co-registrant address ends the old co-manager's access and invites the new one.
  const newEmail = `${unique("co2")}@example.com`;
  await setCoRegistrant(page, id, title, newEmail);
  await expect(page.getByText(`Invited ${newEmail} — not joined yet.`)).toBeVisible();
  expect((await invitee.goto(`/dashboard/registries/${id}`))?.status()).toBe(404);
  await mailedLink(newEmail, INVITE, "/accept-invitation");
  expect((await db.registry.findUniqueOrThrow({ where: { id } })).coManagerId).toBeNull();

  // Invitations are rate-limited per registry: 4 sent so far, the 5th goes, the 6th waits.
  await page.getByRole("button", { name: "Resend invitation" }).click();
  await expect(page.getByText("Invitation sent.")).toBeVisible();
  await page.getByRole("button", { name: "Resend invitation" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /Too many attempts, try again in [\d,]+ seconds?/ })).toBeVisible();
});

test("the co-manager cannot invite or remove co-registrants of the owner's registry", async ({ page, browser }) => {
  const owner = await userWithRegistry();
  const coEmail = `${unique("co")}@example.com`;
  await db.registry.update({ where: { id: owner.registry.id }, data: { coFirstName: "Cora", coLastName: "Reg", coEmail } });
  const cora = await db.user.create({ data: { email: coEmail, firstName: "Cora", lastName: "Reg", passwordHash: await hash(PASSWORD) } });
  await inviteAndAccept(browser, {
    registryId: owner.registry.id,
    owner: owner.email,
    ownerPassword: PASSWORD,
    invitee: coEmail,
    inviteePassword: PASSWORD,
  });

  await signIn(page, coEmail, PASSWORD);
  await gotoReady(page, `/dashboard/registries/${owner.registry.id}`);
  await expect(page.getByRole("heading", { name: "Co-registrant" })).toHaveCount(0);
  // Cora's own registry offers the buttons; rewrite the request to name the owner's registry.
  const mine = await db.registry.create({
    data: {
      slug: unique("m")
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24),
      title: "Cora's own",
      ownerId: cora.id,
      firstName: "Cora",
      lastName: "Reg",
      email: coEmail,
      coEmail: `${unique("x")}@example.com`,
    },
  });
  await gotoReady(page, `/dashboard/registries/${mine.id}`);
  await page.route("**/dashboard/registries/**", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    await route.continue({ postData: req.postData()!.replace(/"registryId":\d+/, `"registryId":${owner.registry.id}`) });
  });
  const invites = await db.emailMessage.count({ where: { to: coEmail, kind: "co-registrant-invite" } });
  await page.getByRole("button", { name: "Send invitation" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Only the registry’s owner can do that" })).toBeVisible();
  expect(await db.emailMessage.count({ where: { to: coEmail, kind: "co-registrant-invite" } })).toBe(invites);
  expect((await db.registry.findUniqueOrThrow({ where: { id: owner.registry.id } })).coManagerId).toBe(cora.id);
});

test("sign-up mails a confirmation link; the dashboard asks for it until it is used, and can send a new one", async ({ page }) => {
  const email = `${unique("confirm")}@example.com`;
  await gotoReady(page, "/sign-up");
  await signUp(page, email, "Conny", "Firm");
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: "Please confirm your email address" })).toBeVisible();
  const link = await mailedLink(email, "welcome", "/confirm-email");
  await page.getByRole("button", { name: "Resend confirmation email" }).click();
  await expect(page.getByText("A new link is on its way.")).toBeVisible();
  await mailedLink(email, "email-confirm", "/confirm-email");
  expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).toBeNull();

  await gotoReady(page, link);
  await page.getByRole("button", { name: "Confirm my email" }).click();
  await expect(page.getByText("your email address is confirmed")).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { email } })).emailVerifiedAt).not.toBeNull();
  await gotoReady(page, "/dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "My registries" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Please confirm your email address" })).toHaveCount(0);
});
