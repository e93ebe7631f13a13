import "server-only";
import { dbProvider, prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { guestSearchSchema, type GuestSearch } from "../validations/search";

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

/** A registry a search page shows, with its change stamp (lib/data/change-cache.ts). */
type Head = { id: number; changeSeq: number };

/** The search terms a valid guest search form gives; null when it gives none (the page shows the form alone). */
export function guestSearchTerms(s: GuestSearch): SearchTerms | null {
  if (!(s.name || s.email || s.number || s.date || s.externalId)) return null;
  return {
    name: s.name,
    email: s.email,
    externalIdentifier: s.externalId,
    id: s.number ? Number(s.number) : undefined,
    eventDate: s.date ? new Date(`${s.date}T00:00:00Z`) : undefined,
  };
}

/**
 * SQLite, a name-only guest search: the page's registries and the total from the FTS5 trigram index
 * of searchName/searchTitle (migration 20261207070000_registry_search_indexes), not a LIKE over every
 * registry. Same meaning as `contains`: a phrase of trigrams is a substring, case-folded. Trigrams
 * need 3 characters: null for shorter names (and other terms), which are matched with LIKE.
 */
async function sqliteNameMatches(terms: SearchTerms, page: number): Promise<{ total: number; heads: Head[] } | null> {
  const name = terms.name?.trim().replace(/\s+/g, " ").toLowerCase();
  if (dbProvider !== "sqlite" || !name || [...name].length < 3 || terms.email || terms.externalIdentifier || terms.eventDate || terms.id)
    return null;
  const phrase = `"${name.replaceAll('"', '""')}"`;
  const matching = Prisma.sql`FROM "Registry" r
    WHERE r."id" IN (SELECT "rowid" FROM "RegistrySearch" WHERE "RegistrySearch" MATCH ${phrase})
      AND r."active" = 1 AND r."visibility" = 'PUBLIC'`;
  const rows = await prisma.$queryRaw<(Head & { total: number })[]>(Prisma.sql`
    SELECT r."id", r."changeSeq", count(*) OVER () AS "total" ${matching}
    ORDER BY r."eventDate", r."id" LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`);
  if (rows.length || page === 1) return { total: Number(rows[0]?.total ?? 0), heads: rows.map(({ id, changeSeq }) => ({ id, changeSeq })) };
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`SELECT count(*) AS "n" ${matching}`); // past the last page
  return { total: Number(n), heads: [] };
}

/** Which public registries a guest search shows on this page, in order, and how many match in all. */
export async function searchPublicRegistryHeads(terms: SearchTerms, page = 1): Promise<{ total: number; heads: Head[] }> {
  const fts = await sqliteNameMatches(terms, page);
  if (fts) return fts;
  const where: Prisma.RegistryWhereInput = {
    AND: [{ active: true, visibility: "PUBLIC" }, registrySearchWhere({ ...terms, nameOrTitle: true })],
  };
  const [total, heads] = await Promise.all([
    prisma.registry.count({ where }),
    prisma.registry.findMany({
      where,
      orderBy: [{ eventDate: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, changeSeq: true },
    }),
  ]);
  return { total, heads };
}

/**
 * What the guest search page at these parameters shows, as a cache key (lib/page-cache.ts): the
 * total and the shown registries' change stamps, read by the same query as the results. An edit to
 * a registry the page does not show leaves it; any change to one it shows, or to which match, does not.
 */
export async function guestSearchFingerprint(params: URLSearchParams): Promise<string> {
  const parsed = guestSearchSchema.safeParse({
    name: params.get("name") ?? undefined,
    email: params.get("email") ?? undefined,
    number: params.get("number") ?? undefined,
    date: params.get("date") ?? undefined,
    externalId: params.get("externalId") ?? undefined,
    page: params.get("page") ?? undefined,
  });
  const terms = parsed.success ? guestSearchTerms(parsed.data) : null;
  if (!parsed.success || !terms) return parsed.success ? "form" : "invalid"; // no results on the page: it depends on the address alone
  const { total, heads } = await searchPublicRegistryHeads(terms, parsed.data.page);
  return `${total}:${heads.map((h) => `${h.id}.${h.changeSeq}`).join(",")}`;
}

/** Public guest search: only active, public registries. */
export async function searchPublicRegistries(terms: SearchTerms, page = 1) {
  const { total, heads } = await searchPublicRegistryHeads(terms, page);
  const found = heads.length
    ? await prisma.registry.findMany({
        where: { id: { in: heads.map((h) => h.id) }, active: true, visibility: "PUBLIC" },
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
      })
    : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const rows = heads.flatMap((h) => byId.get(h.id) ?? []);
  return { total, rows, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
