import "server-only";
// Guest orders and their dispatch or cancellation. Every count change is checked by the database
// (RegistryItem_counts_check): an order and its Locked units commit together or not at all.
import { randomUUID } from "node:crypto";
import { prisma, type Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { audit } from "./audit";
import { withBusyRetry } from "./retry";
import { enqueueEmail, ORDER_NUMBER } from "./outbox";
import { giftBoughtContext, giftBoughtEmails, notifyGiftBought, type GiftBoughtContext } from "./notify";
import { boughtElsewhereReceipt, orderCancelledEmail, orderConfirmationEmail } from "../email/templates";
import { env } from "../env";
import { guestAddressLine } from "../countries";
import type { SessionUser } from "./users";
import { available, type ItemCounts } from "./guest";
import { catalogue } from "../i18n/messages";
import { worded } from "../i18n/errors";
import { msg } from "../i18n/validation";
import { shortLinesText } from "../i18n/checkout-errors";
import type { ShortLineData } from "../validations/checkout";
import type { T } from "../i18n/types";

export type OrderLineInput = { itemId: number; quantity: number };
/** Who orders, and where to: the registrant's address, or (shipToRegistrant false) the guest's own. */
export type Buyer = {
  buyerName: string;
  buyerEmail: string;
  giftMessage: string;
  shipToRegistrant: boolean;
  shipName?: string;
  shipStreet?: string;
  shipCity?: string;
  shipPostcode?: string;
  shipCountry?: string;
};
/** A line another buyer left short: the gift, how many the guest asked for and how many are left (0: none). */
export type ShortLine = ShortLineData;

/** Thrown when another buyer got there first: names each short line with its numbers; the text is made where it is shown. */
export class ShortLinesError extends AppError {
  constructor(readonly lines: ShortLine[]) {
    const en = shortLinesText(lines, catalogue("en")); // for logs and callers that show no language
    super(en.error, "conflict", en.fieldErrors);
  }

  override textIn(all: T) {
    return shortLinesText(this.lines, all);
  }
}

const txOptions = { timeout: 15_000, maxWait: 15_000 };

/** Merged per gift and in id order, so two orders for the same gifts take their row locks in the same order (PostgreSQL: no deadlock). */
function mergeLines(input: OrderLineInput[]): OrderLineInput[] {
  const merged = new Map<number, number>();
  for (const l of input) merged.set(l.itemId, (merged.get(l.itemId) ?? 0) + l.quantity);
  return [...merged].map(([itemId, quantity]) => ({ itemId, quantity })).sort((a, b) => a.itemId - b.itemId);
}

const readCounts = (registryId: number, lines: OrderLineInput[]): Promise<ItemCounts[]> =>
  prisma.registryItem.findMany({
    where: { registryId, id: { in: lines.map((l) => l.itemId) } },
    select: { id: true, title: true, priceCents: true, requested: true, purchased: true, locked: true },
  });

/** The lines these counts cannot cover; throws when a gift is gone. */
function shortLines(lines: OrderLineInput[], counts: ItemCounts[]): ShortLine[] {
  const byId = new Map(counts.map((i) => [i.id, i]));
  return lines.flatMap(({ itemId, quantity }) => {
    const it = byId.get(itemId);
    if (!it) throw worded("not_found", "checkoutErrors.giftGone");
    return available(it) < quantity ? [{ itemId, title: it.title, asked: quantity, left: available(it) }] : [];
  });
}

/** The database refused a count change: RegistryItem_counts_check (PostgreSQL's CHECK; SQLite's trigger, reported as P2003). */
export const breaksCountsCheck = (e: unknown) =>
  /RegistryItem_counts_check/.test(`${(e as Error)?.message} ${JSON.stringify((e as { meta?: unknown })?.meta ?? null)}`);
/** The order's writes were refused: counts (above), a gift changed or gone (P2025), or an order line's gift gone (P2003). */
export const lostRace = (e: unknown) => breaksCountsCheck(e) || ["P2003", "P2025"].includes(String((e as { code?: string })?.code));

/**
 * A guest order: the order, its lines and its emails, and each gift's `locked` raised, in one batched
 * transaction. The database holds the counts (RegistryItem_counts_check): when another buyer got
 * there first the UPDATE fails, everything rolls back, and the buyer hears what is left. A refusal
 * on the committed counts read first costs no write at all.
 */
export async function placeOrder(
  registryId: number,
  buyer: Buyer,
  input: OrderLineInput[],
  baseUrl = env().APP_URL,
  /** The gifts' committed counts when the caller has just read them (findGuestCheckout). */
  readJustNow?: ItemCounts[],
  /** The registry's notice context, read with those counts (findGuestCheckout). */
  contextJustNow?: GiftBoughtContext,
) {
  const lines = mergeLines(input);
  let seen = readJustNow ?? (await readCounts(registryId, lines));
  for (let attempt = 0; ; attempt++) {
    const short = shortLines(lines, seen);
    if (short.length) throw new ShortLinesError(short);
    const byId = new Map(seen.map((i) => [i.id, i]));
    // What the order records per line: the gift as the buyer saw it (the UPDATE checks it is unchanged).
    const orderLines = lines.map((l) => ({
      itemId: l.itemId,
      quantity: l.quantity,
      title: byId.get(l.itemId)!.title,
      unitCents: byId.get(l.itemId)!.priceCents,
    }));
    const totalCents = orderLines.reduce((s, l) => s + l.quantity * l.unitCents, 0);
    const units = lines.reduce((s, l) => s + l.quantity, 0);
    const registry = attempt === 0 && contextJustNow ? contextJustNow : await giftBoughtContext(prisma, registryId);
    if (!registry?.active) throw worded("not_found", "checkoutErrors.registryGone");
    const emails = [
      {
        kind: "order-confirmation",
        to: buyer.buyerEmail,
        email: orderConfirmationEmail({
          id: ORDER_NUMBER,
          buyerName: buyer.buyerName,
          registryTitle: registry.title,
          registryUrl: `${baseUrl}/r/${registry.slug}`,
          lines: orderLines,
          totalCents,
          currency: registry.currency,
          locale: registry.language,
          giftMessage: buyer.giftMessage,
          deliverTo: guestAddressLine({ shipName: "", shipStreet: "", shipCity: "", shipPostcode: "", shipCountry: "", ...buyer }),
        }),
      },
      ...giftBoughtEmails(
        registryId,
        { ...registry, bought: registry.bought + units },
        { buyerName: buyer.buyerName, items: orderLines.map((l) => `${l.quantity} × ${l.title}`).join(", ") },
        baseUrl,
      ),
    ];
    try {
      const placed = await withBusyRetry(() => {
        const w = orderWrites(prisma, registryId, buyer, orderLines, registry.currency, emails, byId);
        return prisma.$transaction([...w.units, w.order]);
      });
      const order = placed.at(-1) as { id: number };
      return { id: order.id, totalCents };
    } catch (e) {
      // The last unit of a group gift guests are chipping in toward cannot be bought whole (RegistryItem_group_check).
      if (/RegistryItem_group_check/.test(`${(e as Error)?.message} ${JSON.stringify((e as { meta?: unknown })?.meta ?? null)}`))
        throw worded("conflict", "checkoutErrors.groupGiftLast");
      if (!lostRace(e)) throw e;
      const fresh = await readCounts(registryId, lines);
      const changed = fresh.find((f) => byId.get(f.id)!.title !== f.title || byId.get(f.id)!.priceCents !== f.priceCents);
      if (changed) throw worded("conflict", "checkoutErrors.giftChanged", { title: changed.title });
      // Short now: shortLines says so. Not short (an order was cancelled meanwhile): once more.
      if (attempt >= 1 && !shortLines(lines, fresh).length) throw e;
      seen = fresh;
    }
  }
}

export type OrderRow = { itemId: number; quantity: number; title: string; unitCents: number };
type QueuedEmail = { kind: string; to: string; email: { subject: string; html: string; text: string } };

/**
 * The one write path of an order, as Prisma operations to run in this order inside one transaction:
 * each gift's `locked` raised (the database's counts CHECK refuses a unit that does not exist), then
 * the order with its lines and emails. placeOrder batches them; a group gift's covered unit
 * (lib/data/group-gifts.ts) runs them in its own transaction, its UPDATE also asking `unitWhere` and
 * setting `unitData` (its money toward the unit goes back to 0).
 */
export function orderWrites(
  db: Tx,
  registryId: number,
  buyer: Buyer,
  orderLines: OrderRow[],
  currency: string,
  emails: QueuedEmail[],
  seen: Map<number, { title: string; priceCents: number }>,
  unit?: { where: { groupGift?: boolean; fundedCents?: number }; data: Prisma.RegistryItemUpdateInput },
) {
  const totalCents = orderLines.reduce((s, l) => s + l.quantity * l.unitCents, 0);
  return {
    order: db.order.create({
      data: {
        registryId,
        ...buyer,
        totalCents,
        currency,
        lines: { create: orderLines },
        emails: { create: emails.map((m) => ({ kind: m.kind, to: m.to, ...m.email })) },
      },
      select: { id: true },
    }),
    // The count changes first: a buyer who lost the race fails at the first statement, not after the
    // order's three inserts. In a PostgreSQL race round 70-100 buyers fail there; against "count
    // last" (which held each gift's row for less time): 52-57 → 62-69 orders/s, ~5.0 → ~4.2 ms of
    // CPU per request (bench scenario 5's race, 2026-12-07).
    units: orderLines.map(({ itemId, quantity }) =>
      db.registryItem.update({
        where: { id: itemId, registryId, title: seen.get(itemId)!.title, priceCents: seen.get(itemId)!.priceCents, ...unit?.where },
        data: { locked: { increment: quantity }, ...unit?.data },
        select: { id: true },
      }),
    ),
  };
}

async function loadPlaced(tx: Tx, orderId: number) {
  const order = await tx.order.findUnique({ where: { id: orderId }, include: { lines: true } });
  if (!order) throw worded("not_found", "admin.orders.notFound", { id: orderId });
  return order;
}

/** Staff dispatch: the order's Locked units become Purchased, and a web sale is recorded per line. */
export function dispatchOrder(orderId: number, actor: SessionUser | null) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const claimed = await tx.order.updateMany({
        where: { id: orderId, status: "PLACED" },
        data: { status: "DISPATCHED", dispatchedAt: new Date() },
      });
      const order = await loadPlaced(tx, orderId);
      if (claimed.count !== 1) throw worded("conflict", "admin.orders.already", { id: orderId, status: order.status.toLowerCase() });
      for (const line of order.lines) {
        const changed =
          await tx.$executeRaw`UPDATE "RegistryItem" SET "locked" = "locked" - ${line.quantity}, "purchased" = "purchased" + ${line.quantity}, "updatedAt" = ${new Date()}
          WHERE "id" = ${line.itemId} AND "locked" >= ${line.quantity}`;
        if (changed !== 1) throw worded("conflict", "admin.orders.fewerUnits", { id: orderId, itemId: line.itemId });
        await tx.saleRecord.create({
          data: {
            registryId: order.registryId,
            itemId: line.itemId,
            kind: "SALE",
            source: "WEB",
            quantity: line.quantity,
            unitNetCents: line.unitCents,
            reference: `ORDER-${order.id}`,
            buyerName: order.buyerName,
            buyerEmail: order.buyerEmail,
            comment: order.giftMessage,
            actorUserId: actor?.id ?? null,
          },
        });
      }
      await audit(tx, actor, {
        action: "order.dispatch",
        targetType: "Order",
        targetId: orderId,
        registryId: order.registryId,
        before: { status: "PLACED" },
        after: { status: "DISPATCHED", lines: order.lines.map((l) => [l.itemId, l.quantity]) },
      });
      return order;
    }, txOptions),
  );
}

/** Staff cancel: the order's Locked units are released. */
export function cancelOrder(orderId: number, actor: SessionUser | null, baseUrl = env().APP_URL) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const claimed = await tx.order.updateMany({
        where: { id: orderId, status: "PLACED" },
        data: { status: "CANCELLED", cancelledAt: new Date() },
      });
      const order = await loadPlaced(tx, orderId);
      if (claimed.count !== 1) throw worded("conflict", "admin.orders.already", { id: orderId, status: order.status.toLowerCase() });
      // A group gift's order is the guests' money: cancelling it would leave their pledges counting toward nothing.
      const chipped = await tx.contribution.count({ where: { orderId, status: { in: ["PROMISED", "RECEIVED"] } } });
      if (chipped > 0) throw worded("conflict", "admin.orders.refundFirst");
      for (const line of order.lines) {
        const changed = await tx.$executeRaw`UPDATE "RegistryItem" SET "locked" = "locked" - ${line.quantity}, "updatedAt" = ${new Date()}
          WHERE "id" = ${line.itemId} AND "locked" >= ${line.quantity}`;
        if (changed !== 1) throw worded("conflict", "admin.orders.fewerUnits", { id: orderId, itemId: line.itemId });
      }
      const registry = await tx.registry.findUniqueOrThrow({ where: { id: order.registryId }, select: { title: true, slug: true } });
      await enqueueEmail(
        tx,
        "order-cancelled",
        order.buyerEmail,
        orderCancelledEmail({
          id: order.id,
          buyerName: order.buyerName,
          registryTitle: registry.title,
          registryUrl: `${baseUrl}/r/${registry.slug}`,
        }),
      );
      await audit(tx, actor, {
        action: "order.cancel",
        targetType: "Order",
        targetId: orderId,
        registryId: order.registryId,
        before: { status: "PLACED" },
        after: { status: "CANCELLED" },
      });
      return order;
    }, txOptions),
  );
}

/** "I bought this elsewhere": Purchased directly, counted as sold offline; returns how many are still needed. */
export function recordBoughtElsewhere(
  registryId: number,
  itemId: number,
  d: { buyerName: string; buyerEmail: string; quantity: number; message: string },
  baseUrl = env().APP_URL,
) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const changed =
        await tx.$executeRaw`UPDATE "RegistryItem" SET "purchased" = "purchased" + ${d.quantity}, "purchasedOffline" = "purchasedOffline" + ${d.quantity}, "updatedAt" = ${new Date()}
        WHERE "id" = ${itemId} AND "registryId" = ${registryId} AND "requested" - "purchased" - "locked" - (CASE WHEN "fundedCents" > 0 THEN 1 ELSE 0 END) >= ${d.quantity}`;
      if (changed !== 1) {
        const it = await tx.registryItem.findFirst({
          where: { id: itemId, registryId },
          select: { title: true, requested: true, purchased: true, locked: true, fundedCents: true },
        });
        if (!it) throw worded("not_found", "registryErrors.giftNotFound");
        // The unit guests are chipping in toward (a group gift) is not left to mark.
        const left = Math.max(0, it.requested - it.purchased - it.locked - (it.fundedCents > 0 ? 1 : 0));
        throw worded(
          "conflict",
          "registryErrors.onlyStillNeeded",
          { left, title: it.title },
          { quantity: msg("registryErrors.onlyNStillNeeded", { left }) },
        );
      }
      const item = await tx.registryItem.findUniqueOrThrow({
        where: { id: itemId },
        select: {
          priceCents: true,
          title: true,
          requested: true,
          purchased: true,
          locked: true,
          registry: { select: { title: true, slug: true } },
        },
      });
      const mark = await tx.saleRecord.create({
        data: {
          registryId,
          itemId,
          kind: "SALE",
          source: "OFFLINE",
          boughtElsewhere: true,
          quantity: d.quantity,
          unitNetCents: item.priceCents,
          reference: `OFFLINE-${randomUUID()}`,
          buyerName: d.buyerName,
          buyerEmail: d.buyerEmail,
          comment: d.message,
        },
        select: { id: true },
      });
      await audit(tx, null, {
        action: "elsewhere.mark",
        targetType: "SaleRecord",
        targetId: mark.id,
        registryId,
        after: { itemId, quantity: d.quantity },
      });
      await enqueueEmail(
        tx,
        "bought-elsewhere",
        d.buyerEmail,
        boughtElsewhereReceipt({
          buyerName: d.buyerName,
          title: item.title,
          quantity: d.quantity,
          registryTitle: item.registry.title,
          registryUrl: `${baseUrl}/r/${item.registry.slug}`,
        }),
      );
      await notifyGiftBought(tx, registryId, { buyerName: d.buyerName, items: `${d.quantity} × ${item.title}` }, baseUrl);
      return { left: Math.max(0, item.requested - item.purchased - item.locked) };
    }, txOptions),
  );
}

export function findOrder(orderId: number) {
  return prisma.order.findUnique({ where: { id: orderId }, include: { lines: true, registry: { select: { slug: true, title: true } } } });
}

export function reportRegistry(registryId: number, d: { reason: string; details: string; reporterEmail: string }) {
  return prisma.guestReport.create({ data: { registryId, ...d }, select: { id: true } });
}
