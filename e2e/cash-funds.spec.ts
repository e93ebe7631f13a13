// Cash funds (issue 22): a couple adds a fund with a goal, two guests pledge (one hiding their name),
// the guest page shows progress only, payment details appear only after pledging, the couple sees
// who gave what (as surprise mode allows), marks money received, and finds it on the thank-you list,
// in its CSV and in the emails. Bad input is refused at the field with nothing written.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { arrivedReady, db, gotoReady, makeRegistry, signIn } from "./fixtures";
import { plainPng } from "./photo-helpers";

const SHOTS = "/work/shots/funds";
const PAY_LINK = "https://paypal.me/alexquinn";
const BANK = "IBAN PT50 0002 0123 1234 5678 9015 4";

/** Screenshots at 1280 and 390 px (FUND_SHOTS=1): the whole page, or only `part` of a long one. */
async function shoot(page: Page, name: string, part?: Locator) {
  if (!process.env.FUND_SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    const path = `${SHOTS}/${name}-${width}.png`;
    await (part ? part.screenshot({ path }) : page.screenshot({ path, fullPage: true }));
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

async function pledge(
  page: Page,
  slug: string,
  fundId: number,
  g: { amount?: string; suggested?: string; name: string; email: string; hide?: boolean },
) {
  await gotoReady(page, `/r/${slug}`);
  await page.getByRole("link", { name: "Contribute to Honeymoon in Lisbon" }).click();
  await arrivedReady(page, new RegExp(`/r/${slug}/fund/${fundId}$`));
  // How to pay is not on the page before pledging.
  expect(await page.content()).not.toContain(PAY_LINK);
  if (g.suggested) await page.getByRole("group", { name: "Suggested amounts" }).getByRole("button", { name: g.suggested }).click();
  else await page.getByLabel(/^Amount/).fill(g.amount!);
  await page.getByLabel("Your name").fill(g.name);
  await page.getByLabel("Your email").fill(g.email);
  await page.getByLabel("Message for the couple (optional)").fill(`Enjoy Lisbon! — ${g.name}`);
  if (g.hide) await page.getByLabel("Hide my name from other guests").check();
  await page.getByRole("button", { name: "Pledge my gift" }).click();
  await expect(page).toHaveURL(new RegExp(`/r/${slug}/pledged/\\d+\\?sig=`));
  await expect(page.getByRole("heading", { name: `Thank you, ${g.name}!` })).toBeVisible();
}

test("a couple's fund: two guests pledge, progress without amounts per person, payment details after pledging, received, thank-you list, CSV, emails", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const r = await makeRegistry();
  const firstEmail = (await db.emailMessage.findFirst({ orderBy: { id: "desc" } }))?.id ?? 0;
  const couple = await (await browser.newContext()).newPage();
  await signIn(couple, "alex@example.com");
  await gotoReady(couple, `/dashboard/registries/${r.id}`);
  await couple.getByText("Add a cash fund").click();
  const add = couple.getByRole("form", { name: "Add a cash fund" });
  await add.getByLabel("Name").fill("Honeymoon in Lisbon");
  await add.getByLabel("Story (optional)").fill("Two weeks of trams, tiles and pastéis de nata.");
  await add.getByLabel(/^Goal/).fill("500");
  await add.getByLabel("Suggested amounts (optional)").fill("60 120");
  await add.getByLabel("Payment link").fill(PAY_LINK);
  await add.getByLabel("Bank-transfer details (optional)").fill(BANK);
  await add.getByRole("button", { name: "Add fund" }).click();
  await expect(add.getByText("Fund added.")).toBeVisible();
  await expect(couple.getByRole("heading", { name: "Honeymoon in Lisbon" })).toBeVisible();
  const fund = await db.fund.findFirstOrThrow({ where: { registryId: r.id } });
  expect(fund).toMatchObject({ goalCents: 50_000, suggestedCents: "6000,12000", paymentLink: PAY_LINK, active: true });

  const guestA = await (await browser.newContext()).newPage();
  await pledge(guestA, r.slug, fund.id, { suggested: "$60.00", name: "Ana Lima", email: "ana.funds@example.com" });
  // Only now: how to pay, on the confirmation page.
  await expect(guestA.getByRole("link", { name: /Pay \$60\.00 online/ })).toHaveAttribute("href", PAY_LINK);
  await expect(guestA.getByText(BANK)).toBeVisible();
  await shoot(guestA, "pledged");

  const guestB = await (await browser.newContext()).newPage();
  await pledge(guestB, r.slug, fund.id, { amount: "35", name: "Secret Sam", email: "sam.funds@example.com", hide: true });
  await expect(guestB.getByText("Other guests won’t see your name.")).toBeVisible();

  // The guest page: raised of goal and 2 contributors; no amount per person, no hidden name, no payment details.
  await gotoReady(guestB, `/r/${r.slug}`);
  const card = guestB.getByRole("listitem").filter({ has: guestB.getByRole("heading", { name: "Honeymoon in Lisbon" }) });
  await expect(card.getByText("$95.00 of $500.00 raised · 2 contributors")).toBeVisible();
  // Surprise mode is on: not even first names (the couple would read them on their own guest page).
  await expect(card.getByText("From 2 guests")).toBeVisible();
  await expect(card.getByRole("progressbar")).toHaveAttribute("aria-valuenow", "19");
  const html = await (await guestB.request.get(`/r/${r.slug}`)).text();
  for (const secret of ["Secret", "$60.00", "$35.00", PAY_LINK, "PT50", "Lima"]) expect(html).not.toContain(secret);
  await shoot(guestB, "guest-page");
  await gotoReady(guestB, `/r/${r.slug}/fund/${fund.id}`);
  await shoot(guestB, "contribute-form");

  // The couple, in surprise mode: amounts, not names.
  await gotoReady(couple, `/dashboard/registries/${r.id}`);
  const list = couple.getByRole("list", { name: "Contributions to Honeymoon in Lisbon" });
  await expect(list.getByRole("listitem")).toHaveCount(2);
  await expect(list.getByText("A guest (surprise mode)")).toHaveCount(2);
  await expect(list).not.toContainText("Ana Lima");
  // Surprise mode off: who gave what; Ana's money arrived.
  await db.registry.update({ where: { id: r.id }, data: { surpriseMode: false } });
  await gotoReady(couple, `/dashboard/registries/${r.id}`);
  await expect(list.getByText(/Ana Lima/)).toBeVisible();
  await expect(list.getByText(/Secret Sam \(hidden from other guests\)/)).toBeVisible();
  await list.getByRole("checkbox", { name: "$60.00 from Ana Lima received" }).check();
  await expect
    .poll(async () => (await db.contribution.findFirstOrThrow({ where: { email: "ana.funds@example.com", fundId: fund.id } })).status)
    .toBe("RECEIVED");
  await expect(list.getByRole("checkbox", { name: "$60.00 from Ana Lima received" })).toBeChecked();
  await shoot(couple, "manage", couple.locator("section", { has: couple.getByRole("heading", { name: /Cash funds/ }) }));

  // Thank-you list and its CSV.
  await gotoReady(couple, `/dashboard/registries/${r.id}/thank-you`);
  await expect(couple.getByText("$60.00 to Honeymoon in Lisbon (received)")).toBeVisible();
  await expect(couple.getByText("$35.00 to Honeymoon in Lisbon (promised)")).toBeVisible();
  await shoot(couple, "thank-you");
  const csv = await (await couple.request.get(`/dashboard/registries/${r.id}/thank-you/csv`)).text();
  expect(csv).toContain('"Ana Lima","ana.funds@example.com","$60.00 to Honeymoon in Lisbon (received)"');
  expect(csv).toContain('"Secret Sam","sam.funds@example.com","$35.00 to Honeymoon in Lisbon (promised)"');

  // Emails, queued with the pledges: the receipt with how to pay, the couple's notice.
  const receipt = await db.emailMessage.findFirstOrThrow({
    where: { to: "ana.funds@example.com", kind: "contribution-receipt", id: { gt: firstEmail } },
  });
  expect(receipt.text).toContain(PAY_LINK);
  expect(receipt.text).toContain(BANK);
  expect(receipt.subject).toBe("Your gift of $60.00 to “Honeymoon in Lisbon”");
  const notices = await db.emailMessage.findMany({
    where: { to: "alex@example.com", kind: "contribution-notice", id: { gt: firstEmail } },
  });
  expect(notices.length).toBeGreaterThanOrEqual(2);
  expect(notices.every((n) => !n.text.includes("Secret Sam"))).toBe(true); // surprise mode was on when they pledged

  // Admin: sees the fund and refunds Sam's pledge; the audit log has it.
  const admin = await (await browser.newContext()).newPage();
  await signIn(admin, "admin@example.com");
  await gotoReady(admin, `/admin/registries/${r.id}`);
  const table = admin.getByRole("table", { name: "Contributions to Honeymoon in Lisbon" });
  await expect(table.getByText("Secret Sam (hidden from guests)")).toBeVisible();
  await shoot(admin, "admin", admin.locator("section", { has: admin.getByRole("heading", { name: /Cash funds/ }) }));
  const sam = await db.contribution.findFirstOrThrow({ where: { email: "sam.funds@example.com", fundId: fund.id } });
  admin.once("dialog", (d) => d.accept());
  await admin
    .getByRole("form", { name: `Refund contribution ${sam.id}` })
    .getByRole("button", { name: "Mark refunded" })
    .click();
  await expect.poll(async () => (await db.contribution.findUniqueOrThrow({ where: { id: sam.id } })).status).toBe("REFUNDED");
  expect(await db.auditLog.count({ where: { registryId: r.id, action: "contribution.refund", targetId: String(sam.id) } })).toBe(1);
  await gotoReady(guestB, `/r/${r.slug}`);
  await expect(card.getByText("$60.00 of $500.00 raised · 1 contributor")).toBeVisible();
  for (const p of [couple, guestA, guestB, admin]) await p.context().close();
});

test("bad amounts, emails and goals: a clear message at the field, nothing written", async ({ browser }) => {
  test.setTimeout(120_000);
  const r = await makeRegistry();
  const fund = await db.fund.create({ data: { registryId: r.id, title: "Our first sofa", paymentLink: PAY_LINK } });
  const page = await (await browser.newContext()).newPage();
  await gotoReady(page, `/r/${r.slug}/fund/${fund.id}`);
  const amount = page.getByLabel(/^Amount/);
  await page.getByLabel("Your name").fill("Bad Input");
  await page.getByLabel("Your email").fill("not-an-email");
  for (const [value, message] of [
    ["0", "The smallest contribution is $1.00"],
    ["-5", "The smallest contribution is $1.00"],
    ["0.5", "The smallest contribution is $1.00"],
    ["1000000", "The largest contribution is $100,000.00"],
    ["ten", "Enter an amount like 50 or 50.00"],
    ["12.345", "Enter an amount like 50 or 50.00"],
  ]) {
    await amount.fill(value);
    await page.getByRole("button", { name: "Pledge my gift" }).click();
    await expect(page.getByText(message)).toBeVisible();
    await expect(amount).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  expect(await db.contribution.count({ where: { fundId: fund.id } })).toBe(0);

  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  await page.getByText("Add a cash fund").click();
  const add = page.getByRole("form", { name: "Add a cash fund" });
  await add.getByLabel("Name").fill("Nonsense");
  for (const [field, value, message] of [
    [/^Goal/, "lots", "Enter a goal like 2500 or 2500.00"],
    [/^Goal/, "0", "A goal must be at least $1.00"],
    [/^Goal/, "99999999", "A goal can be at most $1,000,000.00"],
    ["Suggested amounts (optional)", "10 zero", "Use amounts between 1 and 100,000, separated by spaces (like 25 50 100)"],
    ["Payment link", "http://paypal.me/x", "Enter a full link starting with https:// (like https://paypal.me/you)"],
  ] as const) {
    await add.getByLabel(field).fill(value);
    await add.getByRole("button", { name: "Add fund" }).click();
    await expect(add.getByText(message)).toBeVisible();
  }
  await add.getByLabel(/^Goal/).fill("");
  await add.getByLabel("Suggested amounts (optional)").fill("");
  await add.getByLabel("Payment link").fill("");
  await add.getByRole("button", { name: "Add fund" }).click();
  await expect(add.getByText("Add a payment link or bank-transfer details, so guests know how to pay")).toBeVisible();
  expect(await db.fund.count({ where: { registryId: r.id } })).toBe(1);
  await page.context().close();
});

test("a fund's photo: the couple adds it, guests see it on the fund's card; removing an empty fund removes its photo", async ({ page }) => {
  test.setTimeout(120_000);
  const r = await makeRegistry();
  const fund = await db.fund.create({ data: { registryId: r.id, title: "Honeymoon in Lisbon", paymentLink: PAY_LINK, goalCents: 10_000 } });
  await signIn(page, "alex@example.com");
  await gotoReady(page, `/dashboard/registries/${r.id}`);
  const mine = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Honeymoon in Lisbon" }) });
  const png = (await plainPng(900, 700, "#2a6f97")).toString("base64");
  await mine.getByTestId("photo-drop").evaluate((zone, b64) => {
    const data = new DataTransfer();
    data.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], "lisbon.png", { type: "image/png" }));
    zone.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, png);
  await mine.getByRole("button", { name: "Save photo" }).click();
  await expect.poll(async () => (await db.fund.findUniqueOrThrow({ where: { id: fund.id } })).photo).toMatch(/^[a-f0-9]{32}$/);
  const { photo } = await db.fund.findUniqueOrThrow({ where: { id: fund.id } });

  await gotoReady(page, `/r/${r.slug}`);
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Honeymoon in Lisbon" }) });
  await expect(card.getByRole("img", { name: "Honeymoon in Lisbon" })).toHaveAttribute("src", new RegExp(`/images/${photo}-\\d+\\.webp`));

  await gotoReady(page, `/dashboard/registries/${r.id}`);
  page.once("dialog", (d) => d.accept());
  await mine.getByRole("button", { name: "Remove Honeymoon in Lisbon" }).click();
  await expect.poll(() => db.fund.count({ where: { id: fund.id } })).toBe(0);
  expect(await db.image.count({ where: { hash: photo } })).toBe(0);
});
