// Cash funds on the production path (lib/data/funds.ts), on whichever database DATABASE_URL names:
// parallel pledges all recorded with exact totals, the database's own refusals (CHECKs, the fund a
// contribution points at), what guests and the couple see, and the thank-you list.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import {
  contribute,
  createFund,
  fundsForOwner,
  guestFunds,
  markContributionReceived,
  refundContribution,
  removeFund,
} from "../../lib/data/funds";
import { newSlug } from "../../lib/data/registries";
import { thankYouList } from "../../lib/data/thank-you";
import type { SessionUser } from "../../lib/data/users";
import { deleteRegistry } from "../../lib/data/registry-edits";

const fields = {
  title: "Honeymoon in Lisbon",
  story: "Pastéis de nata",
  goal: 200_000,
  suggested: "2500,5000",
  paymentLink: "https://paypal.me/alexsam",
  transferDetails: "",
};
const gift = (i: number, anonymous = false) => ({
  fundId: 0,
  amount: 1000 + i,
  name: `Guest ${i}`,
  email: `g${i}@example.com`,
  message: "",
  anonymous,
});

async function registryWithFund() {
  const owner = await prisma.user.findFirstOrThrow({ where: { email: "alex@example.com" } });
  const actor: SessionUser = { id: owner.id, email: owner.email, name: "Alex", role: "REGISTRANT" };
  const registry = await prisma.registry.create({
    data: {
      slug: newSlug(),
      title: "Funds test",
      ownerId: owner.id,
      firstName: "F",
      lastName: "T",
      email: owner.email,
      surpriseMode: false,
    },
  });
  const fund = await createFund(registry.id, fields, actor);
  return { registry, fund, actor };
}

/** The constraint's name in a refusal, whichever driver reported it. */
const refusedBy = (e: unknown, name: string) =>
  new RegExp(name).test(`${(e as Error)?.message} ${JSON.stringify((e as { meta?: unknown })?.meta ?? null)}`);

describe("cash funds", () => {
  afterAll(() => prisma.$disconnect());

  it("20 parallel contributions to one fund are all recorded, with exact totals and a receipt each", async () => {
    const { registry, fund } = await registryWithFund();
    const before = await prisma.emailMessage.count();
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => contribute(registry.id, { ...gift(i), fundId: fund.id }, "http://shop.test")),
    );
    expect(results.filter((r) => r.status === "rejected")).toEqual([]);
    const expected = Array.from({ length: 20 }, (_, i) => 1000 + i).reduce((a, b) => a + b, 0);
    const [f] = await guestFunds(registry.id);
    expect(f).toMatchObject({ raisedCents: expected, contributors: 20 });
    expect(await prisma.contribution.count({ where: { fundId: fund.id, status: "PROMISED", provider: "pledge" } })).toBe(20);
    // A receipt per guest and a notice to the owner (alex wants purchase notices in the demo data).
    expect(await prisma.emailMessage.count()).toBeGreaterThanOrEqual(before + 20);
    expect(await prisma.emailMessage.count({ where: { kind: "contribution-receipt", to: "g7@example.com" } })).toBeGreaterThanOrEqual(1);
    expect(await prisma.auditLog.count({ where: { action: "contribution.create", registryId: registry.id } })).toBe(20);
  });

  it("the database refuses amounts that are not positive, a contribution to nothing and a goal of zero", async () => {
    const { registry, fund } = await registryWithFund();
    const row = { registryId: registry.id, fundId: fund.id, name: "X", email: "x@example.com" };
    for (const amountCents of [0, -100])
      expect(
        refusedBy(
          await prisma.contribution.create({ data: { ...row, amountCents } }).catch((e: unknown) => e),
          "Contribution_amount_check",
        ),
      ).toBe(true);
    expect(
      refusedBy(
        await prisma.contribution.create({ data: { ...row, fundId: null, amountCents: 100 } }).catch((e: unknown) => e),
        "Contribution_target_check",
      ),
    ).toBe(true);
    expect(
      refusedBy(await prisma.fund.update({ where: { id: fund.id }, data: { goalCents: 0 } }).catch((e: unknown) => e), "Fund_goal_check"),
    ).toBe(true);
    expect(
      refusedBy(
        await prisma.fund.update({ where: { id: fund.id }, data: { paymentLink: "http://x.test" } }).catch((e: unknown) => e),
        "Fund_payment_check",
      ),
    ).toBe(true);
    expect(await prisma.contribution.count({ where: { registryId: registry.id } })).toBe(0);
  });

  it("a fund with contributions is closed, not deleted (the database refuses the deletion too); an empty one is removed", async () => {
    const { registry, fund, actor } = await registryWithFund();
    await contribute(registry.id, { ...gift(1), fundId: fund.id }, "http://shop.test");
    expect(await prisma.fund.delete({ where: { id: fund.id } }).catch(() => "refused")).toBe("refused");
    expect(await removeFund(registry.id, fund.id, actor)).toBe("closed");
    expect(await guestFunds(registry.id)).toEqual([]);
    await expect(contribute(registry.id, { ...gift(2), fundId: fund.id }, "http://shop.test")).rejects.toThrow(/closed/);
    const empty = await createFund(registry.id, { ...fields, title: "Sofa" }, actor);
    expect(await removeFund(registry.id, empty.id, actor)).toBe("removed");
    // The couple cannot delete a registry guests pledged money to (archive it instead)…
    await expect(deleteRegistry(registry.id)).rejects.toThrow(/pledged money/);
    expect(await prisma.contribution.count({ where: { registryId: registry.id } })).toBe(1);
    // …the database's own cascade (an admin's hard delete) still takes its funds and contributions with it.
    await prisma.registry.delete({ where: { id: registry.id } });
    expect(await prisma.contribution.count({ where: { registryId: registry.id } })).toBe(0);
  });

  it("guests see progress and first names, never anonymous givers; the couple sees who gave what; refunds leave the totals", async () => {
    const { registry, fund, actor } = await registryWithFund();
    const a = await contribute(registry.id, { ...gift(1), name: "Ana Lima", amount: 5000, fundId: fund.id }, "http://shop.test");
    const b = await contribute(registry.id, { ...gift(2, true), name: "Secret Sam", amount: 2500, fundId: fund.id }, "http://shop.test");
    const [g] = await guestFunds(registry.id, true);
    expect(g).toMatchObject({ raisedCents: 7500, contributors: 2, givers: ["Ana"] });
    expect(JSON.stringify(g)).not.toContain("Secret");
    // While surprise mode hides givers, the guest page names nobody.
    expect((await guestFunds(registry.id))[0]).toMatchObject({ contributors: 2, givers: [] });

    await markContributionReceived(registry.id, a.id, true, actor);
    const [owner] = await fundsForOwner(registry);
    expect(owner.contributions.map((c) => [c.name, c.amountCents, c.status])).toEqual([
      ["Secret Sam", 2500, "PROMISED"],
      ["Ana Lima", 5000, "RECEIVED"],
    ]);
    // Surprise mode: amounts, no names (as the thank-you list).
    const [hidden] = await fundsForOwner({ ...registry, surpriseMode: true, revealedAt: null });
    expect(hidden.contributions.every((c) => c.name === null && c.email === null)).toBe(true);

    const list = await thankYouList(registry.id);
    expect(list.filter((e) => e.kind === "fund").map((e) => e.buyerName)).toEqual(["Ana Lima", "Secret Sam"]);

    const admin: SessionUser = { ...actor, role: "ADMIN" };
    await refundContribution(b.id, admin);
    expect((await guestFunds(registry.id))[0]).toMatchObject({ raisedCents: 5000, contributors: 1 });
    await expect(refundContribution(b.id, admin)).rejects.toThrow(/already refunded/);
    await expect(markContributionReceived(registry.id, b.id, true, actor)).rejects.toThrow(/already refunded/);
    expect((await thankYouList(registry.id)).filter((e) => e.kind === "fund")).toHaveLength(1);
    const actions = (await prisma.auditLog.findMany({ where: { registryId: registry.id }, orderBy: { id: "asc" } })).map((l) => l.action);
    expect(actions).toEqual(["fund.create", "contribution.create", "contribution.create", "contribution.received", "contribution.refund"]);
  });

  it("another registry's id changes nothing", async () => {
    const { registry, fund, actor } = await registryWithFund();
    const other = await registryWithFund();
    const c = await contribute(registry.id, { ...gift(1), fundId: fund.id }, "http://shop.test");
    await expect(markContributionReceived(other.registry.id, c.id, true, actor)).rejects.toThrow(/not on this registry/);
    await expect(removeFund(other.registry.id, fund.id, actor)).rejects.toThrow(/not on this registry/);
    await expect(contribute(other.registry.id, { ...gift(2), fundId: fund.id }, "http://shop.test")).rejects.toThrow(/closed or no longer/);
    expect((await prisma.contribution.findUniqueOrThrow({ where: { id: c.id } })).status).toBe("PROMISED");
  });
});
