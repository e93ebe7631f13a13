import "server-only";
import { cache } from "react";
import { prisma } from "../db";

export const available = (i: { requested: number; purchased: number; locked: number }) =>
  Math.max(0, i.requested - i.purchased - i.locked);

/**
 * A registry as guests see it: never the street address or buyers, only city/country. A fixed
 * number of statements whatever the number of items; memoised per request (the page and its
 * metadata both ask), so a page view reads the registry once.
 */
export const findGuestRegistry = cache(function findGuestRegistry(slug: string) {
  if (!/^[a-z0-9]{6,32}$/.test(slug)) return Promise.resolve(null);
  return prisma.registry.findFirst({
    where: { slug, active: true },
    select: {
      id: true,
      slug: true,
      title: true,
      message: true,
      eventDate: true,
      visibility: true,
      currency: true,
      firstName: true,
      lastName: true,
      coFirstName: true,
      coLastName: true,
      addrCity: true,
      addrCountry: true,
      occasion: { select: { name: true } },
      items: {
        orderBy: [{ priority: "desc" }, { position: "asc" }, { id: "asc" }],
        select: {
          id: true,
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
          url: true,
        },
      },
    },
  });
});

/** For guest actions: the registry behind a share slug, if guests may use it. */
export function findGuestTarget(slug: string) {
  return prisma.registry.findFirst({
    where: { slug, active: true },
    select: { id: true, slug: true, title: true, firstName: true, visibility: true, accessCodeHash: true },
  });
}
