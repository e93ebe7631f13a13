import "server-only";
// Surprise mode: buyers and messages stay hidden until the registrant reveals them after the event
// (or turned surprise mode off). Then they feed a thank-you list.
import { prisma } from "../db";
import { worded } from "../i18n/errors";
import { formatMoney } from "../format";
import { translator } from "../i18n/messages";
import type { T } from "../i18n/types";

export type ThankYouEntry = {
  kind: "order" | "offline" | "fund";
  id: number;
  buyerName: string;
  buyerEmail: string;
  gifts: string;
  message: string;
  date: Date;
  sent: boolean;
};

export function canSeeBuyers(r: { surpriseMode: boolean; revealedAt: Date | null }) {
  return !r.surpriseMode || r.revealedAt !== null;
}

/** `t`: the "thankYou" words of the reader's language (money gifts are described in it), `locale`: how amounts are written. */
export async function thankYouList(registryId: number, t: T = translator("en", "thankYou"), locale = "en"): Promise<ThankYouEntry[]> {
  const [orders, offline, contributions] = await Promise.all([
    // A group gift's order is thanked through its contributions (below), one per guest.
    prisma.order.findMany({
      where: { registryId, status: { not: "CANCELLED" }, contributions: { none: {} } },
      include: { lines: true },
      orderBy: { createdAt: "asc" },
    }),
    prisma.saleRecord.findMany({
      where: { registryId, source: "OFFLINE", kind: "SALE", undoneAt: null },
      include: { item: { select: { title: true } } },
      orderBy: { createdAt: "asc" },
    }),
    // Money gifts: a refunded one is no longer a gift to thank for.
    prisma.contribution.findMany({
      where: { registryId, status: { in: ["PROMISED", "RECEIVED"] } },
      include: { fund: { select: { title: true } }, item: { select: { title: true } } },
      orderBy: { createdAt: "asc" },
    }),
  ]);
  const entries: ThankYouEntry[] = [
    ...orders.map((o) => ({
      kind: "order" as const,
      id: o.id,
      buyerName: o.buyerName,
      buyerEmail: o.buyerEmail,
      gifts: o.lines.map((l) => `${l.quantity} × ${l.title}`).join(", "),
      message: o.giftMessage,
      date: o.createdAt,
      sent: !!o.thankYouSentAt,
    })),
    ...offline.map((s) => ({
      kind: "offline" as const,
      id: s.id,
      buyerName: s.buyerName,
      buyerEmail: s.buyerEmail,
      gifts: `${s.quantity} × ${s.item.title}`,
      message: s.comment,
      date: s.createdAt,
      sent: !!s.thankYouSentAt,
    })),
    ...contributions.map((c) => ({
      kind: "fund" as const,
      id: c.id,
      buyerName: c.name,
      buyerEmail: c.email,
      gifts: c.item
        ? t("moneyToward", { amount: formatMoney(c.amountCents, c.currency, locale), title: c.item.title, status: c.status })
        : t("moneyTo", { amount: formatMoney(c.amountCents, c.currency, locale), fund: c.fund?.title ?? t("aFund"), status: c.status }),
      message: c.message,
      date: c.createdAt,
      sent: !!c.thankYouSentAt,
    })),
  ];
  return entries.sort((a, b) => a.date.getTime() - b.date.getTime());
}

/** Reveal is allowed once the event date has passed. */
export async function revealBuyers(registryId: number, now = new Date()) {
  const r = await prisma.registry.findUniqueOrThrow({ where: { id: registryId }, select: { eventDate: true } });
  if (!r.eventDate || r.eventDate > now) throw worded("conflict", "registryErrors.revealAfterEvent");
  await prisma.registry.update({ where: { id: registryId }, data: { revealedAt: now } });
}

export async function setThankYouSent(registryId: number, kind: "order" | "offline" | "fund", id: number, sent: boolean) {
  const data = { thankYouSentAt: sent ? new Date() : null };
  const { count } =
    kind === "order"
      ? await prisma.order.updateMany({ where: { id, registryId }, data })
      : kind === "fund"
        ? await prisma.contribution.updateMany({ where: { id, registryId }, data })
        : await prisma.saleRecord.updateMany({ where: { id, registryId, source: "OFFLINE" }, data });
  if (count !== 1) throw worded("conflict", "registryErrors.giftNotFound");
}

const csvCell = (v: string) => {
  // Quote every cell; neutralise spreadsheet formulas (=, +, -, @) in guest-typed text.
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return `"${safe.replace(/"/g, '""')}"`;
};

/** The list as CSV, its header and yes/no in the reader's language (`t`: "thankYou"); dates stay ISO for spreadsheets. */
export function thankYouCsv(entries: ThankYouEntry[], t: T = translator("en", "thankYou")) {
  const rows = [
    t("csvHeader").split(","),
    ...entries.map((e) => [
      e.date.toISOString().slice(0, 10),
      e.buyerName,
      e.buyerEmail,
      e.gifts,
      e.message,
      t("csvSent", { sent: e.sent ? "yes" : "no" }),
    ]),
  ];
  return rows.map((r) => r.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

/** One guest order of one gift, as the registrant sees it on their registry page. */
export type GiftOrder = {
  orderId: number;
  date: Date;
  quantity: number;
  status: "ordered" | "dispatched" | "cancelled";
  giver: string | null;
};

/**
 * Every web order per gift of this registry (newest first). The giver's name only when surprise mode
 * allows it (canSeeBuyers), as on the thank-you list. Callers have checked access to the registry.
 */
export async function giftOrders(registry: { id: number; surpriseMode: boolean; revealedAt: Date | null }) {
  const showGiver = canSeeBuyers(registry);
  const lines = await prisma.orderLine.findMany({
    where: { order: { registryId: registry.id } },
    select: { itemId: true, quantity: true, order: { select: { id: true, createdAt: true, status: true, buyerName: true } } },
    orderBy: [{ order: { createdAt: "desc" } }, { id: "desc" }],
  });
  const byItem = new Map<number, GiftOrder[]>();
  for (const l of lines) {
    const list = byItem.get(l.itemId) ?? [];
    list.push({
      orderId: l.order.id,
      date: l.order.createdAt,
      quantity: l.quantity,
      status: l.order.status === "PLACED" ? "ordered" : l.order.status === "DISPATCHED" ? "dispatched" : "cancelled",
      giver: showGiver ? l.order.buyerName : null,
    });
    byItem.set(l.itemId, list);
  }
  return byItem;
}

/** A gift's state in plain words: "2 of 4 bought · 1 on its way · 1 dispatched". */
export function giftStatus(i: { requested: number; purchased: number; locked: number; purchasedOffline: number }, t: T) {
  const parts = [t("statusBought", { bought: i.purchased + i.locked, requested: i.requested })];
  if (i.locked) parts.push(t("statusOnItsWay", { count: i.locked }));
  const sent = i.purchased - i.purchasedOffline;
  if (sent) parts.push(t("statusDispatched", { count: sent }));
  if (i.purchasedOffline) parts.push(t("statusElsewhere", { count: i.purchasedOffline }));
  return parts.join(" · ");
}
