import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";

export type SearchTerms = {
  name?: string;
  email?: string;
  externalIdentifier?: string;
  eventDate?: Date;
  id?: number;
  /** Guest search: the name term also matches the registry's title. */
  nameOrTitle?: boolean;
};

/** The day (UTC) containing `date`, as a half-open range. */
export function dayRange(date: Date) {
  const start = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  return { gte: start, lt: new Date(start.getTime() + 86_400_000) };
}

/**
 * Shared by guest search, admin search and the SOAP Search method: partial, case-insensitive,
 * all given terms must match; name matches registrant or co-registrant "First Last" (and, for
 * guests, the registry's title).
 */
export function registrySearchWhere(t: SearchTerms): Prisma.RegistryWhereInput {
  const and: Prisma.RegistryWhereInput[] = [];
  const name = t.name?.trim().replace(/\s+/g, " ").toLowerCase();
  if (name)
    and.push(
      t.nameOrTitle
        ? { OR: [{ searchName: { contains: name } }, { searchTitle: { contains: name } }] }
        : { searchName: { contains: name } },
    );
  const email = t.email?.trim().toLowerCase();
  if (email) and.push({ searchEmail: { contains: email } });
  const ext = t.externalIdentifier?.trim();
  if (ext) and.push({ externalIdentifier: { contains: ext } });
  if (t.eventDate) and.push({ eventDate: dayRange(t.eventDate) });
  if (t.id) and.push({ id: t.id });
  return { AND: and };
}

export const PAGE_SIZE = 20;

/** Public guest search: only active, public registries. */
export async function searchPublicRegistries(terms: SearchTerms, page = 1) {
  const where: Prisma.RegistryWhereInput = {
    AND: [{ active: true, visibility: "PUBLIC" }, registrySearchWhere({ ...terms, nameOrTitle: true })],
  };
  const [total, rows] = await Promise.all([
    prisma.registry.count({ where }),
    prisma.registry.findMany({
      where,
      orderBy: [{ eventDate: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: {
        id: true,
        slug: true,
        title: true,
        firstName: true,
        lastName: true,
        coFirstName: true,
        coLastName: true,
        eventDate: true,
        addrCity: true,
        addrState: true,
        occasion: { select: { name: true } },
      },
    }),
  ]);
  return { total, rows, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
