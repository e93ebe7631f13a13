import "server-only";
// Group gifts: guests chip in toward an expensive gift, one unit at a time. RegistryItem.fundedCents is
// the money toward the next unit not yet covered; the database keeps it below the price and only while
// a unit is left (RegistryItem_group_check), and the counts CHECK refuses a unit that does not exist.
// The amount that covers a unit orders it through the one order path (orderWrites): Locked as any
// purchase, the unit's contributions linked to that order.
import { prisma, type Tx } from "../db";
import { audit } from "./audit";
import { withBusyRetry } from "./retry";
import { enqueueEmail } from "./outbox";
import { breaksCountsCheck, lostRace, orderWrites } from "./orders";
import { giftBoughtContext, giftBoughtEmails, unsubscribeUrl } from "./notify";
import { canSeeBuyers } from "./thank-you";
import { pledgePath } from "./funds";
import { contributionNoticeEmail, contributionReceiptEmail, groupGiftResolvedEmail } from "../email/templates";
import { paymentProvider } from "../payments/provider";
import { minorToNumber } from "../format";
import { worded } from "../i18n/errors";
import { msg } from "../i18n/validation";
import type { SessionUser } from "./users";
import type { ContributionStatus } from "../generated/prisma/enums";

const txOptions = { timeout: 15_000, maxWait: 15_000 };
const DAY = 86_400_000;
/** Money that still counts: promised or received (not refunded, not released). */
const COUNTED: ContributionStatus[] = ["PROMISED", "RECEIVED"];

const touchRegistry = (tx: Tx, registryId: number) => tx.registry.update({ where: { id: registryId }, data: { updatedAt: new Date() } });

/** The database refused the money toward a unit (over-funded, or no unit left for it). */
const breaksGroupCheck = (e: unknown) =>
  /RegistryItem_group_check/.test(`${(e as Error)?.message} ${JSON.stringify((e as { meta?: unknown })?.meta ?? null)}`);

/** The funding deadline: the couple's date, or 30 days after the event (null: no event date, no deadline). */
export function groupDeadline(item: { groupDeadline: Date | null }, eventDate: Date | null): Date | null {
  return item.groupDeadline ?? (eventDate ? new Date(eventDate.getTime() + 30 * DAY) : null);
}

export type GroupSettings = { groupGift: boolean; min: number; fundId: number | null; deadline: Date | null };

/** The couple turns a gift into a group gift (or back), with its minimum, paying fund and deadline. */
export async function setGroupGift(registryId: number, itemId: number, d: GroupSettings, actor: SessionUser) {
  try {
    await writeGroupSettings(registryId, itemId, d, actor);
  } catch (e) {
    // A guest's pledge landed between our read and the update: the database kept the money's gift a group gift.
    if (breaksGroupCheck(e)) throw worded("conflict", CHIPPED_IN);
    throw e;
  }
}

const CHIPPED_IN = "registryErrors.chippedIn";

function writeGroupSettings(registryId: number, itemId: number, d: GroupSettings, actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const item = await tx.registryItem.findFirst({
        where: { id: itemId, registryId },
        select: { groupGift: true, groupMinCents: true, groupFundId: true, groupDeadline: true, fundedCents: true, priceCents: true },
      });
      if (!item) throw worded("not_found", "registryErrors.giftNotFound");
      // Nobody can chip in toward a gift without a price.
      if (d.groupGift && item.priceCents <= 0)
        throw worded("validation", "registryErrors.noPrice", undefined, { groupGift: msg("registryErrors.priceOnly") });
      if (d.fundId !== null && !(await tx.fund.findFirst({ where: { id: d.fundId, registryId }, select: { id: true } })))
        throw worded("validation", "registryErrors.pickFund", undefined, { fundId: msg("registryErrors.pickFund") });
      if (!d.groupGift && item.fundedCents > 0) throw worded("conflict", CHIPPED_IN);
      await tx.registryItem.update({
        where: { id: itemId },
        data: { groupGift: d.groupGift, groupMinCents: d.min, groupFundId: d.fundId, groupDeadline: d.deadline },
      });
      await audit(tx, actor, {
        action: "item.group",
        targetType: "RegistryItem",
        targetId: itemId,
        registryId,
        before: { groupGift: item.groupGift, min: item.groupMinCents, fundId: item.groupFundId, deadline: item.groupDeadline },
        after: { groupGift: d.groupGift, min: d.min, fundId: d.fundId, deadline: d.deadline },
      });
      await touchRegistry(tx, registryId);
    }, txOptions),
  );
}

/** How many guests chipped in toward each group gift's next unit (the guest card's "3 people chipped in"). */
export async function chippedIn(registryId: number): Promise<Map<number, number>> {
  const rows = await prisma.contribution.groupBy({
    by: ["itemId"],
    where: { registryId, itemId: { not: null }, orderId: null, status: { in: COUNTED } },
    _count: { _all: true },
  });
  return new Map(rows.map((r) => [r.itemId!, r._count._all]));
}

/** One group gift as its contribution page shows it; null when it is not (or no longer) open to guests. */
export async function findGuestGroupGift(registryId: number, itemId: number, eventDate: Date | null, now = new Date()) {
  const item = await prisma.registryItem.findFirst({
    where: { id: itemId, registryId, groupGift: true },
    select: {
      id: true,
      title: true,
      note: true,
      photo: true,
      imageUrl: true,
      priceCents: true,
      requested: true,
      purchased: true,
      locked: true,
      fundedCents: true,
      groupMinCents: true,
      groupDeadline: true,
      groupFund: { select: { active: true } },
    },
  });
  if (!item) return null;
  const deadline = groupDeadline(item, eventDate);
  const left = Math.max(0, item.requested - item.purchased - item.locked);
  const open = left > 0 && !!item.groupFund?.active && (!deadline || deadline > now);
  const people = (await chippedIn(registryId)).get(item.id) ?? 0;
  return { ...item, deadline, left, open, people, restCents: item.priceCents - item.fundedCents };
}

export type GroupContributionInput = { itemId: number; amount: number; name: string; email: string; message: string; anonymous: boolean };

/**
 * The guest's amount against what is left of the next unit: a message key for the amount field, or null.
 * Amounts go as numbers with the currency (`{rest, number, money}`): each reader sees them written their language's way.
 */
export function amountProblem(amount: number, restCents: number, minCents: number, currency: string): string | null {
  const money = (minor: number) => minorToNumber(minor, currency);
  if (amount > restCents) return msg("checkoutErrors.onlyRestLeft", { rest: money(restCents), currency });
  if (amount < minCents && amount !== restCents)
    return msg("checkoutErrors.smallestAmount", { min: money(minCents), rest: money(restCents), currency });
  return null;
}

/**
 * A guest chips in. One transaction: the money toward the unit (a relative UPDATE the database's
 * CHECK keeps below the price) or, for the amount that covers the unit, the order through orderWrites
 * (its UPDATE also asks that nobody gave meanwhile, and sets the money back to 0), the contribution,
 * the unit's contributions linked to the order, audit and emails. A refusal re-reads and tries again;
 * a guest who asked for more than is left hears exactly what is left.
 */
export async function contributeToGift(registryId: number, d: GroupContributionInput, baseUrl: string) {
  const provider = paymentProvider();
  for (let attempt = 0; ; attempt++) {
    const item = await prisma.registryItem.findFirst({
      where: { id: d.itemId, registryId, groupGift: true, registry: { active: true } },
      select: {
        title: true,
        priceCents: true,
        requested: true,
        purchased: true,
        locked: true,
        fundedCents: true,
        groupMinCents: true,
        groupDeadline: true,
        groupFund: { select: { active: true, paymentLink: true, transferDetails: true } },
        registry: {
          select: {
            title: true,
            slug: true,
            currency: true,
            language: true,
            eventDate: true,
            surpriseMode: true,
            revealedAt: true,
            owner: { select: { id: true, email: true, notifyPurchases: true, status: true } },
            coManager: { select: { id: true, email: true, notifyPurchases: true, status: true } },
          },
        },
      },
    });
    if (!item || !item.groupFund?.active) throw worded("not_found", "checkoutErrors.chipInClosed");
    const { registry } = item;
    const deadline = groupDeadline(item, registry.eventDate);
    if (deadline && deadline <= new Date()) throw worded("conflict", "checkoutErrors.chipInDatePassed");
    if (item.requested - item.purchased - item.locked <= 0) throw worded("conflict", "checkoutErrors.fullyFunded", { title: item.title });
    const rest = item.priceCents - item.fundedCents;
    const problem = amountProblem(d.amount, rest, item.groupMinCents, registry.currency);
    if (problem) throw worded("conflict", "checkoutErrors.nothingPledged", undefined, { amount: problem });
    const covers = d.amount === rest;
    try {
      return await withBusyRetry(() =>
        prisma.$transaction(async (tx) => {
          let orderId: number | null = null;
          if (covers) {
            const context = await giftBoughtContext(tx, registryId);
            const buyer = { buyerName: `Group gift: ${item.title}`, buyerEmail: d.email, giftMessage: "", shipToRegistrant: true };
            const line = { itemId: d.itemId, quantity: 1, title: item.title, unitCents: item.priceCents };
            const emails = context
              ? giftBoughtEmails(
                  registryId,
                  { ...context, bought: context.bought + 1 },
                  { buyerName: "Your guests together", items: `1 × ${item.title}` },
                  baseUrl,
                )
              : [];
            const w = orderWrites(tx, registryId, buyer, [line], registry.currency, emails, new Map([[d.itemId, item]]), {
              where: { groupGift: true, fundedCents: item.fundedCents },
              data: { fundedCents: 0 },
            });
            for (const unit of w.units) await unit;
            orderId = (await w.order).id;
          } else {
            await tx.registryItem.update({
              where: { id: d.itemId, registryId, groupGift: true, priceCents: item.priceCents },
              data: { fundedCents: { increment: d.amount } },
              select: { id: true },
            });
          }
          const c = await tx.contribution.create({
            data: {
              registryId,
              itemId: d.itemId,
              orderId,
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
          // The gift's row is locked by the UPDATE above: every contribution toward this unit has committed.
          if (orderId !== null)
            await tx.contribution.updateMany({
              where: { itemId: d.itemId, orderId: null, status: { in: COUNTED } },
              data: { orderId },
            });
          await audit(tx, null, {
            action: "contribution.create",
            targetType: "Contribution",
            targetId: c.id,
            registryId,
            after: { itemId: d.itemId, amountCents: d.amount, status: provider.initialStatus, orderId },
          });
          const pay = provider.instructions(item.groupFund!);
          await enqueueEmail(
            tx,
            "contribution-receipt",
            d.email,
            contributionReceiptEmail({
              name: d.name,
              fundTitle: item.title,
              registryTitle: registry.title,
              amountCents: d.amount,
              currency: registry.currency,
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
                  fundTitle: item.title,
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
          return { id: c.id, receipt: pledgePath(registry.slug, c.id), ordered: orderId !== null };
        }, txOptions),
      );
    } catch (e) {
      // Another guest gave meanwhile: read again (what is left decides), a few times at most.
      if (!(breaksGroupCheck(e) || breaksCountsCheck(e) || lostRace(e)) || attempt >= 8) throw e;
    }
  }
}

/** The couple's view of each group gift: every contribution (names as surprise mode allows), per unit. */
export async function groupGiftsForOwner(registry: { id: number; surpriseMode: boolean; revealedAt: Date | null; eventDate: Date | null }) {
  const showGiver = canSeeBuyers(registry);
  const items = await prisma.registryItem.findMany({
    where: { registryId: registry.id, OR: [{ groupGift: true }, { contributions: { some: {} } }] },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      priceCents: true,
      requested: true,
      purchased: true,
      locked: true,
      fundedCents: true,
      groupGift: true,
      groupDeadline: true,
      groupFundId: true,
      contributions: { orderBy: { createdAt: "desc" } },
    },
  });
  return items.map(({ contributions, ...it }) => ({
    ...it,
    deadline: groupDeadline(it, registry.eventDate),
    contributions: contributions.map((c) => ({
      id: c.id,
      amountCents: c.amountCents,
      status: c.status,
      ordered: c.orderId !== null,
      date: c.createdAt,
      name: showGiver ? c.name : null,
      email: showGiver ? c.email : null,
      message: showGiver ? c.message : null,
      anonymous: c.anonymous,
    })),
  }));
}

/**
 * After its date, a group gift that was not covered: the couple moves the money pledged toward the
 * next unit to a cash fund, or releases those pledges. The gift stops taking money (a normal gift
 * again); each guest is told by email. Units already ordered are not touched.
 */
export function resolveGroupGift(
  registryId: number,
  itemId: number,
  d: { outcome: "fund" | "release"; fundId: number | null },
  actor: SessionUser,
  baseUrl: string,
  now = new Date(),
) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const item = await tx.registryItem.findFirst({
        where: { id: itemId, registryId, groupGift: true },
        select: {
          title: true,
          fundedCents: true,
          groupDeadline: true,
          registry: { select: { title: true, slug: true, currency: true, eventDate: true } },
        },
      });
      if (!item) throw worded("not_found", "registryErrors.groupNotFound");
      const deadline = groupDeadline(item, item.registry.eventDate);
      if (deadline && deadline > now) throw worded("conflict", "registryErrors.groupStillOpen");
      const fund =
        d.outcome === "fund"
          ? await tx.fund.findFirst({ where: { id: d.fundId ?? 0, registryId }, select: { id: true, title: true } })
          : null;
      if (d.outcome === "fund" && !fund)
        throw worded("validation", "registryErrors.pickFund", undefined, { fundId: msg("registryErrors.pickFund") });
      // The gift's row first: it locks the item (as a contribution and a refund do), so the pledges read
      // below are exactly those counted in fundedCents until this transaction ends.
      const locked = await tx.registryItem.updateMany({
        where: { id: itemId, registryId, groupGift: true },
        data: { updatedAt: new Date() },
      });
      if (locked.count !== 1) throw worded("conflict", "registryErrors.giftChanged");
      const pending = await tx.contribution.findMany({
        where: { itemId, orderId: null, status: { in: COUNTED } },
        select: { id: true, name: true, email: true, amountCents: true },
      });
      // The sum must match; anything else rolls back.
      const { count } = await tx.registryItem.updateMany({
        where: { id: itemId, registryId, fundedCents: pending.reduce((s, c) => s + c.amountCents, 0) },
        data: { fundedCents: 0, groupGift: false },
      });
      if (count !== 1) throw worded("conflict", "registryErrors.guestChippedIn");
      const ids = pending.map((c) => c.id);
      const still = { id: { in: ids }, itemId, orderId: null, status: { in: COUNTED } };
      const moved = fund
        ? await tx.contribution.updateMany({ where: still, data: { itemId: null, fundId: fund.id } })
        : await tx.contribution.updateMany({ where: still, data: { status: "RELEASED" } });
      if (moved.count !== ids.length) throw worded("conflict", "registryErrors.contributionMoved");
      for (const c of pending)
        await enqueueEmail(
          tx,
          "group-gift-resolved",
          c.email,
          groupGiftResolvedEmail({
            name: c.name,
            giftTitle: item.title,
            registryTitle: item.registry.title,
            amountCents: c.amountCents,
            currency: item.registry.currency,
            fundTitle: fund?.title ?? null,
            registryUrl: `${baseUrl}/r/${item.registry.slug}`,
          }),
        );
      await audit(tx, actor, {
        action: d.outcome === "fund" ? "group.move-to-fund" : "group.release",
        targetType: "RegistryItem",
        targetId: itemId,
        registryId,
        before: { fundedCents: item.fundedCents, contributions: ids },
        after: { fundedCents: 0, groupGift: false, fundId: fund?.id ?? null },
      });
      await touchRegistry(tx, registryId);
      return { contributions: ids.length };
    }, txOptions),
  );
}

/**
 * Group gifts with money toward a unit not covered whose date has passed — or that have no date at all
 * (no group date, no event date): then the couple may decide at any time, and the dashboard offers it.
 */
export const needsDecision = (g: { groupGift: boolean; fundedCents: number; deadline: Date | null }, now = new Date()) =>
  g.groupGift && g.fundedCents > 0 && (!g.deadline || g.deadline <= now);

/** Group gifts of a registry with every contribution, names included, for the admin view. */
export function groupGiftsForAdmin(registryId: number) {
  return prisma.registryItem.findMany({
    where: { registryId, OR: [{ groupGift: true }, { contributions: { some: {} } }] },
    orderBy: [{ position: "asc" }, { id: "asc" }],
    select: {
      id: true,
      title: true,
      priceCents: true,
      requested: true,
      purchased: true,
      locked: true,
      fundedCents: true,
      groupGift: true,
      contributions: { orderBy: { createdAt: "desc" } },
    },
  });
}
