// Email through a real SMTP receiver in this process (smtp-server): what arrives, to whom, and how.
import { SMTPServer } from "smtp-server";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { resetEnv } from "../../lib/env";
import { placeOrder } from "../../lib/data/orders";
import { newSlug } from "../../lib/data/registries";
import { claimDue } from "../../lib/data/outbox";
import { confirmEmailChange, requestEmailChange, requestPasswordReset, resetPassword } from "../../lib/data/email-tokens";
import { unsubscribe } from "../../lib/data/account";
import { runOutboxOnce, runScheduledOnce } from "../../lib/email/worker";
import { verify } from "../../lib/guest-access";
import { checkCredentials, createUser } from "../../lib/data/users";
import { hashPassword } from "../../lib/password";
import { fe } from "../../lib/validations/auth";

type Mail = { to: string; raw: string };
let inbox: Mail[] = [];
let reject = false;
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ["STARTTLS", "AUTH"],
  onRcptTo(address, _s, cb) {
    cb(reject ? Object.assign(new Error("mailbox unavailable"), { responseCode: 550 }) : undefined);
  },
  onData(stream, session, cb) {
    let raw = "";
    stream.on("data", (c: Buffer) => (raw += c.toString("utf8")));
    stream.on("end", () => {
      for (const r of session.envelope.rcptTo) inbox.push({ to: r.address, raw });
      cb();
    });
  },
});

beforeAll(async () => {
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", () => r()));
  process.env.SMTP_URL = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  resetEnv();
  // Start from an empty queue: this suite owns delivery while it runs.
  await prisma.emailMessage.updateMany({ where: { status: { in: ["QUEUED", "SENDING"] } }, data: { status: "SENT" } });
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  resetEnv();
  await new Promise<void>((r) => server.close(() => r()));
  await prisma.$disconnect();
});
beforeEach(() => {
  inbox = [];
  reject = false;
});

/** Undo quoted-printable (soft breaks, then =XX bytes read back as UTF-8). */
const decoded = (raw: string) => {
  const bytes: number[] = [];
  const s = raw.replace(/=\r?\n/g, "");
  for (let i = 0; i < s.length; i++) {
    const hex = s[i] === "=" && /^[0-9A-F]{2}$/.test(s.slice(i + 1, i + 3)) ? s.slice(i + 1, i + 3) : null;
    if (hex) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(s[i], "utf8"));
  }
  return Buffer.from(bytes).toString("utf8");
};
const subjectOf = (m: Mail) => /^Subject: (.*)$/m.exec(m.raw)?.[1] ?? "";

async function registry(surpriseMode: boolean) {
  const email = `owner-${Date.now()}-${Math.random().toString(36).slice(2, 7)}@example.com`;
  const owner = await prisma.user.create({
    data: { email, firstName: "Ona", lastName: "Owner", passwordHash: await hashPassword("a-good-password-1") },
  });
  const r = await prisma.registry.create({
    data: {
      slug: newSlug(),
      title: "Mail test",
      ownerId: owner.id,
      firstName: "Ona",
      lastName: "Owner",
      email,
      surpriseMode,
      items: { create: [{ title: "Secret Teapot", priceCents: 4200, requested: 4 }] },
    },
    include: { items: true },
  });
  return { owner, r, item: r.items[0] };
}

describe("email notifications", () => {
  it("an order sends the guest a confirmation and the registrant a surprise-mode notice without names", async () => {
    const { owner, r, item } = await registry(true);
    const order = await placeOrder(
      r.id,
      { buyerName: "Bea Buyer", buyerEmail: "bea@example.com", giftMessage: "Cheers!", shipToRegistrant: true },
      [{ itemId: item.id, quantity: 2 }],
      "http://shop.test",
    );
    expect(await runOutboxOnce()).toBe(2);
    const guest = inbox.find((m) => m.to === "bea@example.com")!;
    expect(subjectOf(guest)).toBe(`Your gift order #${order.id} for Mail test`);
    expect(decoded(guest.raw)).toContain("2 × Secret Teapot");
    expect(decoded(guest.raw)).toContain(`http://shop.test/r/${r.slug}`);
    const notice = inbox.find((m) => m.to === owner.email)!;
    expect(subjectOf(notice)).toBe("A gift was bought from Mail test");
    const text = decoded(notice.raw);
    expect(text).toContain("We’re keeping the details a surprise");
    expect(text).toContain("2 of 4 gifts on your registry are now bought");
    expect(text).not.toContain("Bea");
    expect(text).not.toContain("Teapot");
    expect(
      await prisma.emailMessage.count({ where: { to: { in: ["bea@example.com", owner.email] }, status: "SENT" } }),
    ).toBeGreaterThanOrEqual(2);
  });

  it("without surprise mode the notice names the buyer; the unsubscribe link works and stops the next notice", async () => {
    const { owner, r, item } = await registry(false);
    await placeOrder(
      r.id,
      { buyerName: "Bea Buyer", buyerEmail: "bea@example.com", giftMessage: "", shipToRegistrant: true },
      [{ itemId: item.id, quantity: 1 }],
      "http://shop.test",
    );
    await runOutboxOnce();
    const text = decoded(inbox.find((m) => m.to === owner.email)!.raw);
    expect(text).toContain("Bea Buyer bought 1 × Secret Teapot");
    const link = new URL(/http:\/\/shop\.test\/unsubscribe\?[^\s"<]+/.exec(text)![0].replace(/&amp;/g, "&"));
    const [u, k, sig] = ["u", "k", "sig"].map((p) => link.searchParams.get(p)!);
    expect(verify("unsubscribe", `${u}:${k}`, sig)).toBe(true);
    expect(verify("unsubscribe", `${Number(u) + 1}:${k}`, sig)).toBe(false);
    await unsubscribe(Number(u), k as "purchases");
    inbox = [];
    await placeOrder(
      r.id,
      { buyerName: "Cal", buyerEmail: "cal@example.com", giftMessage: "", shipToRegistrant: true },
      [{ itemId: item.id, quantity: 1 }],
      "http://shop.test",
    );
    await runOutboxOnce();
    expect(inbox.map((m) => m.to)).toEqual(["cal@example.com"]);
  });

  it("a password reset link works once and expires", async () => {
    const { owner } = await registry(true);
    await requestPasswordReset(owner.email, "http://shop.test");
    await requestPasswordReset("nobody-here@example.com", "http://shop.test"); // same answer, no email
    await runOutboxOnce();
    expect(inbox.map((m) => m.to)).toEqual([owner.email]);
    const token = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(decoded(inbox[0].raw))![1];
    await resetPassword(token, "brand-new-pass-7");
    expect((await checkCredentials(owner.email, "brand-new-pass-7")).ok).toBe(true);
    await expect(resetPassword(token, "another-pass-8")).rejects.toThrow(fe("linkExpired"));

    inbox = [];
    await requestPasswordReset(owner.email, "http://shop.test");
    await runOutboxOnce();
    const second = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(decoded(inbox[0].raw))![1];
    await prisma.emailToken.updateMany({ where: { userId: owner.id, usedAt: null }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(resetPassword(second, "another-pass-8")).rejects.toThrow(fe("linkExpired"));
    expect((await checkCredentials(owner.email, "brand-new-pass-7")).ok).toBe(true);
  });

  it("sign-up mails a confirmation link for that address; it works once, and not after the address changed", async () => {
    const email = `verify-${Date.now()}@example.com`;
    const user = await createUser({ email, password: "long-enough-1", firstName: "Vera", lastName: "Fy" }, "http://shop.test");
    const tokenOf = async (to: string) =>
      /confirm-email\?token=([A-Za-z0-9_-]+)/.exec(
        (await prisma.emailMessage.findFirstOrThrow({ where: { to }, orderBy: { id: "desc" } })).text,
      )![1];
    const first = await tokenOf(email);
    expect(await confirmEmailChange(first)).toEqual({ userId: user.id, email, changed: false });
    await expect(confirmEmailChange(first)).rejects.toThrow(fe("linkExpired"));

    // A second link for the old address, then the account moves to a new one: the old link proves nothing now.
    const again = await createUser(
      { email: `again-${email}`, password: "long-enough-1", firstName: "Al", lastName: "Ter" },
      "http://shop.test",
    );
    const stale = await tokenOf(`again-${email}`);
    await requestEmailChange(again.id, `moved-${email}`, "http://shop.test");
    const change = await tokenOf(`moved-${email}`);
    expect(await confirmEmailChange(change)).toMatchObject({ email: `moved-${email}`, changed: true });
    await prisma.user.update({ where: { id: again.id }, data: { email: `moved-${email}` } });
    await expect(confirmEmailChange(stale)).rejects.toThrow(fe("emailChangedMeanwhile"));
  });

  it("a refused delivery is retried later with backoff and the reason kept", async () => {
    const { r, item } = await registry(true);
    await prisma.user.updateMany({ where: { id: r.ownerId }, data: { notifyPurchases: false } });
    reject = true;
    await placeOrder(
      r.id,
      { buyerName: "Dee", buyerEmail: "dee@example.com", giftMessage: "", shipToRegistrant: true },
      [{ itemId: item.id, quantity: 1 }],
      "http://shop.test",
    );
    await runOutboxOnce();
    const m = await prisma.emailMessage.findFirstOrThrow({ where: { to: "dee@example.com" }, orderBy: { id: "desc" } });
    expect(m).toMatchObject({ status: "QUEUED", attempts: 1 });
    expect(m.lastError).toMatch(/mailbox unavailable/);
    expect(m.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    reject = false;
    await prisma.emailMessage.update({ where: { id: m.id }, data: { nextAttemptAt: new Date() } });
    await runOutboxOnce();
    expect((await prisma.emailMessage.findUniqueOrThrow({ where: { id: m.id } })).status).toBe("SENT");
    expect(inbox.filter((x) => x.to === "dee@example.com")).toHaveLength(1);
  });

  it("workers claiming at the same moment split the due messages: each goes to exactly one", async () => {
    const { r, item } = await registry(true);
    await prisma.registryItem.update({ where: { id: item.id }, data: { requested: 6 } });
    for (const n of [1, 2, 3, 4, 5, 6])
      await placeOrder(
        r.id,
        { buyerName: `W${n}`, buyerEmail: `w${n}@example.com`, giftMessage: "", shipToRegistrant: true },
        [{ itemId: item.id, quantity: 1 }],
        "http://shop.test",
      );
    const batches = await Promise.all([claimDue(50), claimDue(50), claimDue(50), claimDue(50)]);
    const ids = batches.flat().map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    const orders = await prisma.order.findMany({ where: { registryId: r.id }, select: { id: true } });
    const ours = await prisma.emailMessage.findMany({ where: { orderId: { in: orders.map((o) => o.id) } }, select: { id: true } });
    expect(ours.length).toBeGreaterThanOrEqual(6);
    expect(ours.every((m) => ids.includes(m.id))).toBe(true);
    expect(batches.flat().every((m) => m.status === "SENDING" && m.attempts === 1 && !m.subject.includes("{order}"))).toBe(true);
  });

  it("messages claimed by a worker that died mid-batch are sent exactly once after the lease runs out", async () => {
    const { r, item } = await registry(true);
    for (const n of [1, 2, 3])
      await placeOrder(
        r.id,
        { buyerName: `G${n}`, buyerEmail: `g${n}@example.com`, giftMessage: "", shipToRegistrant: true },
        [{ itemId: item.id, quantity: 1 }],
        "http://shop.test",
      );
    const claimed = await claimDue(); // the "crashed" worker: claimed, never sent, never marked
    expect(claimed.length).toBeGreaterThanOrEqual(4);
    expect(await runOutboxOnce()).toBe(0); // still leased: nobody else sends them
    await prisma.emailMessage.updateMany({
      where: { id: { in: claimed.map((c) => c.id) } },
      data: { leaseUntil: new Date(Date.now() - 1) },
    });
    expect(await runOutboxOnce()).toBe(claimed.length);
    expect(await runOutboxOnce()).toBe(0);
    const ids = inbox.map((m) => /^Message-ID: (.*)$/im.exec(m.raw)![1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(claimed.length);
  });

  it("a week after the event the registrant is reminded once to send thank-yous; digests and admin summaries go out once per period", async () => {
    const { owner, r, item } = await registry(true);
    await placeOrder(r.id, { buyerName: "Eve", buyerEmail: "eve@example.com", giftMessage: "", shipToRegistrant: true }, [
      { itemId: item.id, quantity: 1 },
    ]);
    await prisma.registry.update({ where: { id: r.id }, data: { eventDate: new Date(Date.now() - 8 * 86_400_000) } });
    await prisma.user.update({ where: { id: owner.id }, data: { weeklyDigest: true, notifyPurchases: false } });
    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    await prisma.user.update({
      where: { id: admin.id },
      data: { adminDailyReports: true, lastAdminSummaryAt: new Date(Date.now() - 2 * 86_400_000) },
    });
    await prisma.guestReport.create({ data: { registryId: r.id, reason: "spam" } });
    await runOutboxOnce();
    inbox = [];

    await runScheduledOnce();
    await runScheduledOnce(); // a second pass (or a restart) sends nothing again
    await runOutboxOnce();
    const subjects = inbox
      .filter((m) => [owner.email, admin.email].includes(m.to))
      .map(subjectOf)
      .sort();
    expect(subjects).toHaveLength(3);
    expect(subjects[0]).toMatch(/^\d+ new guest reports? to review$/); // other suites may file reports too
    expect(subjects.slice(1)).toEqual(["Time for thank-you notes: Mail test", "Your week on Wishwell, Ona"]);
    const reminder = decoded(inbox.find((m) => subjectOf(m).startsWith("Time for"))!.raw);
    expect(reminder).toContain("Reveal who gave what");
    expect(reminder).not.toContain("Eve");
  });
});
