import "server-only";
// Registrant-side item management. Callers have already checked access to `registryId`; every
// statement is still scoped by registryId so an item id from another registry changes nothing.
import { prisma } from "../db";
import { containsText } from "./contains";
import { conflict, notFound } from "../errors";
import { withBusyRetry } from "./retry";

type CatalogProduct = {
  id: number;
  sku: string;
  barcode: string;
  name: string;
  colour: string;
  size: string;
  category: string;
  priceCents: number;
  imageUrl: string;
};

/** A registry item's copy of a catalog product: items keep their own copy, as the SOAP API expects. */
export function itemFromProduct(p: CatalogProduct) {
  return {
    productId: p.id,
    sku: p.sku,
    barcode: p.barcode,
    title: p.name,
    colour: p.colour,
    size: p.size,
    category: p.category,
    priceCents: p.priceCents,
    imageUrl: p.imageUrl,
  };
}

/** The quantity form's own ceiling (lib/validations/registry.ts). */
const MAX_REQUESTED = 999;

async function nextPosition(registryId: number) {
  const last = await prisma.registryItem.findFirst({ where: { registryId }, orderBy: { position: "desc" }, select: { position: true } });
  return (last?.position ?? -1) + 1;
}

/** A catalog product already on the registry: offered as "add more" instead of a second line. */
export type ExistingGift = { itemId: number; productId: number; title: string; requested: number; asked: number };

/** `price`: the registrant's own price in the registry's currency (minor units); null: the catalog's (USD registries). */
export async function addCatalogItems(registryId: number, lines: { productId: number; requested: number; price: number | null }[]) {
  const products = await prisma.product.findMany({ where: { id: { in: lines.map((l) => l.productId) }, active: true } });
  if (products.length !== new Set(lines.map((l) => l.productId)).size) throw conflict("One of those products is no longer available");
  const byId = new Map(products.map((p) => [p.id, p]));
  const onRegistry = new Map<number, { id: number; title: string; requested: number }>();
  for (const it of await prisma.registryItem.findMany({
    where: { registryId, productId: { in: products.map((p) => p.id) } },
    orderBy: { id: "asc" },
    select: { id: true, productId: true, title: true, requested: true },
  }))
    if (it.productId !== null && !onRegistry.has(it.productId)) onRegistry.set(it.productId, it);
  const existing: ExistingGift[] = [];
  const fresh: typeof lines = [];
  for (const line of lines) {
    const it = onRegistry.get(line.productId);
    if (it) existing.push({ itemId: it.id, productId: line.productId, title: it.title, requested: it.requested, asked: line.requested });
    else if (!fresh.some((l) => l.productId === line.productId)) fresh.push(line);
  }
  let position = await nextPosition(registryId);
  if (fresh.length)
    await prisma.registryItem.createMany({
      data: fresh.map(({ productId, requested, price }) => {
        const item = itemFromProduct(byId.get(productId)!);
        return { registryId, ...item, priceCents: price ?? item.priceCents, requested, position: position++ };
      }),
    });
  return { added: fresh.length, existing };
}

/** "Add N more" of a gift already on the registry; scoped by registryId like every statement here. */
export async function raiseRequested(registryId: number, itemId: number, by: number) {
  const { count: changed } = await withBusyRetry(() =>
    prisma.registryItem.updateMany({
      where: { id: itemId, registryId, requested: { lte: MAX_REQUESTED - by } },
      data: { requested: { increment: by } },
    }),
  );
  const item = await prisma.registryItem.findFirst({ where: { id: itemId, registryId }, select: { title: true, requested: true } });
  if (!item) throw notFound("That item is not on this registry");
  if (changed !== 1) throw conflict(`${item.title} already asks for ${item.requested}: the most one gift can ask for is ${MAX_REQUESTED}.`);
  return item;
}

export async function addCustomItem(
  registryId: number,
  d: {
    title: string;
    price: number;
    requested: number;
    url: string;
    imageUrl: string;
    colour: string;
    size: string;
    note: string;
    shopName: string;
  },
) {
  return prisma.registryItem.create({
    data: {
      registryId,
      title: d.title,
      priceCents: d.price,
      requested: d.requested,
      url: d.url,
      imageUrl: d.imageUrl,
      shopName: d.shopName,
      colour: d.colour,
      size: d.size,
      note: d.note,
      category: "Other",
      position: await nextPosition(registryId),
    },
    select: { id: true },
  });
}

/**
 * Requested may never drop below Purchased + Locked: the check is part of the UPDATE itself,
 * so a purchase landing at the same moment cannot slip underneath it.
 */
export async function updateItem(registryId: number, itemId: number, d: { requested: number; priority: number; note: string }) {
  const changed = await withBusyRetry(
    () => prisma.$executeRaw`UPDATE "RegistryItem" SET "requested" = ${d.requested}, "priority" = ${d.priority}, "note" = ${d.note}, "updatedAt" = ${new Date()}
      WHERE "id" = ${itemId} AND "registryId" = ${registryId}
        AND "purchased" + "locked" + (CASE WHEN "fundedCents" > 0 THEN 1 ELSE 0 END) <= ${d.requested}`,
  );
  if (changed === 1) return;
  const item = await prisma.registryItem.findFirst({
    where: { id: itemId, registryId },
    select: { purchased: true, locked: true, fundedCents: true },
  });
  if (!item) throw notFound("That item is not on this registry");
  // The unit guests are chipping in toward (a group gift) counts too: the database keeps it (RegistryItem_group_check).
  const chipping = item.fundedCents > 0 ? 1 : 0;
  const floor = item.purchased + item.locked + chipping;
  const what = chipping ? "bought or are chipping in toward" : "bought";
  throw conflict(`Guests have already ${what} ${floor} of this item, so the quantity can’t be lower than ${floor}.`, {
    requested: chipping
      ? `Use ${floor} or more — ${item.purchased} purchased, ${item.locked} in orders in progress and 1 that guests are chipping in toward`
      : `Use ${floor} or more — ${item.purchased} purchased and ${item.locked} in orders in progress`,
  });
}

/** How long a removed gift can be put back (the page offers Undo for 8 s; this leaves room for a slow network). */
export const UNDO_REMOVE_MS = 10 * 60_000;
/** Removed gifts kept longer than this are purged (on the next removal). */
const PURGE_REMOVED_MS = 24 * 3600_000;

/**
 * Removes a gift nobody has bought or ordered, keeping its row and the rows that pointed at it
 * (cancelled orders' lines, sale records) so restoreItem can put back exactly the same gift.
 */
export async function removeItem(registryId: number, itemId: number) {
  const item = await prisma.registryItem.findFirst({
    where: { id: itemId, registryId },
    select: { purchased: true, locked: true, _count: { select: { contributions: true } } },
  });
  if (!item) throw notFound("That item is not on this registry");
  if (item.purchased + item.locked > 0)
    throw conflict("Guests have already bought this item, so it stays on the registry. Lower its quantity to what was bought instead.");
  if (item._count.contributions > 0) throw conflict("Guests have chipped in toward this gift, so it stays on the registry.");
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const row = await tx.registryItem.findFirst({ where: { id: itemId, registryId } });
      if (!row) throw notFound("That item is not on this registry");
      const [orderLines, sales, photos] = await Promise.all([
        tx.orderLine.findMany({ where: { itemId } }),
        tx.saleRecord.findMany({ where: { itemId } }),
        tx.image.findMany({ where: { itemId } }),
      ]);
      // The gift's photo goes with it (its images cascade) and comes back on Undo: kept as base64 in the JSON.
      const images = photos.map((p) => ({ ...p, data: Buffer.from(p.data).toString("base64") }));
      await tx.removedGift.deleteMany({ where: { OR: [{ itemId }, { removedAt: { lt: new Date(Date.now() - PURGE_REMOVED_MS) } }] } });
      await tx.removedGift.create({ data: { itemId, registryId, snapshot: JSON.stringify({ item: row, orderLines, sales, images }) } });
      // The counts are checked in the DELETE itself: a guest order landing meanwhile keeps the gift.
      const { count } = await tx.registryItem.deleteMany({
        where: { id: itemId, registryId, purchased: 0, locked: 0, contributions: { none: {} } },
      });
      if (count !== 1) throw conflict("This item was just bought by a guest, so it stays on the registry.");
      return { title: row.title };
    }),
  );
}

/** Undo of removeItem: the same gift (same id, position, counts) and its history come back. */
export async function restoreItem(registryId: number, itemId: number) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const kept = await tx.removedGift.findFirst({ where: { itemId, registryId } });
      if (!kept || kept.removedAt.getTime() < Date.now() - UNDO_REMOVE_MS) throw notFound("That gift can no longer be put back");
      const {
        item,
        orderLines,
        sales,
        images = [],
      } = JSON.parse(kept.snapshot) as {
        item: Record<string, unknown> & { title: string };
        orderLines: Record<string, unknown>[];
        sales: Record<string, unknown>[];
        images?: (Record<string, unknown> & { data: string })[];
      };
      // changeSeq is stamped again by the database on insert, so the guest page and APIs see the change.
      delete item.changeSeq;
      await tx.registryItem.create({ data: { ...item, updatedAt: new Date() } as never, select: { id: true } });
      if (orderLines.length) await tx.orderLine.createMany({ data: orderLines as never });
      if (sales.length) await tx.saleRecord.createMany({ data: sales as never });
      if (images.length)
        await tx.image.createMany({ data: images.map((i) => ({ ...i, data: new Uint8Array(Buffer.from(i.data, "base64")) })) as never });
      await tx.removedGift.delete({ where: { itemId } });
      return { title: item.title };
    }),
  );
}

/** Swap an item with its neighbour above or below. */
export async function moveItem(registryId: number, itemId: number, direction: "up" | "down") {
  // Reads first: on SQLite a write committed meanwhile by another connection makes its first write
  // fail with SQLITE_BUSY_SNAPSHOT — run it again.
  await withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const items = await tx.registryItem.findMany({
        where: { registryId },
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true },
      });
      const i = items.findIndex((it) => it.id === itemId);
      if (i < 0) throw notFound("That item is not on this registry");
      const j = direction === "up" ? i - 1 : i + 1;
      if (j < 0 || j >= items.length) return;
      [items[i], items[j]] = [items[j], items[i]];
      for (const [position, it] of items.entries()) await tx.registryItem.update({ where: { id: it.id }, data: { position } });
    }),
  );
}

export const CATALOG_PAGE_SIZE = 24;

/**
 * Active catalog products by name, SKU or barcode, a page at a time; `categories` narrows to those,
 * shown in that order (each category by name), null: all, by category then name. A page past the
 * last shows the last.
 */
export async function searchCatalog(q: string, categories: string[] | null = null, requestedPage = 1) {
  const term = q.trim();
  const where = {
    active: true,
    ...(term ? { OR: [{ name: containsText(term) }, { sku: containsText(term) }, { barcode: { contains: term } }] } : {}),
  };
  const orderBy = [{ name: "asc" as const }, { id: "asc" as const }];
  // How many each category has, in the order shown: one page may span the end of one and the start of the next.
  const counts = categories
    ? await prisma.product
        .groupBy({ by: ["category"], where: { ...where, category: { in: categories } }, _count: true })
        .then((rows) => categories.map((c) => ({ category: c, n: rows.find((r) => r.category === c)?._count ?? 0 })))
    : [{ category: null, n: await prisma.product.count({ where }) }];
  const total = counts.reduce((s, c) => s + c.n, 0);
  const pages = Math.max(1, Math.ceil(total / CATALOG_PAGE_SIZE));
  const page = Math.min(requestedPage, pages);
  let skip = (page - 1) * CATALOG_PAGE_SIZE;
  let take = CATALOG_PAGE_SIZE;
  const products = [];
  for (const { category, n } of counts) {
    if (take === 0) break;
    if (skip >= n) {
      skip -= n;
      continue;
    }
    const rows = await prisma.product.findMany({
      where: { ...where, ...(category === null ? {} : { category }) },
      orderBy: category === null ? [{ category: "asc" as const }, ...orderBy] : orderBy,
      skip,
      take,
    });
    products.push(...rows);
    take -= rows.length;
    skip = 0;
  }
  return { products, total, page, pages };
}

/** The categories that have active products, for browsing the catalog. */
export async function catalogCategories(): Promise<string[]> {
  const rows = await prisma.product.groupBy({
    by: ["category"],
    where: { active: true, category: { not: "" } },
    orderBy: { category: "asc" },
  });
  return rows.map((r) => r.category);
}

export function listItemsForOwner(registryId: number) {
  return prisma.registryItem.findMany({ where: { registryId }, orderBy: [{ position: "asc" }, { id: "asc" }] });
}
