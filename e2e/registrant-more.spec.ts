import { expect, test, type Page } from "@playwright/test";
import { hash } from "@node-rs/argon2";
import { readFileSync } from "node:fs";
import { db, signIn, unique, gotoReady, inviteAndAccept } from "./fixtures";

async function userWithRegistry(opts: { eventInDays: number; locked?: number }) {
  const email = `${unique("owner")}@example.com`;
  const user = await db.user.create({ data: { email, firstName: "Owen", lastName: "Er", passwordHash: await hash("a-good-password-1") } });
  const registry = await db.registry.create({
    data: {
      slug: unique("t")
        .replace(/[^a-z0-9]/g, "")
        .slice(0, 24),
      title: `Party ${unique("p")}`,
      ownerId: user.id,
      firstName: "Owen",
      lastName: "Er",
      email,
      eventDate: new Date(Date.now() + opts.eventInDays * 86_400_000),
      items: { create: [{ title: "Teapot", priceCents: 3000, requested: 3, locked: opts.locked ?? 0 }] },
    },
    include: { items: true },
  });
  return { email, user, registry, item: registry.items[0] };
}

const login = (page: Page, email: string) => signIn(page, email, "a-good-password-1");

test("a registrant's server action called with another registry's id is refused and changes nothing", async ({ page }) => {
  const mine = await userWithRegistry({ eventInDays: 30 });
  const wedding = await db.registry.findFirstOrThrow({
    where: { title: "Alex & Sam's Wedding" },
    include: { items: { orderBy: { id: "asc" }, take: 1 } },
  });
  const target = wedding.items[0];
  await login(page, mine.email);
  await page.goto(`/dashboard/registries/${mine.registry.id}`);
  // Rewrite the real server-action request so it names the other registry and its item.
  await page.route("**/dashboard/registries/**", async (route) => {
    const req = route.request();
    if (req.method() !== "POST" || !req.headers()["next-action"]) return route.continue();
    const body = req
      .postData()!
      .replace(/"registryId":\d+/, `"registryId":${wedding.id}`)
      .replace(`"itemId":${mine.item.id}`, `"itemId":${target.id}`);
    await route.continue({ postData: body });
  });
  const row = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Teapot" }) });
  await row.getByLabel("Quantity").fill("99");
  await row.getByLabel("Note to guests").fill("hijacked");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByText("Registry not found")).toBeVisible();
  const after = await db.registryItem.findUniqueOrThrow({ where: { id: target.id } });
  expect(after.requested).toBe(target.requested);
  expect(after.note).toBe(target.note);
});

test("the co-registrant edits the registry but cannot change the co-registrant", async ({ page, browser }) => {
  const owner = await userWithRegistry({ eventInDays: 30 });
  const coEmail = `${unique("co")}@example.com`;
  await db.registry.update({ where: { id: owner.registry.id }, data: { coFirstName: "Cora", coLastName: "Reg", coEmail } });
  await db.user.create({ data: { email: coEmail, firstName: "Cora", lastName: "Reg", passwordHash: await hash("a-good-password-1") } });
  await inviteAndAccept(browser, {
    registryId: owner.registry.id,
    owner: owner.email,
    ownerPassword: "a-good-password-1",
    invitee: coEmail,
    inviteePassword: "a-good-password-1",
  });
  await login(page, coEmail);
  await page.getByRole("link", { name: owner.registry.title }).click();
  await page.getByRole("link", { name: "Edit details" }).click();
  const form = page.getByRole("form", { name: "Edit registry" });
  await expect(form.getByLabel("Co-registrant email")).toBeDisabled();
  await form.getByLabel("Occasion").selectOption({ label: "Birthday" });
  await form.getByLabel("Message to your guests").fill("Edited by Cora");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: owner.registry.title, exact: true })).toBeVisible();
  const r = await db.registry.findUniqueOrThrow({ where: { id: owner.registry.id } });
  expect(r.message).toBe("Edited by Cora");
  expect(r.coEmail).toBe(coEmail);
});

test("surprise mode hides buyers until the registrant reveals them after the event; then a thank-you list with CSV", async ({ page }) => {
  const past = await userWithRegistry({ eventInDays: -3 });
  await db.order.create({
    data: {
      registryId: past.registry.id,
      buyerName: "Auntie =Mo",
      buyerEmail: "mo@example.com",
      giftMessage: "Enjoy, dears",
      totalCents: 3000,
      lines: { create: [{ itemId: past.item.id, title: "Teapot", quantity: 1, unitCents: 3000 }] },
    },
  });
  await login(page, past.email);
  await page.goto(`/dashboard/registries/${past.registry.id}`);
  await page.getByRole("link", { name: "Thank-you list" }).click();
  await expect(page.getByText("Surprise mode is on")).toBeVisible();
  await expect(page.getByText("Auntie =Mo")).toHaveCount(0);
  expect((await page.request.get(`/dashboard/registries/${past.registry.id}/thank-you/csv`)).status()).toBe(403);
  await page.getByRole("button", { name: "Reveal who gave what" }).click();
  await expect(page.getByRole("cell", { name: "Auntie =Mo mo@example.com" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "Enjoy, dears" })).toBeVisible();
  await page.getByRole("checkbox", { name: "Thank-you sent to Auntie =Mo" }).check();
  await expect
    .poll(async () => (await db.order.findFirstOrThrow({ where: { registryId: past.registry.id } })).thankYouSentAt)
    .not.toBeNull();
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Download as CSV" }).click();
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv).toContain('"Auntie =Mo"');
  expect(csv).toContain('"1 × Teapot"');
  expect(csv).toContain('"yes"');

  // Before the event the reveal is not offered.
  const future = await userWithRegistry({ eventInDays: 10 });
  await page.context().clearCookies();
  await login(page, future.email);
  await page.goto(`/dashboard/registries/${future.registry.id}/thank-you`);
  await expect(page.getByRole("button", { name: "Reveal who gave what" })).toHaveCount(0);
});

test("turning surprise mode off while givers are still hidden asks first; saying no keeps them hidden", async ({ page }) => {
  const me = await userWithRegistry({ eventInDays: 10 });
  expect(me.registry.surpriseMode).toBe(true);
  await login(page, me.email);
  await gotoReady(page, `/dashboard/registries/${me.registry.id}/edit`);
  const form = page.getByRole("form", { name: "Edit registry" });
  const surprise = form.getByRole("checkbox", { name: "Surprise mode" });
  await expect(surprise).toBeChecked();
  await form.getByLabel("Occasion").selectOption({ label: "Wedding" });
  await surprise.uncheck();
  await expect(form.getByText("Saving with surprise mode off shows you who gave each gift right away.")).toBeVisible();

  const asked: string[] = [];
  let agree = false;
  page.on("dialog", (d) => {
    asked.push(d.message());
    return agree ? d.accept() : d.dismiss();
  });
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect
    .poll(() => asked)
    .toEqual(["Turning surprise mode off shows you right away who gave each gift and what they wrote, before your event. Turn it off?"]);
  await expect(page).toHaveURL(/\/edit$/);
  expect((await db.registry.findUniqueOrThrow({ where: { id: me.registry.id } })).surpriseMode).toBe(true);

  agree = true;
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: me.registry.title, exact: true })).toBeVisible();
  expect((await db.registry.findUniqueOrThrow({ where: { id: me.registry.id } })).surpriseMode).toBe(false);

  // Off already: other edits save without a question.
  await gotoReady(page, `/dashboard/registries/${me.registry.id}/edit`);
  await form.getByLabel("Message to your guests").fill("No surprises");
  await form.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByRole("heading", { level: 1, name: me.registry.title, exact: true })).toBeVisible();
  expect((await db.registry.findUniqueOrThrow({ where: { id: me.registry.id } })).message).toBe("No surprises");
  expect(asked).toHaveLength(2);
});

test("account: change details and password; delete is refused while orders are in progress", async ({ page }) => {
  const me = await userWithRegistry({ eventInDays: 30, locked: 1 });
  await login(page, me.email);
  await gotoReady(page, "/dashboard/account");
  const profile = page.getByRole("form", { name: "Profile" });
  await profile.getByLabel("First name").fill("");
  await profile.getByRole("button", { name: "Save details" }).click();
  await expect(profile.getByText("Enter your first name")).toBeVisible();
  await profile.getByLabel("First name").fill("Olivia");
  await profile.getByRole("button", { name: "Save details" }).click();
  await expect(page.getByRole("status").getByText("Your details are saved.")).toBeVisible();
  await expect(page.getByRole("banner").getByText("Olivia Er")).toBeVisible();
  expect((await db.registry.findUniqueOrThrow({ where: { id: me.registry.id } })).firstName).toBe("Olivia");

  const pw = page.getByRole("form", { name: "Change password" });
  await pw.getByLabel("Current password").fill("wrong-password-1");
  await pw.getByLabel("New password", { exact: true }).fill("another-good-pass-2");
  await pw.getByLabel("Confirm new password").fill("another-good-pass-2");
  await pw.getByRole("button", { name: "Change password" }).click();
  await expect(pw.getByText("That password is not right").first()).toBeVisible();
  await pw.getByLabel("Current password").fill("a-good-password-1");
  await pw.getByRole("button", { name: "Change password" }).click();
  await expect(pw.getByText("Your password is changed.")).toBeVisible();
  // A password change ends every session, this one too.
  await signIn(page, me.email, "another-good-pass-2");
  await gotoReady(page, "/dashboard/account");

  const del = page.getByRole("form", { name: "Delete account" });
  await del.getByLabel("Password to confirm").fill("another-good-pass-2");
  await del.getByRole("button", { name: "Delete my account" }).click();
  await expect(del.getByText(/has orders in progress/)).toBeVisible();
  expect(await db.user.count({ where: { id: me.user.id } })).toBe(1);
});
