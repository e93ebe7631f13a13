// Group gifts on the production path (lib/data/group-gifts.ts), on whichever database DATABASE_URL
// names: 100 guests at once toward a gift with $500 left (never over-funded, exactly the units
// covered are locked, each order carries the contributions that covered it), the database's own
// refusals, refunds, and the couple's decision after the date.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { createFund, refundContribution } from "../../lib/data/funds";
import {
  chippedIn,
  contributeToGift,
  findGuestGroupGift,
  groupGiftsForOwner,
  needsDecision,
  resolveGroupGift,
  setGroupGift,
} from "../../lib/data/group-gifts";
import { cancelOrder, dispatchOrder, placeOrder, recordBoughtElsewhere } from "../../lib/data/orders";
import { applyToOrders } from "../../lib/data/admin-orders";
import { updateItem } from "../../lib/data/registry-items";
import { groupGiftSchema } from "../../lib/validations/funds";
import { databaseUrl, providerOf } from "../../lib/database-url";
import { recordMovementsAs } from "../../lib/data/soap-sales";
import { newSlug } from "../../lib/data/registries";
import { thankYouList } from "../../lib/data/thank-you";
import type { SessionUser } from "../../lib/data/users";
import type { AppError } from "../../lib/errors";
import { queueWeeklyDigests } from "../../lib/data/scheduled-emails";

const BASE = "http://shop.test";
const guest = (i: number, amount: number, anonymous = false) => ({
  itemId: 0,
  amount,
  name: `Guest ${i}`,
  email: `gg${i}@example.com`,
  message: "",
  anonymous,
});

async function groupGift(priceCents: number, requested: number, min = 0) {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  const actor: SessionUser = { id: owner.id, email: owner.email, name: "Alex", role: "REGISTRANT" };
  const registry = await prisma.registry.create({
    data: {
      slug: newSlug(),
      title: "Group test",
      ownerId: owner.id,
      firstName: "G",
      lastName: "T",
      email: owner.email,
      surpriseMode: false,
    },
  });
  const fund = await createFund(
    registry.id,
    { title: "Honeymoon", story: "", goal: null, suggested: "", paymentLink: "https://paypal.me/alexsam", transferDetails: "" },
    actor,
  );
  const item = await prisma.registryItem.create({ data: { registryId: registry.id, title: "Espresso machine", priceCents, requested } });
  await setGroupGift(registry.id, item.id, { groupGift: true, min, fundId: fund.id, deadline: null }, actor);
  return { registry, fund, item, actor };
}

/** The money toward the next unit is exactly the counted pledges not yet in an order. */
async function expectFundedMatchesPledges(itemId: number) {
  const item = await prisma.registryItem.findUniqueOrThrow({ where: { id: itemId } });
  const pending = await prisma.contribution.findMany({ where: { itemId, orderId: null, status: { in: ["PROMISED", "RECEIVED"] } } });
  expect(item.fundedCents).toBe(pending.reduce((s, c) => s + c.amountCents, 0));
  return item;
}

const refusedBy = (e: unknown, name: string) =>
  new RegExp(name).test(`${(e as Error)?.message} ${JSON.stringify((e as { meta?: unknown })?.meta ?? null)}`);

describe("group gifts", () => {
  afterAll(() => prisma.$disconnect());

  it("100 guests at once toward a gift with $500 left: never over-funded, exactly the covered units locked", async () => {
    // Two units of $300; $100 already given toward the first: $500 left in all.
    const { registry, item } = await groupGift(30_000, 2);
    await contributeToGift(registry.id, { ...guest(0, 10_000), itemId: item.id }, BASE);
    // Amounts from $15 to $45 ($3,000 in all): whoever is refused ("only $X left") gives what is left, as the page offers.
    const give = async (i: number) => {
      const wish = 1_500 + (i % 7) * 500;
      let amount = wish;
      for (let round = 0; round < 20; round++) {
        try {
          return await contributeToGift(registry.id, { ...guest(i + 1, amount, i % 3 === 0), itemId: item.id }, BASE);
        } catch (e) {
          const now = await findGuestGroupGift(registry.id, item.id, null);
          if (!now || now.left === 0) return null;
          expect(`${(e as Error).message} ${(e as AppError).fieldErrors?.amount ?? ""}`).toMatch(/Only \$[\d,.]+ is left|fully funded/);
          amount = Math.min(wish, now.restCents);
        }
      }
      return null;
    };
    const results = await Promise.allSettled(Array.from({ length: 100 }, (_, i) => give(i)));
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);

    const after = await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } });
    const counted = await prisma.contribution.findMany({ where: { itemId: item.id, status: { in: ["PROMISED", "RECEIVED"] } } });
    const total = counted.reduce((s, c) => s + c.amountCents, 0);
    // $3,000 of guests' wishes arrive for $500: both units covered, not a cent more.
    expect(after).toMatchObject({ locked: 2, purchased: 0, fundedCents: 0 });
    expect(total).toBe(60_000);
    const orders = await prisma.order.findMany({ where: { registryId: registry.id }, include: { contributions: true, lines: true } });
    expect(orders).toHaveLength(2);
    for (const o of orders) {
      expect(o.lines).toEqual([expect.objectContaining({ itemId: item.id, quantity: 1, unitCents: 30_000 })]);
      expect(o.contributions.reduce((s, c) => s + c.amountCents, 0)).toBe(30_000);
    }
    expect(counted.every((c) => c.orderId !== null)).toBe(true);
    // Fully funded now: one more guest is told so, and nothing is written.
    await expect(contributeToGift(registry.id, { ...guest(200, 100), itemId: item.id }, BASE)).rejects.toThrow(/fully funded/);
    // Dispatch moves a covered unit to Purchased, as for any order.
    await dispatchOrder(orders[0].id, null);
    expect(await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ locked: 1, purchased: 1 });
  });

  it("the database refuses over-funding, money without a unit, and a contribution to both or neither", async () => {
    const { registry, fund, item } = await groupGift(10_000, 1);
    for (const fundedCents of [10_000, 15_000, -1])
      expect(
        refusedBy(
          await prisma.registryItem.update({ where: { id: item.id }, data: { fundedCents } }).catch((e: unknown) => e),
          "RegistryItem_group_check",
        ),
      ).toBe(true);
    await prisma.registryItem.update({ where: { id: item.id }, data: { fundedCents: 5000 } });
    // No unit left for the money toward it, or the gift is no longer a group gift: refused.
    expect(
      refusedBy(
        await prisma.registryItem.update({ where: { id: item.id }, data: { locked: 1 } }).catch((e: unknown) => e),
        "RegistryItem_group_check",
      ),
    ).toBe(true);
    expect(
      refusedBy(
        await prisma.registryItem.update({ where: { id: item.id }, data: { groupGift: false } }).catch((e: unknown) => e),
        "RegistryItem_group_check",
      ),
    ).toBe(true);
    const row = { registryId: registry.id, name: "X", email: "x@example.com", amountCents: 100 };
    for (const data of [{ ...row }, { ...row, fundId: fund.id, itemId: item.id }])
      expect(refusedBy(await prisma.contribution.create({ data }).catch((e: unknown) => e), "Contribution_target_check")).toBe(true);
  });

  it("the minimum, waived for the last amount; what is left is said exactly", async () => {
    const { registry, item } = await groupGift(10_000, 1, 2_500);
    await expect(contributeToGift(registry.id, { ...guest(1, 1_000), itemId: item.id }, BASE)).rejects.toMatchObject({
      fieldErrors: { amount: expect.stringMatching(/smallest amount is \$25\.00/) },
    });
    await contributeToGift(registry.id, { ...guest(2, 9_500), itemId: item.id }, BASE);
    await expect(contributeToGift(registry.id, { ...guest(3, 600), itemId: item.id }, BASE)).rejects.toMatchObject({
      fieldErrors: { amount: expect.stringMatching(/Only \$5\.00 is left/) },
    });
    const last = await contributeToGift(registry.id, { ...guest(4, 500), itemId: item.id }, BASE);
    expect(last.ordered).toBe(true);
    expect(await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ locked: 1, fundedCents: 0 });
  });

  it("a refund takes the money off the unit; the couple sees who gave; the thank-you list lists each guest once", async () => {
    const { registry, item, actor } = await groupGift(20_000, 1);
    const a = await contributeToGift(registry.id, { ...guest(1, 5_000), name: "Ana Lima", itemId: item.id }, BASE);
    await contributeToGift(registry.id, { ...guest(2, 3_000, true), name: "Secret Sam", itemId: item.id }, BASE);
    expect((await chippedIn(registry.id)).get(item.id)).toBe(2);
    await refundContribution(a.id, { ...actor, role: "ADMIN" });
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).fundedCents).toBe(3_000);
    const [owner] = await groupGiftsForOwner({ ...registry, eventDate: null });
    expect(owner.contributions.map((c) => [c.name, c.amountCents, c.status])).toEqual([
      ["Secret Sam", 3_000, "PROMISED"],
      ["Ana Lima", 5_000, "REFUNDED"],
    ]);
    expect((await thankYouList(registry.id)).map((e) => e.buyerName)).toEqual(["Secret Sam"]);
    const actions = (await prisma.auditLog.findMany({ where: { registryId: registry.id }, orderBy: { id: "asc" } })).map((l) => l.action);
    expect(actions).toEqual(["fund.create", "item.group", "contribution.create", "contribution.create", "contribution.refund"]);
  });

  it("after its date an unfunded group gift is resolved: money moved to a fund or pledges released, guests emailed", async () => {
    for (const outcome of ["fund", "release"] as const) {
      const { registry, fund, item, actor } = await groupGift(50_000, 1);
      await contributeToGift(registry.id, { ...guest(1, 10_000), itemId: item.id }, BASE);
      await contributeToGift(registry.id, { ...guest(2, 5_000), itemId: item.id }, BASE);
      await prisma.registryItem.update({ where: { id: item.id }, data: { groupDeadline: new Date(Date.now() + 86_400_000) } });
      await expect(resolveGroupGift(registry.id, item.id, { outcome, fundId: fund.id }, actor, BASE)).rejects.toThrow(
        /until the gift’s date/,
      );
      await prisma.registryItem.update({ where: { id: item.id }, data: { groupDeadline: new Date(Date.now() - 1000) } });
      await expect(contributeToGift(registry.id, { ...guest(3, 5_000), itemId: item.id }, BASE)).rejects.toThrow(/date .* has passed/);
      const before = await prisma.emailMessage.count({ where: { kind: "group-gift-resolved" } });
      expect(await resolveGroupGift(registry.id, item.id, { outcome, fundId: fund.id }, actor, BASE)).toEqual({ contributions: 2 });
      expect(await prisma.emailMessage.count({ where: { kind: "group-gift-resolved" } })).toBe(before + 2);
      expect(await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
        fundedCents: 0,
        groupGift: false,
        locked: 0,
      });
      const moved = await prisma.contribution.findMany({ where: { registryId: registry.id } });
      if (outcome === "fund") expect(moved.every((c) => c.fundId === fund.id && c.itemId === null && c.status === "PROMISED")).toBe(true);
      else expect(moved.every((c) => c.itemId === item.id && c.status === "RELEASED")).toBe(true);
      expect(
        await prisma.auditLog.count({
          where: { registryId: registry.id, action: `group.${outcome === "fund" ? "move-to-fund" : "release"}` },
        }),
      ).toBe(1);
    }
  });

  it("the weekly digest tells the couple this week's contributions and their total", async () => {
    const { registry, item } = await groupGift(40_000, 1);
    const email = `digest-${Date.now()}@example.com`;
    const user = await prisma.user.create({
      data: { email, passwordHash: "x", firstName: "Dee", lastName: "Gest", weeklyDigest: true, lastDigestAt: null },
    });
    await prisma.registry.update({ where: { id: registry.id }, data: { ownerId: user.id } });
    await contributeToGift(registry.id, { ...guest(1, 2_500), itemId: item.id }, BASE);
    await contributeToGift(registry.id, { ...guest(2, 1_000), itemId: item.id }, BASE);
    await queueWeeklyDigests(BASE);
    const digest = await prisma.emailMessage.findFirstOrThrow({ where: { kind: "weekly-digest", to: email } });
    expect(digest.text).toContain("Group test: 0 of 1 gift bought · this week: 2 contributions, $35.00");
  });

  it("the unit guests are chipping in toward is theirs: a whole purchase, a store sale or a bought-elsewhere mark is refused cleanly", async () => {
    const { registry, item, actor } = await groupGift(40_000, 2);
    // Two units, money toward the first: one whole unit may still be bought…
    await contributeToGift(registry.id, { ...guest(1, 10_000), itemId: item.id }, BASE);
    const buyer = { buyerName: "B", buyerEmail: "b@example.com", giftMessage: "", shipToRegistrant: true };
    await placeOrder(registry.id, buyer, [{ itemId: item.id, quantity: 1 }], BASE);
    // …not the last one.
    await expect(placeOrder(registry.id, buyer, [{ itemId: item.id, quantity: 1 }], BASE)).rejects.toThrow(/chipping in/);
    await expect(
      recordBoughtElsewhere(registry.id, item.id, { buyerName: "E", buyerEmail: "e@example.com", quantity: 1, message: "" }, BASE),
    ).rejects.toThrow(/Only 0 of/);
    await expect(
      recordMovementsAs({ admin: { ...actor, role: "ADMIN" } }, registry.id, "SALE", [
        { itemId: item.id, quantity: 1, unitNetCents: 40_000, reference: "R-1", comment: "" },
      ]),
    ).rejects.toThrow(/only 0 still available/);
    expect(await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({
      locked: 1,
      purchased: 0,
      fundedCents: 10_000,
    });
  });

  it("a refund racing the pledge that covers its unit never takes money off the next unit (item locked first)", async () => {
    // One $100 unit after another; ten $10 pledges toward the first, then refunds and new pledges at once.
    const { registry, item, actor } = await groupGift(10_000, 4);
    const admin: SessionUser = { ...actor, role: "ADMIN" };
    const first = [];
    for (let i = 0; i < 9; i++) first.push(await contributeToGift(registry.id, { ...guest(i, 1_000), itemId: item.id }, BASE));
    const refunds = first.map((c) => refundContribution(c.id, admin));
    const pledges = Array.from({ length: 12 }, (_, i) =>
      contributeToGift(registry.id, { ...guest(100 + i, 1_000), itemId: item.id }, BASE).catch((e: unknown) => {
        if ((e as AppError).name !== "AppError") throw e;
      }),
    );
    const settled = await Promise.allSettled([...refunds, ...pledges]);
    // A refund may be told the unit was covered a moment ago; nothing else goes wrong.
    for (const r of settled)
      if (r.status === "rejected") expect((r.reason as Error).message).toMatch(/changed a moment ago|already refunded/);
    const after = await expectFundedMatchesPledges(item.id);
    expect(after.fundedCents).toBeGreaterThanOrEqual(0);
    // Each order was covered by its own unit's money (refunds later may take some back, never add).
    const orders = await prisma.order.findMany({ where: { registryId: registry.id }, include: { contributions: true } });
    expect(after.locked).toBe(orders.length);
    for (const o of orders) expect(o.contributions.reduce((s, c) => s + c.amountCents, 0)).toBe(10_000);
    // A refund of a contribution whose unit is ordered leaves the next unit's money alone.
    const ordered = orders[0]?.contributions.find((c) => c.status !== "REFUNDED");
    if (ordered) {
      await refundContribution(ordered.id, admin);
      expect((await expectFundedMatchesPledges(item.id)).fundedCents).toBe(after.fundedCents);
    }
  });

  // PostgreSQL (READ COMMITTED) only: SQLite runs one write transaction at a time, so the two cannot interleave there.
  it.runIf(providerOf(databaseUrl()) === "postgresql")(
    "a refund read before the unit was covered is refused cleanly, not taken off the next unit (PostgreSQL)",
    async () => {
      const { registry, item, actor } = await groupGift(10_000, 2);
      const a = await contributeToGift(registry.id, { ...guest(1, 1_000), itemId: item.id }, BASE);
      // Waits until `n` sessions of this database wait on the held gift row (its UPDATE waits on a lock).
      const waiting = async (n: number) => {
        for (let k = 0; k < 400; k++) {
          const [{ count }] = await prisma.$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM pg_stat_activity
            WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE '%RegistryItem%'`;
          if (Number(count) >= n) return;
          await new Promise((r) => setTimeout(r, 25));
        }
        throw new Error(`fewer than ${n} sessions waiting`);
      };
      let cover: Promise<unknown> = Promise.resolve();
      let refund: Promise<unknown> = Promise.resolve();
      // Hold the gift's row: the covering pledge queues on it first, the refund (having read "not ordered") after.
      await prisma.$transaction(
        async (tx) => {
          await tx.registryItem.update({ where: { id: item.id }, data: { updatedAt: new Date() } });
          cover = contributeToGift(registry.id, { ...guest(2, 9_000), itemId: item.id }, BASE);
          await waiting(1);
          refund = refundContribution(a.id, { ...actor, role: "ADMIN" }).catch((e: unknown) => e);
          await waiting(2);
        },
        { timeout: 15_000 },
      );
      // Whichever takes the row first, the money stays right: a refund read before the unit was covered
      // is refused cleanly (never taken off the next unit), or it came first and the pledge no longer covers.
      const [covered, refunded] = [await cover, await refund];
      const c = await prisma.contribution.findUniqueOrThrow({ where: { id: a.id } });
      if ((covered as { ordered: boolean }).ordered) {
        expect(refunded).toMatchObject({ name: "AppError", message: expect.stringMatching(/changed a moment ago/) });
        expect(c).toMatchObject({ status: "PROMISED", orderId: expect.any(Number) });
        expect(await expectFundedMatchesPledges(item.id)).toMatchObject({ locked: 1, fundedCents: 0 });
      } else {
        expect(refunded).toBeUndefined();
        expect(c).toMatchObject({ status: "REFUNDED", orderId: null });
        expect(await expectFundedMatchesPledges(item.id)).toMatchObject({ locked: 0, fundedCents: 9_000 });
      }
    },
  );

  it("a group gift's order is not cancelled while guests' money counts toward it; after refunds it is", async () => {
    const { registry, item, actor } = await groupGift(10_000, 2);
    const admin: SessionUser = { ...actor, role: "ADMIN" };
    const a = await contributeToGift(registry.id, { ...guest(1, 6_000), itemId: item.id }, BASE);
    const b = await contributeToGift(registry.id, { ...guest(2, 4_000), itemId: item.id }, BASE);
    expect(b.ordered).toBe(true);
    await contributeToGift(registry.id, { ...guest(3, 2_500), itemId: item.id }, BASE);
    const order = await prisma.order.findFirstOrThrow({ where: { registryId: registry.id } });
    // The admin's bulk cancel says why, and nothing changes.
    expect(await applyToOrders([order.id], "cancel", admin, BASE)).toMatchObject([
      {
        orderId: order.id,
        ok: false,
        message: expect.stringMatching(/Guests chipped in for this order: refund their contributions first/),
      },
    ]);
    expect(await prisma.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({ status: "PLACED" });
    await refundContribution(a.id, admin);
    await expect(cancelOrder(order.id, admin, BASE)).rejects.toThrow(/refund their contributions first/);
    await refundContribution(b.id, admin);
    // Refunds of the ordered unit's money leave the next unit's $25 alone; then the order can go.
    expect(await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ locked: 1, fundedCents: 2_500 });
    await cancelOrder(order.id, admin, BASE);
    expect(await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } })).toMatchObject({ locked: 0, fundedCents: 2_500 });
    await expectFundedMatchesPledges(item.id);
  });

  it("resolving while guests chip in: the pledges moved are exactly those counted, none left behind", async () => {
    for (const outcome of ["fund", "release"] as const) {
      const { registry, fund, item, actor } = await groupGift(50_000, 1);
      for (let i = 0; i < 3; i++) await contributeToGift(registry.id, { ...guest(i, 1_000), itemId: item.id }, BASE);
      const results = await Promise.allSettled([
        ...Array.from({ length: 6 }, (_, i) => contributeToGift(registry.id, { ...guest(10 + i, 1_000), itemId: item.id }, BASE)),
        resolveGroupGift(registry.id, item.id, { outcome, fundId: fund.id }, actor, BASE),
      ]);
      for (const r of results) if (r.status === "rejected") expect((r.reason as Error).message).toMatch(/no longer chip in|a moment ago/);
      const after = await prisma.registryItem.findUniqueOrThrow({ where: { id: item.id } });
      const left = await prisma.contribution.findMany({ where: { itemId: item.id, status: { in: ["PROMISED", "RECEIVED"] } } });
      if (results.at(-1)!.status === "fulfilled") {
        expect(after).toMatchObject({ groupGift: false, fundedCents: 0 });
        expect(left).toEqual([]);
        const all = await prisma.contribution.count({ where: { registryId: registry.id } });
        const handled = await prisma.contribution.count({
          where: { registryId: registry.id, OR: [{ fundId: fund.id }, { status: "RELEASED" }] },
        });
        expect(handled).toBe(all);
      } else await expectFundedMatchesPledges(item.id);
    }
  });

  it("clear messages: the unit guests chip in toward keeps the quantity up; no price, no group gift; impossible dates", async () => {
    const { registry, item, actor } = await groupGift(10_000, 2);
    await contributeToGift(registry.id, { ...guest(1, 6_000), itemId: item.id }, BASE);
    await contributeToGift(registry.id, { ...guest(2, 4_000), itemId: item.id }, BASE); // one unit ordered
    await contributeToGift(registry.id, { ...guest(3, 1_000), itemId: item.id }, BASE); // money toward the second
    await expect(updateItem(registry.id, item.id, { requested: 1, priority: 0, note: "" })).rejects.toMatchObject({
      fieldErrors: { requested: expect.stringMatching(/Use 2 or more .* 1 that guests are chipping in toward/) },
    });
    await expect(setGroupGift(registry.id, item.id, { groupGift: false, min: 0, fundId: null, deadline: null }, actor)).rejects.toThrow(
      /move their money to a fund or release it first/,
    );
    const free = await prisma.registryItem.create({ data: { registryId: registry.id, title: "Hug", priceCents: 0, requested: 1 } });
    await expect(
      setGroupGift(registry.id, free.id, { groupGift: true, min: 0, fundId: null, deadline: null }, actor),
    ).rejects.toMatchObject({
      fieldErrors: { groupGift: expect.stringMatching(/price/) },
    });
    expect((await prisma.registryItem.findUniqueOrThrow({ where: { id: free.id } })).groupGift).toBe(false);
    const form = { itemId: item.id, groupGift: true, min: "", fundId: 1 };
    expect(groupGiftSchema.safeParse({ ...form, deadline: "2027-02-31" }).success).toBe(false);
    expect(groupGiftSchema.safeParse({ ...form, deadline: "2027-13-01" }).success).toBe(false);
    expect(groupGiftSchema.safeParse({ ...form, deadline: "2028-02-29" }).success).toBe(true);
  });

  it("with no date at all, the couple may decide at any time, and the dashboard offers it", async () => {
    const { registry, fund, item, actor } = await groupGift(50_000, 1);
    await contributeToGift(registry.id, { ...guest(1, 10_000), itemId: item.id }, BASE);
    const [g] = await groupGiftsForOwner({ ...registry, eventDate: null });
    expect(g.deadline).toBeNull();
    expect(needsDecision(g)).toBe(true);
    expect(await resolveGroupGift(registry.id, item.id, { outcome: "fund", fundId: fund.id }, actor, BASE)).toEqual({ contributions: 1 });
  });
});
