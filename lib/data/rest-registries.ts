import "server-only";
// Reads for the REST API (GiftRegistries v2), retried when SQLite is briefly locked by a writer. Store systems see every active registry, whatever its
// visibility: it is the store's own data. Deactivated registries (active = false) are never returned.
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { withBusyRetry } from "./retry";
import { byRegistry, itemFingerprints } from "./change-cache";
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

/**
 * Registry rows in id order with their items, in the order the registrant arranged them (two
 * statements). The items straight from the driver: a page of 100 registries holds ~5,000, which
 * findMany turns into objects in 90–200 ms and $queryRaw in 15–35 ms (bench scale 10, SQLite).
 */
export async function loadRestRegistries(ids: number[]): Promise<RestRegistryRow[]> {
  if (ids.length === 0) return [];
  const [registries, items] = await Promise.all([
    withBusyRetry(() =>
      prisma.registry.findMany({ where: { id: { in: ids }, active: true }, orderBy: { id: "asc" }, select: registrySelect }),
    ),
    withBusyRetry(() =>
      prisma.$queryRaw<(RestItemRow & { registryId: number })[]>(Prisma.sql`
        SELECT "registryId", "productId", "sku", "title", "priceCents", "requested", "purchased", "purchasedOffline"
        FROM "RegistryItem" WHERE "registryId" IN (${Prisma.join(ids)}) ORDER BY "registryId", "position", "id"`),
    ),
  ]);
  const byId = byRegistry(items);
  return registries.map((r) => ({ ...r, items: byId.get(r.id) ?? [] }));
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

/** A registry as a page lists it: its id and a print that changes with its row or any of its items. */
export type RestRegistryHead = { id: number; print: string };

async function headsOf(where: Prisma.RegistryWhereInput, page?: { limit: number; offset: number }): Promise<RestRegistryHead[]> {
  const heads = await withBusyRetry(() =>
    prisma.registry.findMany({
      where,
      orderBy: { id: "asc" },
      ...(page && { skip: page.offset, take: page.limit }),
      select: { id: true, changeSeq: true },
    }),
  );
  const items = await withBusyRetry(() => itemFingerprints(heads.map((h) => h.id)));
  return heads.map((h) => ({ id: h.id, print: `${h.changeSeq}.${items.get(h.id)}` }));
}

/** One page of registries, ordered by id, with their prints (two indexed statements); rows come from loadRestRegistries. */
export function restRegistryPage(filter: RestRegistryFilter, page: { limit: number; offset: number }): Promise<RestRegistryHead[]> {
  return headsOf(whereOf(filter), page);
}

/** The active registry with this id, with its print; null when there is none. */
export async function restRegistryHead(id: number): Promise<RestRegistryHead | null> {
  return (await headsOf({ id, active: true }))[0] ?? null;
}

export function countRestRegistries(filter: RestRegistryFilter): Promise<number> {
  return withBusyRetry(() => prisma.registry.count({ where: whereOf(filter) }));
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
