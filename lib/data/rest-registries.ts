import "server-only";
// Reads for the REST API (GiftRegistries v2), retried when SQLite is briefly locked by a writer. Store systems see every active registry, whatever its
// visibility: it is the store's own data. Deactivated registries (active = false) are never returned.
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { withBusyRetry } from "./retry";
import { byRegistry, itemFingerprints, itemsUnionFingerprint, registryItemsCache } from "./change-cache";
import type { RestItemRow, RestRegistryRow } from "../api/rest/map";

export type RestRegistryFilter = {
  catalogid?: number;
  sku?: string;
  datestartcreated?: Date;
  dateendcreated?: Date;
  datestartevent?: Date;
  dateendevent?: Date;
  datestartexpiration?: Date;
  dateendexpiration?: Date;
};

const itemSelect = {
  registryId: true,
  productId: true,
  sku: true,
  title: true,
  priceCents: true,
  requested: true,
  purchased: true,
  purchasedOffline: true,
} satisfies Prisma.RegistryItemSelect;

// Items in the order the registrant arranged them; id breaks ties so pages never overlap.
const itemOrder: Prisma.RegistryItemOrderByWithRelationInput[] = [{ position: "asc" }, { id: "asc" }];

const registrySelect = {
  id: true,
  currency: true,
  ownerId: true,
  title: true,
  message: true,
  firstName: true,
  lastName: true,
  addrCompany: true,
  addrStreet: true,
  addrStreet2: true,
  addrCity: true,
  addrState: true,
  addrPostcode: true,
  addrCountry: true,
  addrPhone: true,
  createdAt: true,
  updatedAt: true,
  expiresAt: true,
  eventDate: true,
} satisfies Prisma.RegistrySelect;

/** Store systems page through every registry: items come from memory until they change. */
const restItems = registryItemsCache<RestItemRow & { registryId: number }>(2_500);

/** Registry rows in id order with their items (from the cache where their fingerprint is known). */
async function withItems(ids: number[], fingerprints: Map<number, string>): Promise<RestRegistryRow[]> {
  const [registries, items] = await Promise.all([
    withBusyRetry(() => prisma.registry.findMany({ where: { id: { in: ids } }, orderBy: { id: "asc" }, select: registrySelect })),
    restItems.load(ids, fingerprints, async (missing) =>
      byRegistry(
        await withBusyRetry(() =>
          prisma.registryItem.findMany({ where: { registryId: { in: missing } }, orderBy: itemOrder, select: itemSelect }),
        ),
      ),
    ),
  ]);
  return registries.map((r) => ({ ...r, items: items.get(r.id) ?? [] }));
}

function range(start?: Date, end?: Date): Prisma.DateTimeFilter | undefined {
  if (!start && !end) return undefined;
  return { ...(start && { gte: start }), ...(end && { lte: end }) };
}

function whereOf(f: RestRegistryFilter): Prisma.RegistryWhereInput {
  const product = f.catalogid !== undefined || f.sku !== undefined;
  return {
    active: true,
    // Both given: one item must match both, i.e. the registry lists that very product.
    ...(product && {
      items: { some: { ...(f.catalogid !== undefined && { productId: f.catalogid }), ...(f.sku !== undefined && { sku: f.sku }) } },
    }),
    ...(range(f.datestartcreated, f.dateendcreated) && { createdAt: range(f.datestartcreated, f.dateendcreated) }),
    ...(range(f.datestartevent, f.dateendevent) && { eventDate: range(f.datestartevent, f.dateendevent) }),
    ...(range(f.datestartexpiration, f.dateendexpiration) && { expiresAt: range(f.datestartexpiration, f.dateendexpiration) }),
  };
}

export type RestRegistryPage = {
  ids: number[];
  /** Changes whenever anything the page shows changes (which registries, their rows, their items). */
  fingerprint: string;
  rows: () => Promise<RestRegistryRow[]>;
};

/**
 * One page of registries, ordered by id: the ids and the page's fingerprint first (the page's
 * registries with their change stamps, and their items' union fingerprint: two indexed statements,
 * whatever else changes meanwhile); the rows are loaded only when asked, so a caller holding the
 * answer for this fingerprint need not load them.
 */
export async function restRegistryPage(filter: RestRegistryFilter, page: { limit: number; offset: number }): Promise<RestRegistryPage> {
  const heads = await withBusyRetry(() =>
    prisma.registry.findMany({
      where: whereOf(filter),
      orderBy: { id: "asc" },
      skip: page.offset,
      take: page.limit,
      select: { id: true, changeSeq: true },
    }),
  );
  const ids = heads.map((h) => h.id);
  const items = await withBusyRetry(() => itemsUnionFingerprint(ids));
  return {
    ids,
    fingerprint: `${heads.map((h) => `${h.id}.${h.changeSeq}`).join(",")}|${items}`,
    rows: async () => withItems(ids, await withBusyRetry(() => itemFingerprints(ids))),
  };
}

export function countRestRegistries(filter: RestRegistryFilter): Promise<number> {
  return withBusyRetry(() => prisma.registry.count({ where: whereOf(filter) }));
}

export async function findRestRegistry(id: number): Promise<RestRegistryRow | null> {
  const found = await withBusyRetry(() => prisma.registry.findFirst({ where: { id, active: true }, select: { id: true } }));
  if (!found) return null;
  const [row] = await withItems([id], await withBusyRetry(() => itemFingerprints([id])));
  return row ?? null;
}

/** A page of one active registry's items, with the currency of their prices; null when there is no such registry. */
export async function listRestRegistryItems(
  id: number,
  page: { limit: number; offset: number },
): Promise<{ currency: string; items: RestItemRow[] } | null> {
  const registry = await withBusyRetry(() =>
    prisma.registry.findFirst({
      where: { id, active: true },
      select: { currency: true, items: { select: itemSelect, orderBy: itemOrder, skip: page.offset, take: page.limit } },
    }),
  );
  return registry;
}
