import "server-only";
// Cash funds and the contributions guests pledge to them. Every write is one transaction with its
// audit row and emails (lib/data/outbox.ts) and touches the registry row, so the guest page's change
// fingerprint (lib/data/change-cache.ts) moves and no cached page shows old totals.
import { prisma, type Tx } from "../db";
import { worded } from "../i18n/errors";
import { audit } from "./audit";
import { withBusyRetry } from "./retry";
import { enqueueEmail } from "./outbox";
import { unsubscribeUrl } from "./notify";
import { canSeeBuyers } from "./thank-you";
import { sign } from "../guest-access";
import { contributionNoticeEmail, contributionReceiptEmail } from "../email/templates";
import { paymentProvider } from "../payments/provider";
import type { SessionUser } from "./users";
import type { ContributionStatus } from "../generated/prisma/enums";

const txOptions = { timeout: 15_000, maxWait: 15_000 };

/** What a fund is made of, as the couple types it (lib/validations/funds.ts, parsed). */
export type FundFields = {
  title: string;
  story: string;
  goal: number | null;
  suggested: string;
  paymentLink: string;
  transferDetails: string;
};
const columns = (d: FundFields) => ({
  title: d.title,
  story: d.story,
  goalCents: d.goal,
  suggestedCents: d.suggested,
  paymentLink: d.paymentLink,
  transferDetails: d.transferDetails,
});

/** Moves the registry's changeSeq (a trigger stamps every update): the guest page is read afresh. */
const touchRegistry = (tx: Tx, registryId: number) => tx.registry.update({ where: { id: registryId }, data: { updatedAt: new Date() } });

/** Pledged money that still counts: promised or received, not refunded. */
const COUNTED: ContributionStatus[] = ["PROMISED", "RECEIVED"];

export function createFund(registryId: number, d: FundFields, actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const last = await tx.fund.aggregate({ where: { registryId }, _max: { position: true } });
      const fund = await tx.fund.create({
        data: { registryId, ...columns(d), position: (last._max.position ?? 0) + 1 },
        select: { id: true },
      });
      await audit(tx, actor, { action: "fund.create", targetType: "Fund", targetId: fund.id, registryId, after: columns(d) });
      await touchRegistry(tx, registryId);
      return fund;
    }, txOptions),
  );
}

async function fundOf(tx: Tx, registryId: number, fundId: number) {
  const fund = await tx.fund.findFirst({ where: { id: fundId, registryId } });
  if (!fund) throw worded("not_found", "registryErrors.fundNotFound");
  return fund;
}

export function updateFund(registryId: number, fundId: number, d: FundFields, actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const before = await fundOf(tx, registryId, fundId);
      await tx.fund.update({ where: { id: fundId }, data: columns(d) });
      await audit(tx, actor, {
        action: "fund.update",
        targetType: "Fund",
        targetId: fundId,
        registryId,
        before: columns({ ...before, goal: before.goalCents, suggested: before.suggestedCents }),
        after: columns(d),
      });
      await touchRegistry(tx, registryId);
    }, txOptions),
  );
}

/** Close (guests no longer see it) or reopen a fund; its contributions stay. */
export function setFundActive(registryId: number, fundId: number, active: boolean, actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const before = await fundOf(tx, registryId, fundId);
      await tx.fund.update({ where: { id: fundId }, data: { active } });
      await audit(tx, actor, {
        action: active ? "fund.reopen" : "fund.close",
        targetType: "Fund",
        targetId: fundId,
        registryId,
        before: { active: before.active },
        after: { active },
      });
      await touchRegistry(tx, registryId);
    }, txOptions),
  );
}

/** Remove a fund nobody gave to; one with contributions is closed instead (the database refuses its deletion too). */
export function removeFund(registryId: number, fundId: number, actor: SessionUser): Promise<"removed" | "closed"> {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const fund = await fundOf(tx, registryId, fundId);
      const given = await tx.contribution.count({ where: { fundId } });
      if (given > 0) {
        await tx.fund.update({ where: { id: fundId }, data: { active: false } });
        await audit(tx, actor, { action: "fund.close", targetType: "Fund", targetId: fundId, registryId, after: { active: false } });
        await touchRegistry(tx, registryId);
        return "closed" as const;
      }
      await tx.fund.delete({ where: { id: fundId } });
      // Its photo's variants go with it (registry-owned rows in Image; nothing else points at them).
      if (fund.photo) await tx.image.deleteMany({ where: { hash: fund.photo, registryId } });
      await audit(tx, actor, { action: "fund.delete", targetType: "Fund", targetId: fundId, registryId, before: { title: fund.title } });
      await touchRegistry(tx, registryId);
      return "removed" as const;
    }, txOptions),
  );
}

/** Raised (promised + received, not refunded) and how many contributions, per fund. */
async function totals(fundIds: number[]) {
  if (fundIds.length === 0) return new Map<number, { raisedCents: number; contributors: number }>();
  const rows = await prisma.contribution.groupBy({
    by: ["fundId"],
    where: { fundId: { in: fundIds }, status: { in: COUNTED } },
    _sum: { amountCents: true },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.fundId!, { raisedCents: r._sum.amountCents ?? 0, contributors: r._count._all }]));
}

export const suggestedAmounts = (s: string) =>
  s
    ? s
        .split(",")
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0)
    : [];

/** The open funds of a registry as guests see them: progress only, nobody's name or amount. */
/** A registry's open funds for guests; `names`: givers' first names may be shown (surprise mode over, see canSeeBuyers). */
export async function guestFunds(registryId: number, names = false) {
  const funds = await prisma.fund.findMany({
    where: { registryId, active: true },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: { id: true, title: true, story: true, photo: true, goalCents: true, suggestedCents: true },
  });
  const ids = funds.map((f) => f.id);
  const [sums, named] = await Promise.all([
    totals(ids),
    // Who gave, for "From Ana, Ben and 1 more": first names only, never the ones who asked to stay hidden.
    ids.length && names
      ? prisma.contribution.findMany({
          where: { fundId: { in: ids }, status: { in: COUNTED }, anonymous: false },
          orderBy: { id: "asc" },
          select: { fundId: true, name: true },
        })
      : [],
  ]);
  return funds.map((f) => ({
    ...f,
    raisedCents: sums.get(f.id)?.raisedCents ?? 0,
    contributors: sums.get(f.id)?.contributors ?? 0,
    givers: [...new Set(named.filter((n) => n.fundId === f.id).map((n) => n.name.split(/\s+/)[0]))],
  }));
}
export type GuestFund = Awaited<ReturnType<typeof guestFunds>>[number];

/** One open fund of a registry, for its contribution page. */
export async function findGuestFund(registryId: number, fundId: number) {
  return (await guestFunds(registryId)).find((f) => f.id === fundId) ?? null;
}

/**
 * Every fund of a registry with its contributions, for the couple. Names and messages only when
 * surprise mode allows (canSeeBuyers, as on the thank-you list); amounts always (the couple must
 * match the money that arrives).
 */
export async function fundsForOwner(registry: { id: number; surpriseMode: boolean; revealedAt: Date | null }) {
  const showGiver = canSeeBuyers(registry);
  const funds = await prisma.fund.findMany({
    where: { registryId: registry.id },
    orderBy: [{ active: "desc" }, { position: "asc" }, { id: "asc" }],
    include: { contributions: { orderBy: { createdAt: "desc" } } },
  });
  return funds.map(({ contributions, ...f }) => ({
    ...f,
    raisedCents: contributions.filter((c) => COUNTED.includes(c.status)).reduce((s, c) => s + c.amountCents, 0),
    contributors: contributions.filter((c) => COUNTED.includes(c.status)).length,
    contributions: contributions.map((c) => ({
      id: c.id,
      amountCents: c.amountCents,
      status: c.status,
      date: c.createdAt,
      name: showGiver ? c.name : null,
      email: showGiver ? c.email : null,
      message: showGiver ? c.message : null,
      anonymous: c.anonymous,
    })),
  }));
}

export type ContributionInput = { fundId: number; amount: number; name: string; email: string; message: string; anonymous: boolean };

/**
 * A guest's pledge: the contribution, its audit row, the receipt with how to pay (to the guest) and
 * the notice (to the couple) in one transaction. The PaymentProvider decides its first status.
 */
export function contribute(registryId: number, d: ContributionInput, baseUrl: string) {
  const provider = paymentProvider();
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const fund = await tx.fund.findFirst({
        where: { id: d.fundId, registryId, active: true, registry: { active: true } },
        include: {
          registry: {
            select: {
              title: true,
              slug: true,
              currency: true,
              language: true,
              surpriseMode: true,
              revealedAt: true,
              owner: { select: { id: true, email: true, notifyPurchases: true, status: true } },
              coManager: { select: { id: true, email: true, notifyPurchases: true, status: true } },
            },
          },
        },
      });
      if (!fund) throw worded("not_found", "checkoutErrors.fundClosed");
      const { registry } = fund;
      const c = await tx.contribution.create({
        data: {
          registryId,
          fundId: fund.id,
          amountCents: d.amount,
          currency: registry.currency,
          name: d.name,
          email: d.email,
          message: d.message,
          anonymous: d.anonymous,
          status: provider.initialStatus,
          provider: provider.id,
          receivedAt: provider.initialStatus === "RECEIVED" ? new Date() : null,
        },
        select: { id: true },
      });
      await audit(tx, null, {
        action: "contribution.create",
        targetType: "Contribution",
        targetId: c.id,
        registryId,
        after: { fundId: fund.id, amountCents: d.amount, status: provider.initialStatus },
      });
      const pay = provider.instructions(fund);
      await enqueueEmail(
        tx,
        "contribution-receipt",
        d.email,
        contributionReceiptEmail({
          name: d.name,
          fundTitle: fund.title,
          registryTitle: registry.title,
          amountCents: d.amount,
          currency: registry.currency,
          locale: registry.language,
          message: d.message,
          payLink: pay.link,
          transfer: pay.transfer,
          receiptUrl: `${baseUrl}${pledgePath(registry.slug, c.id)}`,
        }),
      );
      const surprise = !canSeeBuyers(registry);
      for (const u of [registry.owner, registry.coManager])
        if (u && u.notifyPurchases && u.status === "ACTIVE")
          await enqueueEmail(
            tx,
            "contribution-notice",
            u.email,
            contributionNoticeEmail({
              registryTitle: registry.title,
              fundTitle: fund.title,
              surprise,
              name: d.name,
              amountCents: d.amount,
              currency: registry.currency,
              dashboardUrl: `${baseUrl}/dashboard/registries/${registryId}`,
              unsubscribeUrl: unsubscribeUrl(baseUrl, u.id, "purchases"),
              locale: registry.language,
            }),
          );
      await touchRegistry(tx, registryId);
      return { id: c.id, receipt: pledgePath(registry.slug, c.id) };
    }, txOptions),
  );
}

/** The guest's signed confirmation page: pledge numbers alone reveal nobody's payment details. */
export const pledgePath = (slug: string, id: number) => `/r/${slug}/pledged/${id}?sig=${encodeURIComponent(sign("pledge", id))}`;

/** A pledge with its fund's payment details (a group gift's: its paying fund's, under the gift's title), for the signed confirmation page. */
export async function findPledge(id: number) {
  const c = await prisma.contribution.findUnique({
    where: { id },
    include: {
      fund: { select: { title: true, paymentLink: true, transferDetails: true } },
      item: { select: { title: true, groupFund: { select: { paymentLink: true, transferDetails: true } } } },
      registry: { select: { slug: true, title: true } },
    },
  });
  if (!c) return null;
  const { item, ...rest } = c;
  const fund = c.fund ?? (item ? { title: item.title, paymentLink: "", transferDetails: "", ...item.groupFund } : null);
  return { ...rest, fund };
}

/** The couple marks the money arrived (or not yet). A refunded contribution stays refunded. */
export function markContributionReceived(registryId: number, contributionId: number, received: boolean, actor: SessionUser) {
  return setStatus(registryId, contributionId, received ? "RECEIVED" : "PROMISED", actor, ["PROMISED", "RECEIVED"]);
}

/** An admin records that the money went back to the guest. */
export async function refundContribution(contributionId: number, actor: SessionUser) {
  const c = await prisma.contribution.findUnique({ where: { id: contributionId }, select: { registryId: true } });
  if (!c) throw worded("not_found", "registryErrors.contributionNotFound");
  return setStatus(c.registryId, contributionId, "REFUNDED", actor, ["PROMISED", "RECEIVED"]);
}

function setStatus(registryId: number, id: number, status: ContributionStatus, actor: SessionUser, from: ContributionStatus[]) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.contribution.findFirst({
        where: { id, registryId },
        select: { status: true, itemId: true, orderId: true, amountCents: true },
      });
      if (!before) throw worded("not_found", "registryErrors.contributionNotHere");
      // A group gift's row first (the lock order of a covering contribution: item, then contributions),
      // so its unit cannot be covered between our read and the refund below.
      if (before.itemId !== null)
        await tx.registryItem.update({ where: { id: before.itemId }, data: { updatedAt: new Date() }, select: { id: true } });
      const now = new Date();
      // Still the unit we read: a unit covered meanwhile moved this contribution to its order.
      const { count } = await tx.contribution.updateMany({
        where: { id, registryId, status: { in: from }, itemId: before.itemId, orderId: before.orderId },
        data: {
          status,
          receivedAt: status === "RECEIVED" ? now : status === "PROMISED" ? null : undefined,
          refundedAt: status === "REFUNDED" ? now : undefined,
        },
      });
      if (count !== 1) {
        const current = await tx.contribution.findFirst({ where: { id, registryId }, select: { status: true } });
        if (current && from.includes(current.status)) throw worded("conflict", "registryErrors.contributionChanged");
        throw worded("conflict", "registryErrors.contributionAlready", { status: (current ?? before).status.toLowerCase() });
      }
      // A refunded group-gift contribution whose unit is not covered yet no longer counts toward it.
      if (status === "REFUNDED" && before.itemId !== null && before.orderId === null)
        await tx.registryItem.update({ where: { id: before.itemId }, data: { fundedCents: { decrement: before.amountCents } } });
      await audit(tx, actor, {
        action: status === "REFUNDED" ? "contribution.refund" : status === "RECEIVED" ? "contribution.received" : "contribution.unreceived",
        targetType: "Contribution",
        targetId: id,
        registryId,
        before: { status: before.status },
        after: { status },
      });
      await touchRegistry(tx, registryId);
    }, txOptions),
  );
}

/** Funds and contributions of a registry for the admin view: everything, names included. */
export function fundsForAdmin(registryId: number) {
  return prisma.fund.findMany({
    where: { registryId },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    include: { contributions: { orderBy: { createdAt: "desc" } } },
  });
}
