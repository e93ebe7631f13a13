import "server-only";
// Guest orders. Every count change is a conditional UPDATE checked by the database, inside one
// transaction with the order rows: an order and its Locked units commit together or not at all.
import { randomUUID } from "node:crypto";
import { fastRows, fastWrite, prisma, sqlCount, sqlRows, type Tx } from "../db";
import { Prisma } from "../generated/prisma/client";
import { AppError, conflict, notFound } from "../errors";
import { audit } from "./audit";
import { withBusyRetry } from "./retry";
import { emailsInsertSql, enqueueEmail } from "./outbox";
import { giftBoughtContextSql, giftBoughtEmails, notifyGiftBought, toGiftBoughtContext, type GiftBoughtContextRow } from "./notify";
import { boughtElsewhereReceipt, orderCancelledEmail, orderConfirmationEmail } from "../email/templates";
import { appBaseUrl } from "../app-url";
import type { SessionUser } from "./users";
import { available, type ItemCounts } from "./guest";

export type OrderLineInput = { itemId: number; quantity: number };
export type ShortLine = { itemId: number; title: string; wanted: number; available: number };

/** Thrown when another buyer got there first: says exactly which lines are short and what is left. */
export class ShortLinesError extends AppError {
  constructor(readonly lines: ShortLine[]) {
    super(
      lines.map((l) => (l.available === 0 ? `“${l.title}” was just bought by someone else.` : `Only ${l.available} of “${l.title}” still available (you asked for ${l.wanted}).`)).join(" "),
      "conflict",
    );
  }
}

const txOptions = { timeout: 15_000, maxWait: 15_000 };

/**
 * Per gift, the units this process's checkouts are ordering right now, a promise of when none are,
 * and the reads started after that moment (buyers who waited for the same flight share one).
 */
type Flight = { units: number; settled: Promise<void>; done: () => void; after: Map<string, Promise<unknown[]>> };
// On globalThis: the production server's own /api/checkout handler (scripts/serve.ts) and the Next
// bundle's server actions load their own copies of this module, and must see each other's flights.
const FLIGHTS = Symbol.for("wishwell.checkout-flights");
const ordering: Map<number, Flight> = ((globalThis as Record<symbol, Map<number, Flight> | undefined>)[FLIGHTS] ??= new Map());
/** At most this long a buyer waits for other checkouts of the same gift before running its own transaction. */
const ADMISSION_WAIT_MS = 5000;
function newFlight(itemId: number): Flight {
  let done!: () => void;
  const settled = new Promise<void>((r) => (done = r));
  const f = { units: 0, settled, done, after: new Map() };
  ordering.set(itemId, f);
  return f;
}
function landed(itemId: number, units: number) {
  const f = ordering.get(itemId);
  if (!f) return;
  f.units -= units;
  if (f.units <= 0) {
    ordering.delete(itemId);
    f.done();
  }
}

/**
 * The committed counts of an order's gifts once this process's checkouts in flight leave enough of
 * each (or after ADMISSION_WAIT_MS), with the order's units then counted in flight; refuses at once
 * when the committed counts already fall short. The caller releases the units (landed) when its write settles.
 */
async function admit(lines: OrderLineInput[], counts: Prisma.Sql, readJustNow?: ItemCounts[]): Promise<Map<number, ItemCounts>> {
  const key = counts.values.join(",");
  const waitUntil = Date.now() + ADMISSION_WAIT_MS;
  let read = readJustNow ? Promise.resolve(readJustNow) : fastRows<ItemCounts>(counts);
  for (;;) {
    const current = await read;
    if (current.length !== lines.length) throw notFound("One of the gifts is no longer on this registry");
    const seen = new Map(current.map((i) => [i.id, i]));
    const short = lines.flatMap(({ itemId, quantity }) => (available(seen.get(itemId)!) < quantity ? [{ itemId, title: seen.get(itemId)!.title, wanted: quantity, available: available(seen.get(itemId)!) }] : []));
    if (short.length) throw new ShortLinesError(short);
    const crowded = lines.flatMap(({ itemId, quantity }) => {
      const f = ordering.get(itemId);
      return f && available(seen.get(itemId)!) - f.units < quantity ? [f] : [];
    });
    if (!crowded.length || Date.now() >= waitUntil) {
      // In flight from here (in the same turn as the check) until placeOrder's write settles.
      for (const { itemId, quantity } of lines) (ordering.get(itemId) ?? newFlight(itemId)).units += quantity;
      return seen;
    }
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([Promise.all(crowded.map((f) => f.settled)), new Promise((r) => (timer = setTimeout(r, waitUntil - Date.now())))]);
    clearTimeout(timer);
    // After waiting for one flight, a read another of its waiters started since it settled is as fresh.
    const shared = crowded.length === 1 ? crowded[0].after : undefined;
    read = (shared?.get(key) as Promise<ItemCounts[]> | undefined) ?? fastRows<ItemCounts>(counts);
    shared?.set(key, read);
  }
}

export async function placeOrder(
  registryId: number,
  buyer: { buyerName: string; buyerEmail: string; giftMessage: string; shipToRegistrant: boolean },
  input: OrderLineInput[],
  baseUrl = appBaseUrl(),
  /** The gifts' committed counts when the caller has just read them (findGuestCheckout): the first check uses them. */
  readJustNow?: ItemCounts[],
) {
  // Merge repeated lines for one item, so each item is locked with one statement; in id order, so two
  // orders for the same gifts take their row locks in the same order (PostgreSQL: no deadlock).
  const merged = new Map<number, number>();
  for (const l of input) merged.set(l.itemId, (merged.get(l.itemId) ?? 0) + l.quantity);
  const lines = [...merged].map(([itemId, quantity]) => ({ itemId, quantity })).sort((a, b) => a.itemId - b.itemId);

  const ids = Prisma.join(lines.map((l) => l.itemId));
  // Raw SQL on this path: each Prisma query costs more to compile than to run, and a rush of buyers
  // for the last units is when a checkout must be cheapest.
  const counts = Prisma.sql`SELECT "id", "title", "priceCents", "requested", "purchased", "locked" FROM "RegistryItem" WHERE "registryId" = ${registryId} AND "id" IN (${ids})`;

  // Fast refusal: when the committed counts already cannot cover a line, refuse without taking the
  // write lock. Refusing on a committed read is as if the buyer had arrived at that moment; when the
  // read says yes, the conditional UPDATEs below still decide (so this can never oversell). In a rush
  // for the last units, the losers no longer queue behind the winners' transactions.
  // Units this process is ordering right now count as gone while they are in flight: a buyer they
  // leave too few for waits for them to settle and reads again, rather than running a whole
  // transaction that its UPDATE would most likely refuse.
  const seen = await admit(lines, counts, readJustNow); // nothing from here to fastWrite's promise can throw
  // What the order records per line: the gift as the buyer saw it (the UPDATE below checks it is unchanged).
  const orderLines = lines.map((l) => ({ itemId: l.itemId, quantity: l.quantity, title: seen.get(l.itemId)!.title, unitCents: Number(seen.get(l.itemId)!.priceCents) }));
  const totalCents = orderLines.reduce((s, l) => s + l.quantity * l.unitCents, 0);
  const units = lines.reduce((s, l) => s + l.quantity, 0);

  // The transaction straight to the driver (lib/db.ts fastWrite): on SQLite it runs in one turn of
  // the event loop, holding the write lock for a fraction of a millisecond. The conditional UPDATEs
  // come last: on PostgreSQL they take the gifts' row locks, which concurrent buyers of the same gift
  // queue for — held from there to COMMIT only, not over the order's inserts too.
  return fastWrite(function* () {
    const now = new Date();
    // The registry, its registrants and its totals (before this order) in one read.
    const registry = toGiftBoughtContext((yield* sqlRows<GiftBoughtContextRow>(giftBoughtContextSql(registryId)))[0]);
    if (!registry?.active) throw notFound("This registry is no longer available");
    const [order] = yield* sqlRows<{ id: number }>(Prisma.sql`
      INSERT INTO "Order" ("registryId", "buyerName", "buyerEmail", "giftMessage", "shipToRegistrant", "totalCents", "currency", "createdAt", "updatedAt")
      VALUES (${registryId}, ${buyer.buyerName}, ${buyer.buyerEmail}, ${buyer.giftMessage}, ${buyer.shipToRegistrant}, ${totalCents}, ${registry.currency}, ${now}, ${now})
      RETURNING "id"`);
    const orderId = Number(order.id);
    yield* sqlCount(Prisma.sql`INSERT INTO "OrderLine" ("orderId", "itemId", "title", "quantity", "unitCents")
      VALUES ${Prisma.join(orderLines.map((l) => Prisma.sql`(${orderId}, ${l.itemId}, ${l.title}, ${l.quantity}, ${l.unitCents})`))}`);
    // Queued in this transaction: the order and its emails commit together.
    yield* sqlRows(emailsInsertSql([
      { kind: "order-confirmation", to: buyer.buyerEmail, email: orderConfirmationEmail({ id: orderId, buyerName: buyer.buyerName, registryTitle: registry.title, registryUrl: `${baseUrl}/r/${registry.slug}`, lines: orderLines, totalCents, currency: registry.currency, giftMessage: buyer.giftMessage }) },
      ...giftBoughtEmails(registryId, { ...registry, bought: registry.bought + units }, { buyerName: buyer.buyerName, items: orderLines.map((l) => `${l.quantity} × ${l.title}`).join(", ") }, baseUrl),
    ], now));
    // Each count change is checked by the database: only while enough units are still available.
    const short: ShortLine[] = [];
    for (const { itemId, quantity } of lines) {
      const [hit] = yield* sqlRows<{ title: string; priceCents: number }>(Prisma.sql`UPDATE "RegistryItem" SET "locked" = "locked" + ${quantity}, "updatedAt" = ${now}
        WHERE "id" = ${itemId} AND "registryId" = ${registryId} AND "requested" - "purchased" - "locked" >= ${quantity}
        RETURNING "title", "priceCents"`);
      if (!hit) short.push({ itemId, title: "", wanted: quantity, available: 0 });
      else if (hit.title !== seen.get(itemId)!.title || Number(hit.priceCents) !== Number(seen.get(itemId)!.priceCents))
        throw conflict(`Nothing was ordered: “${hit.title}” was changed by the registrant a moment ago. Please check it and try again.`);
    }
    if (short.length) {
      const byId = new Map((yield* sqlRows<ItemCounts>(counts)).map((i) => [i.id, i]));
      for (const s of short) {
        const it = byId.get(s.itemId);
        if (!it) throw notFound("One of the gifts is no longer on this registry");
        s.title = it.title;
        s.available = available(it);
      }
      throw new ShortLinesError(short); // rolls back the order, its lines, its emails and every line already locked
    }
    return { id: orderId, totalCents };
  })
    .catch((e: unknown) => {
      // The gift was deleted after the checkout read it: its order line's foreign key says so.
      if (["23503", "SQLITE_CONSTRAINT_FOREIGNKEY"].includes(String((e as { code?: string })?.code))) throw notFound("One of the gifts is no longer on this registry");
      throw e;
    })
    .finally(() => {
      for (const { itemId, quantity } of lines) landed(itemId, quantity);
    });
}

async function loadPlaced(tx: Tx, orderId: number) {
  const order = await tx.order.findUnique({ where: { id: orderId }, include: { lines: true } });
  if (!order) throw notFound(`Order ${orderId} not found`);
  return order;
}

/** Staff dispatch: the order's Locked units become Purchased, and a web sale is recorded per line. */
export function dispatchOrder(orderId: number, actor: SessionUser | null) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const claimed = await tx.order.updateMany({ where: { id: orderId, status: "PLACED" }, data: { status: "DISPATCHED", dispatchedAt: new Date() } });
      const order = await loadPlaced(tx, orderId);
      if (claimed.count !== 1) throw conflict(`Order ${orderId} is already ${order.status.toLowerCase()}`);
      for (const line of order.lines) {
        const changed = await tx.$executeRaw`UPDATE "RegistryItem" SET "locked" = "locked" - ${line.quantity}, "purchased" = "purchased" + ${line.quantity}, "updatedAt" = ${new Date()}
          WHERE "id" = ${line.itemId} AND "locked" >= ${line.quantity}`;
        if (changed !== 1) throw conflict(`Order ${orderId}: item ${line.itemId} has fewer units locked than the order holds`);
        await tx.saleRecord.create({
          data: { registryId: order.registryId, itemId: line.itemId, kind: "SALE", source: "WEB", quantity: line.quantity, unitNetCents: line.unitCents, reference: `ORDER-${order.id}`, buyerName: order.buyerName, buyerEmail: order.buyerEmail, comment: order.giftMessage, actorUserId: actor?.id ?? null },
        });
      }
      await audit(tx, actor, { action: "order.dispatch", targetType: "Order", targetId: orderId, registryId: order.registryId, before: { status: "PLACED" }, after: { status: "DISPATCHED", lines: order.lines.map((l) => [l.itemId, l.quantity]) } });
      return order;
    }, txOptions),
  );
}

/** Staff cancel: the order's Locked units are released. */
export function cancelOrder(orderId: number, actor: SessionUser | null, baseUrl = appBaseUrl()) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const claimed = await tx.order.updateMany({ where: { id: orderId, status: "PLACED" }, data: { status: "CANCELLED", cancelledAt: new Date() } });
      const order = await loadPlaced(tx, orderId);
      if (claimed.count !== 1) throw conflict(`Order ${orderId} is already ${order.status.toLowerCase()}`);
      for (const line of order.lines) {
        const changed = await tx.$executeRaw`UPDATE "RegistryItem" SET "locked" = "locked" - ${line.quantity}, "updatedAt" = ${new Date()}
          WHERE "id" = ${line.itemId} AND "locked" >= ${line.quantity}`;
        if (changed !== 1) throw conflict(`Order ${orderId}: item ${line.itemId} has fewer units locked than the order holds`);
      }
      const registry = await tx.registry.findUniqueOrThrow({ where: { id: order.registryId }, select: { title: true, slug: true } });
      await enqueueEmail(tx, "order-cancelled", order.buyerEmail, orderCancelledEmail({ id: order.id, buyerName: order.buyerName, registryTitle: registry.title, registryUrl: `${baseUrl}/r/${registry.slug}` }));
      await audit(tx, actor, { action: "order.cancel", targetType: "Order", targetId: orderId, registryId: order.registryId, before: { status: "PLACED" }, after: { status: "CANCELLED" } });
      return order;
    }, txOptions),
  );
}

/** "I bought this elsewhere": Purchased directly, counted as sold offline. */
export function recordBoughtElsewhere(registryId: number, itemId: number, d: { buyerName: string; buyerEmail: string; quantity: number; message: string }, baseUrl = appBaseUrl()) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const changed = await tx.$executeRaw`UPDATE "RegistryItem" SET "purchased" = "purchased" + ${d.quantity}, "purchasedOffline" = "purchasedOffline" + ${d.quantity}, "updatedAt" = ${new Date()}
        WHERE "id" = ${itemId} AND "registryId" = ${registryId} AND "requested" - "purchased" - "locked" >= ${d.quantity}`;
      if (changed !== 1) {
        const it = await tx.registryItem.findFirst({ where: { id: itemId, registryId }, select: { title: true, requested: true, purchased: true, locked: true } });
        if (!it) throw notFound("That gift is not on this registry");
        const left = Math.max(0, it.requested - it.purchased - it.locked);
        throw conflict(`Only ${left} of “${it.title}” still needed`, { quantity: `Only ${left} still needed` });
      }
      const item = await tx.registryItem.findUniqueOrThrow({ where: { id: itemId }, select: { priceCents: true, title: true, registry: { select: { title: true, slug: true } } } });
      const mark = await tx.saleRecord.create({
        data: { registryId, itemId, kind: "SALE", source: "OFFLINE", boughtElsewhere: true, quantity: d.quantity, unitNetCents: item.priceCents, reference: `OFFLINE-${randomUUID()}`, buyerName: d.buyerName, buyerEmail: d.buyerEmail, comment: d.message },
        select: { id: true },
      });
      await audit(tx, null, { action: "elsewhere.mark", targetType: "SaleRecord", targetId: mark.id, registryId, after: { itemId, quantity: d.quantity } });
      await enqueueEmail(tx, "bought-elsewhere", d.buyerEmail, boughtElsewhereReceipt({ buyerName: d.buyerName, title: item.title, quantity: d.quantity, registryTitle: item.registry.title, registryUrl: `${baseUrl}/r/${item.registry.slug}` }));
      await notifyGiftBought(tx, registryId, { buyerName: d.buyerName, items: `${d.quantity} × ${item.title}` }, baseUrl);
    }, txOptions),
  );
}

export function findOrder(orderId: number) {
  return prisma.order.findUnique({ where: { id: orderId }, include: { lines: true, registry: { select: { slug: true, title: true } } } });
}

export function reportRegistry(registryId: number, d: { reason: string; details: string; reporterEmail: string }) {
  return prisma.guestReport.create({ data: { registryId, ...d }, select: { id: true } });
}
