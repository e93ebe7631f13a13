// Group gifts (issue 22): a couple adds a cash fund and turns an expensive gift into a group gift;
// two guests chip in (one hiding their name) and the second covers it, so it is ordered (Locked) with
// both contributions; the couple sees who gave, marks money received and sends thanks. A group gift
// not covered by its date is resolved by the couple, and its guests are emailed.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { arrivedReady, db, gotoReady, makeRegistry, signIn } from "./fixtures";

const SHOTS = process.env.GROUP_SHOTS_DIR ?? "/work/shots/group";
const PAY_LINK = "https://paypal.me/alexquinn";

/** Screenshots at 1280 and 390 px (GROUP_SHOTS=1): the whole page, or only `part` of a long one. */
async function shoot(page: Page, name: string, part?: Locator) {
  if (!process.env.GROUP_SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const path = `${SHOTS}/${name}-${width}.png`;
    await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function chipIn(page: Page, slug: string, g: { amount?: string; button?: string; name: string; email: string; hide?: boolean }) {
  await gotoReady(page, `/r/${slug}`);
  await page.getByRole("link", { name: "Chip in toward Espresso machine" }).click();
  await arrivedReady(page, new RegExp(`/r/${slug}/gift/\\d+$`));
  if (g.button) await page.getByRole("group", { name: "Suggested amounts" }).getByRole("button", { name: g.button }).click();
  else await page.getByLabel(/^Amount/).fill(g.amount!);
  await page.getByLabel("Your name").fill(g.name);
  await page.getByLabel("Your email").fill(g.email);
  if (g.hide) await page.getByLabel("Hide my name from other guests").check();
  await page.getByRole("button", { name: "Chip in", exact: true }).click();
}

/** A registry with a cash fund and an $800 espresso machine, made in the database. */
async function withGroupGift(deadline: Date | null = null) {
  const r = await makeRegistry();
  await db.registry.update({ where: { id: r.id }, data: { surpriseMode: false } });
  const fund = await db.fund.create({ data: { registryId: r.id, title: "Honeymoon in Lisbon", paymentLink: PAY_LINK } });
  const item = await db.registryItem.create({
    data: { registryId: r.id, title: "Espresso machine", priceCents: 80_000, requested: 1, position: 9 },
  });
  return { r, fund, item, deadline };
}

test("a couple's fund and group gift: two guests chip in, the gift is covered and ordered, money received, thanks sent", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const { r, item } = await withGroupGift();
  const couple = await (await browser.newContext()).newPage();
  await signIn(couple, "alex@example.com");

  // The couple adds a cash fund (guests pay through its link) and makes the espresso machine a group gift.
  await gotoReady(couple, `/dashboard/registries/${r.id}`);
  await couple.getByText("Add a cash fund").click();
  const add = couple.getByRole("form", { name: "Add a cash fund" });
  await add.getByLabel("Name").fill("Our first sofa");
  await add.getByLabel("Payment link").fill("https://paypal.me/sofa");
  await add.getByRole("button", { name: "Add fund" }).click();
  await expect(add.getByText("Fund added.")).toBeVisible();
  const sofa = await db.fund.findFirstOrThrow({ where: { registryId: r.id, title: "Our first sofa" } });
  await gotoReady(couple, `/dashboard/registries/${r.id}`);
  const row = couple.getByRole("listitem").filter({ has: couple.getByRole("heading", { name: "Espresso machine", exact: true }) });
  const settings = couple.getByRole("form", { name: "Group gift settings for Espresso machine" });
  await row.getByText("Group gift (guests chip in together)").click();
  await settings.getByLabel("Let guests chip in together toward this gift").check();
  // A group gift needs the fund guests pay through.
  await settings.getByRole("button", { name: "Save group gift" }).click();
  await expect(settings.getByText("Pick the cash fund whose payment details guests use")).toBeVisible();
  await settings.getByLabel("Smallest amount (optional)").fill("50");
  await settings.getByLabel("Guests pay through").selectOption({ label: "Honeymoon in Lisbon" });
  await settings.getByRole("button", { name: "Save group gift" }).click();
  await expect(settings.getByText("Saved.")).toBeVisible();
  await expect
    .poll(async () => db.registryItem.findUniqueOrThrow({ where: { id: item.id } }))
    .toMatchObject({ groupGift: true, groupMinCents: 5_000, groupFundId: expect.any(Number) });
  expect(sofa.active).toBe(true);

  // Guest A: the card shows progress and the way to chip in; a first share of $300.
  const guestA = await (await browser.newContext()).newPage();
  await gotoReady(guestA, `/r/${r.slug}`);
  const cardOf = (p: Page) => p.getByRole("listitem").filter({ has: p.getByRole("heading", { name: "Espresso machine" }) });
  const card = cardOf(guestA);
  await expect(card.getByText("Group gift")).toBeVisible();
  await expect(card.getByText("$0.00 of $800.00 covered")).toBeVisible();
  await chipIn(guestA, r.slug, { amount: "20", name: "Ana Lima", email: "ana.group@example.com" });
  await expect(guestA.getByText("Nothing was pledged: please check the amount.")).toBeVisible();
  await expect(guestA.getByText("The smallest amount is $50.00 (or exactly the $800.00 that is left).")).toBeVisible();
  expect(await db.contribution.count({ where: { itemId: item.id } })).toBe(0);
  await guestA.getByLabel(/^Amount/).fill("300");
  await guestA.getByRole("button", { name: "Chip in", exact: true }).click();
  await expect(guestA).toHaveURL(new RegExp(`/r/${r.slug}/pledged/\\d+\\?sig=`));
  await expect(guestA.getByRole("heading", { name: "Thank you, Ana Lima!" })).toBeVisible();
  await expect(guestA.getByRole("link", { name: /Pay \$300\.00 online/ })).toHaveAttribute("href", PAY_LINK);

  // Guest B, hidden from other guests: more than is left is refused at the field with what is left.
  const guestB = await (await browser.newContext()).newPage();
  await gotoReady(guestB, `/r/${r.slug}`);
  await expect(cardOf(guestB).getByText("$300.00 of $800.00 covered")).toBeVisible();
  await expect(guestB.getByText("1 person chipped in")).toBeVisible();
  await expect(guestB.getByRole("progressbar", { name: "Espresso machine: covered so far" })).toHaveAttribute("aria-valuenow", "37");
  await shoot(guestB, "guest-cards", guestB.locator("main"));
  await chipIn(guestB, r.slug, { amount: "600", name: "Secret Sam", email: "sam.group@example.com", hide: true });
  await expect(guestB.getByLabel(/^Amount/)).toHaveAccessibleDescription(
    /Only \$500\.00 is left toward this gift — you can give up to that\./,
  );
  await shoot(guestB, "contribution-form");
  await guestB.getByRole("group", { name: "Suggested amounts" }).getByRole("button", { name: "All that is left ($500.00)" }).click();
  await guestB.getByRole("button", { name: "Chip in", exact: true }).click();
  await expect(guestB.getByRole("heading", { name: "Thank you, Secret Sam!" })).toBeVisible();

  // Covered: one unit Locked, exactly as a purchase, with both contributions on its order.
  const after = await db.registryItem.findUniqueOrThrow({ where: { id: item.id } });
  expect(after).toMatchObject({ locked: 1, purchased: 0, fundedCents: 0 });
  const order = await db.order.findFirstOrThrow({ where: { registryId: r.id }, include: { contributions: true, lines: true } });
  expect(order.lines).toEqual([expect.objectContaining({ itemId: item.id, quantity: 1, unitCents: 80_000 })]);
  expect(order.contributions.map((c) => c.amountCents).sort()).toEqual([30_000, 50_000]);
  await gotoReady(guestB, `/r/${r.slug}?show=all`);
  await expect(cardOf(guestB).getByText("Fully purchased — thank you!")).toBeVisible();
  const html = await (await guestB.request.get(`/r/${r.slug}`)).text();
  for (const secret of ["Secret", PAY_LINK, "Lima"]) expect(html).not.toContain(secret);

  // The couple: the gift is ordered, who gave what, Ana's money arrived.
  await gotoReady(couple, `/dashboard/registries/${r.id}`);
  await expect(row.getByRole("definition").nth(2)).toHaveText("1"); // Ordered, on its way
  const list = couple.getByRole("list", { name: "Contributions toward Espresso machine" });
  await expect(list.getByText(/Secret Sam \(hidden from other guests\)/)).toBeVisible();
  await list.getByRole("checkbox", { name: "$300.00 from Ana Lima received" }).check();
  await expect
    .poll(async () => (await db.contribution.findFirstOrThrow({ where: { registryId: r.id, email: "ana.group@example.com" } })).status)
    .toBe("RECEIVED");
  await shoot(couple, "couple-view", row);

  // Thanks: each guest once on the thank-you list (not the order as a third gift), then marked sent.
  await gotoReady(couple, `/dashboard/registries/${r.id}/thank-you`);
  await expect(couple.getByText("$300.00 toward Espresso machine (group gift) (received)")).toBeVisible();
  await expect(couple.getByText("$500.00 toward Espresso machine (group gift) (promised)")).toBeVisible();
  await expect(couple.getByText("Group gift: Espresso machine")).toHaveCount(0);
  await couple.getByRole("checkbox", { name: "Thank-you sent to Ana Lima" }).check();
  await expect
    .poll(
      async () => (await db.contribution.findFirstOrThrow({ where: { registryId: r.id, email: "ana.group@example.com" } })).thankYouSentAt,
    )
    .not.toBeNull();

  // Admin: sees the group gift's contributions and may refund one; the audit log has it.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@example.com");
  await gotoReady(admin, `/admin/registries/${r.id}`);
  const table = admin.getByRole("table", { name: "Contributions toward Espresso machine" });
  await expect(table.getByText("Secret Sam (hidden from guests)")).toBeVisible();
  const sam = await db.contribution.findFirstOrThrow({ where: { registryId: r.id, email: "sam.group@example.com" } });
  admin.once("dialog", (d) => d.accept());
  await admin
    .getByRole("form", { name: `Refund contribution ${sam.id}` })
    .getByRole("button", { name: "Mark refunded" })
    .click();
  await expect.poll(async () => (await db.contribution.findUniqueOrThrow({ where: { id: sam.id } })).status).toBe("REFUNDED");
  expect(await db.auditLog.count({ where: { registryId: r.id, action: "contribution.refund", targetId: String(sam.id) } })).toBe(1);
  // Ana's money still counts toward the order: the admin cannot cancel it, and is told why.
  await gotoReady(admin, `/admin/orders?registry=${r.id}`);
  await admin.getByLabel(`Select order #${order.id}`).check();
  await admin.getByRole("button", { name: "Cancel selected (1)" }).click();
  await expect(admin.getByText("0 of 1 order cancelled.")).toBeVisible();
  await expect(admin.getByRole("list", { name: "Orders not changed" })).toContainText(
    `Order #${order.id}: Guests chipped in for this order: refund their contributions first`,
  );
  expect(await db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PLACED" });
  await shoot(admin, "admin-cancel-refused", admin.locator("main"));
  for (const p of [couple, guestA, guestB, admin]) await p.context().close();
});

test("a group gift not covered by its date: the couple moves the money to a fund and the guests are told", async ({ browser }) => {
  test.setTimeout(120_000);
  const { r, fund, item } = await withGroupGift();
  await db.registryItem.update({ where: { id: item.id }, data: { groupGift: true, groupFundId: fund.id } });
  const guest = await (await browser.newContext()).newPage();
  await chipIn(guest, r.slug, { amount: "120", name: "Cleo Park", email: "cleo.group@example.com" });
  await expect(guest.getByRole("heading", { name: "Thank you, Cleo Park!" })).toBeVisible();
  // The date passes: guests can no longer chip in; the couple decides.
  await db.registryItem.update({ where: { id: item.id }, data: { groupDeadline: new Date(Date.now() - 60_000) } });
  await gotoReady(guest, `/r/${r.slug}/gift/${item.id}`);
  await expect(guest.getByText("Guests can no longer chip in toward this gift.")).toBeVisible();

  const couple = await (await browser.newContext()).newPage();
  await signIn(couple, "alex@example.com");
  await gotoReady(couple, `/dashboard/registries/${r.id}`);
  const decide = couple.getByRole("form", { name: "Decide about Espresso machine" });
  await expect(decide.getByText(/Not fully funded by .*: \$120\.00 from 1 guest\. What happens to it\?/)).toBeVisible();
  await decide.getByLabel("Move it to a cash fund").check();
  await decide.getByLabel("Cash fund", { exact: true }).selectOption({ label: "Honeymoon in Lisbon" });
  couple.once("dialog", (d) => d.accept());
  await decide.getByRole("button", { name: "Decide and tell the guests" }).click();
  await expect(decide).toHaveCount(0);
  await expect
    .poll(async () => db.contribution.findFirstOrThrow({ where: { registryId: r.id, email: "cleo.group@example.com" } }))
    .toMatchObject({ fundId: fund.id, itemId: null, status: "PROMISED" });
  expect(await db.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ groupGift: false, fundedCents: 0 });
  const mail = await db.emailMessage.findFirstOrThrow({
    where: { to: "cleo.group@example.com", kind: "group-gift-resolved" },
    orderBy: { id: "desc" },
  });
  expect(mail.subject).toBe("Your $120.00 now goes to “Honeymoon in Lisbon”");
  expect(await db.auditLog.count({ where: { registryId: r.id, action: "group.move-to-fund" } })).toBe(1);
  // The fund counts it now; the gift is a normal gift again.
  await gotoReady(guest, `/r/${r.slug}`);
  const fundCard = guest.getByRole("listitem").filter({ has: guest.getByRole("heading", { name: "Honeymoon in Lisbon" }) });
  await expect(fundCard.getByText("$120.00 raised · 1 contributor")).toBeVisible();
  await shoot(guest, "fund-card", fundCard);
  for (const p of [couple, guest]) await p.context().close();
});

test("no date at all: the couple may decide at any time; a gift without a price cannot be a group gift", async ({ browser }) => {
  test.setTimeout(120_000);
  const { r, fund, item } = await withGroupGift();
  await db.registry.update({ where: { id: r.id }, data: { eventDate: null } });
  await db.registryItem.update({ where: { id: item.id }, data: { groupGift: true, groupFundId: fund.id } });
  const free = await db.registryItem.create({ data: { registryId: r.id, title: "A hug", priceCents: 0, requested: 1, position: 10 } });
  const guest = await (await browser.newContext()).newPage();
  await chipIn(guest, r.slug, { amount: "80", name: "Dana Wu", email: "dana.group@example.com" });
  await expect(guest.getByRole("heading", { name: "Thank you, Dana Wu!" })).toBeVisible();

  const couple = await (await browser.newContext()).newPage();
  await signIn(couple, "alex@example.com");
  await gotoReady(couple, `/dashboard/registries/${r.id}`);
  const decide = couple.getByRole("form", { name: "Decide about Espresso machine" });
  await expect(
    decide.getByText("No end date, so you can stop it whenever you like: $80.00 from 1 guest so far. What happens to it?"),
  ).toBeVisible();
  await shoot(
    couple,
    "decide-no-date",
    couple.getByRole("listitem").filter({ has: couple.getByRole("heading", { name: "Espresso machine", exact: true }) }),
  );

  // The free gift: refused at the checkbox, nothing saved.
  const hug = couple.getByRole("listitem").filter({ has: couple.getByRole("heading", { name: "A hug", exact: true }) });
  const settings = couple.getByRole("form", { name: "Group gift settings for A hug" });
  await hug.getByText("Group gift (guests chip in together)").click();
  await settings.getByLabel("Let guests chip in together toward this gift").check();
  await settings.getByLabel("Guests pay through").selectOption({ label: "Honeymoon in Lisbon" });
  await settings.getByRole("button", { name: "Save group gift" }).click();
  await expect(settings.getByLabel("Let guests chip in together toward this gift")).toHaveAccessibleDescription(
    "Only a gift with a price can be a group gift",
  );
  await expect(settings.getByText("Nothing was saved: this gift has no price, so guests cannot chip in toward it.")).toBeVisible();
  expect((await db.registryItem.findUniqueOrThrow({ where: { id: free.id } })).groupGift).toBe(false);
  await shoot(couple, "no-price", hug);

  // Decide now: the pledge is released and the gift is a normal gift again.
  await decide.getByLabel("Release the pledges (guests pay nothing)").check();
  couple.once("dialog", (d) => d.accept());
  await decide.getByRole("button", { name: "Decide and tell the guests" }).click();
  await expect(decide).toHaveCount(0);
  await expect
    .poll(async () => (await db.contribution.findFirstOrThrow({ where: { registryId: r.id, email: "dana.group@example.com" } })).status)
    .toBe("RELEASED");
  expect(await db.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ groupGift: false, fundedCents: 0 });
  for (const p of [couple, guest]) await p.context().close();
});
