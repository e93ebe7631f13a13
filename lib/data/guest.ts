import "server-only";
import { cache } from "react";
import { prisma } from "../db";
import { Prisma, type Visibility } from "../generated/prisma/client";
import { byRegistry, itemFingerprints, registryItemsCache } from "./change-cache";
import { GIFT_BOUGHT_COLUMNS, giftBoughtJoins, toGiftBoughtContext, type GiftBoughtContextRow } from "./notify";
import { isSlug } from "../validations/slug";

export const available = (i: { requested: number; purchased: number; locked: number }) => Math.max(0, i.requested - i.purchased - i.locked);

const guestItemSelect = {
  id: true,
  registryId: true,
  title: true,
  colour: true,
  size: true,
  category: true,
  priceCents: true,
  requested: true,
  purchased: true,
  locked: true,
  priority: true,
  note: true,
  imageUrl: true,
  photo: true,
  url: true,
  shopName: true,
  groupGift: true,
  fundedCents: true,
} satisfies Prisma.RegistryItemSelect;
type GuestItemRow = Prisma.RegistryItemGetPayload<{ select: typeof guestItemSelect }>;

/** The 500-gift registry is read on every guest view: its items come from memory until they change. */
const guestItems = registryItemsCache<GuestItemRow>(500);

/**
 * A registry as guests see it: never the street address or buyers, only city/country. A fixed
 * number of statements whatever the number of items (the registry row, its items' fingerprint and,
 * when they changed since last read, the items); memoised per request (the page and its metadata
 * both ask).
 */
export const findGuestRegistry = cache(async function findGuestRegistry(slug: string) {
  if (!isSlug(slug)) return null;
  const registry = await prisma.registry.findFirst({
    where: { slug, active: true },
    select: {
      id: true,
      slug: true,
      title: true,
      message: true,
      eventDate: true,
      visibility: true,
      accessCodeHash: true, // the access cookie is checked against the current code; never sent to the page
      currency: true,
      firstName: true,
      lastName: true,
      coFirstName: true,
      coLastName: true,
      addrCity: true,
      addrCountry: true,
      coverPhoto: true,
      couplePhoto: true,
      surpriseMode: true,
      revealedAt: true,
      occasion: { select: { name: true } },
    },
  });
  if (!registry) return null;
  const ids = [registry.id];
  const items = await guestItems.load(ids, await itemFingerprints(ids), async (missing) =>
    byRegistry(
      await prisma.registryItem.findMany({
        where: { registryId: { in: missing } },
        orderBy: [{ priority: "desc" }, { position: "asc" }, { id: "asc" }],
        select: guestItemSelect,
      }),
    ),
  );
  return { ...registry, items: items.get(registry.id)! };
});

/** Whether a share slug belonged to a registry that was deactivated (guests get a kinder page than a plain 404). */
export async function isRetiredRegistry(slug: string) {
  if (!isSlug(slug)) return false;
  return (await prisma.registry.count({ where: { slug, active: false } })) > 0;
}

const guestTargetSelect = {
  id: true,
  slug: true,
  title: true,
  firstName: true,
  visibility: true,
  accessCodeHash: true,
  currency: true,
} as const;

/** For guest actions: the registry behind a share slug, if guests may use it. */
export function findGuestTarget(slug: string) {
  return prisma.registry.findFirst({ where: { slug, active: true }, select: guestTargetSelect });
}

/** A gift's counts as the checkout reads them (committed data). */
export type ItemCounts = { id: number; title: string; priceCents: number; requested: number; purchased: number; locked: number };

type CheckoutRow = GiftBoughtContextRow & {
  id: number;
  slug: string;
  title: string;
  firstName: string;
  visibility: Visibility;
  accessCodeHash: string | null;
  itemId: number | null;
  itemTitle: string | null;
  priceCents: number | null;
  requested: number | null;
  purchased: number | null;
  locked: number | null;
};

/**
 * For a guest checkout: the registry behind a share slug (as findGuestTarget), the counts of the
 * gifts asked for (others are absent) and what the order's emails need (notify.ts's context). One raw statement: every buyer in a rush reads this, most of
 * them only to be told what is left, and the client query (two statements plus its planning) cost
 * 1.8 ms against 0.4 ms (measured on the bench data, SQLite).
 */
export async function findGuestCheckout(slug: string, itemIds: number[]) {
  const rows = await prisma.$queryRaw<CheckoutRow[]>(Prisma.sql`
    SELECT r."id", r."firstName", CAST(r."visibility" AS TEXT) AS "visibility", r."accessCodeHash", ${GIFT_BOUGHT_COLUMNS},
      i."id" AS "itemId", i."title" AS "itemTitle", i."priceCents", i."requested", i."purchased", i."locked"
    FROM "Registry" r ${giftBoughtJoins(Prisma.sql`(SELECT "id" FROM "Registry" WHERE "slug" = ${slug})`)}
      LEFT JOIN "RegistryItem" i ON i."registryId" = r."id" AND i."id" IN (${Prisma.join(itemIds.length ? itemIds : [0])})
    WHERE r."slug" = ${slug} AND r."active" = TRUE`);
  if (rows.length === 0) return null;
  const { id, title, firstName, visibility, accessCodeHash } = rows[0];
  const items: ItemCounts[] = rows.flatMap((r) =>
    r.itemId === null
      ? []
      : [
          {
            id: r.itemId,
            title: r.itemTitle!,
            priceCents: Number(r.priceCents),
            requested: Number(r.requested),
            purchased: Number(r.purchased),
            locked: Number(r.locked),
          },
        ],
  );
  return {
    registry: { id: Number(id), slug: rows[0].slug, title, firstName, visibility, accessCodeHash },
    items,
    context: toGiftBoughtContext(rows[0])!,
  };
}

export type GuestRegistry = NonNullable<Awaited<ReturnType<typeof findGuestRegistry>>>;
