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
  if (t.id !== undefined) and.push({ id: t.id });
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

/** A search counts its matches up to this many: past it the page says "more than 1,000" (pages: 50). */
export const COUNT_CAP = 1000;
/** SQLite: from this many matches, a search page walks the event-date index (searchPublicRegistryHeads). */
const SQLITE_WALK_FROM = 100;

/** `contains` as a LIKE pattern: the term's own %, _ and \ match themselves. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The guest search's WHERE: active public registries matching every given term, as registrySearchWhere
 * means them. Written out because the count stops at COUNT_CAP + 1 (Prisma's count with `take` orders
 * its subquery by id, walking the whole primary key for a rare name). On SQLite a name of 3 characters
 * or more is looked up in the FTS5 trigram index of searchName/searchTitle (migration
 * 20261207070000_registry_search_indexes), not a LIKE over every registry: a phrase of trigrams is a
 * substring, case-folded. PostgreSQL's LIKE uses the trigram GIN indexes.
 */
function guestSearchSql(t: SearchTerms): Prisma.Sql {
  const like = (column: string, term: string) => Prisma.sql`${Prisma.raw(`r."${column}"`)} LIKE ${likePattern(term)} ESCAPE '\\'`;
  const and: Prisma.Sql[] = [
    dbProvider === "sqlite" ? Prisma.sql`r."active" = 1` : Prisma.sql`r."active" = true`,
    Prisma.sql`r."visibility" = 'PUBLIC'`,
  ];
  const name = t.name?.trim().replace(/\s+/g, " ").toLowerCase();
  if (name)
    and.push(
      dbProvider === "sqlite" && [...name].length >= 3
        ? Prisma.sql`r."id" IN (SELECT "rowid" FROM "RegistrySearch" WHERE "RegistrySearch" MATCH ${`"${name.replaceAll('"', '""')}"`})`
        : Prisma.sql`(${like("searchName", name)} OR ${like("searchTitle", name)})`,
    );
  const email = t.email?.trim().toLowerCase();
  if (email) and.push(like("searchEmail", email));
  const ext = t.externalIdentifier?.trim();
  if (ext) and.push(like("externalIdentifier", ext));
  if (t.eventDate) {
    const day = dayRange(t.eventDate);
    and.push(Prisma.sql`r."eventDate" >= ${day.gte} AND r."eventDate" < ${day.lt}`);
  }
  if (t.id !== undefined) and.push(Prisma.sql`r."id" = ${t.id}`);
  return Prisma.join(and, " AND ");
}

/**
 * Which public registries a guest search shows on this page, in order, and how many match — counted up
 * to COUNT_CAP + 1 (`capped`: more than COUNT_CAP match).
 */
export async function searchPublicRegistryHeads(
  terms: SearchTerms,
  page = 1,
  cap = COUNT_CAP,
): Promise<{ total: number; capped: boolean; heads: Head[] }> {
  const where = guestSearchSql(terms);
  const count = async () =>
    Number(
      (
        await prisma.$queryRaw<{ n: number | bigint }[]>(
          Prisma.sql`SELECT count(*) AS "n" FROM (SELECT 1 FROM "Registry" r WHERE ${where} LIMIT ${cap + 1}) AS "matches"`,
        )
      )[0].n,
    );
  const shown = (hint = Prisma.empty) =>
    prisma.$queryRaw<Head[]>(Prisma.sql`SELECT r."id", r."changeSeq" FROM "Registry" r ${hint} WHERE ${where}
      ORDER BY r."eventDate", r."id" LIMIT ${PAGE_SIZE} OFFSET ${(page - 1) * PAGE_SIZE}`);
  let counted: number, heads: Head[];
  if (dbProvider === "sqlite") {
    // SQLite keeps no statistics on what the FTS index matches, so it always sorts every match. At
    // scale 10 sorting "son"'s 4,748 matches took 4-8 ms, walking the event-date index until 20 match
    // 1-1.6 ms; for a rare name sorting is cheaper (no match at all: the walk reads the whole index,
    // 3.5 ms). The count says which, and no match needs no page.
    counted = await count();
    heads = counted === 0 ? [] : await shown(counted > SQLITE_WALK_FROM ? Prisma.raw(`INDEXED BY "Registry_eventDate_idx"`) : undefined);
  } else [counted, heads] = await Promise.all([count(), shown()]); // PostgreSQL plans by its statistics
  return {
    total: Math.min(counted, cap),
    capped: counted > cap,
    heads: heads.map((h) => ({ id: Number(h.id), changeSeq: Number(h.changeSeq) })),
  };
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
  const { total, capped, heads } = await searchPublicRegistryHeads(terms, parsed.data.page);
  return `${total}${capped ? "+" : ""}:${heads.map((h) => `${h.id}.${h.changeSeq}`).join(",")}`;
}

/** Public guest search: only active, public registries. */
export async function searchPublicRegistries(terms: SearchTerms, page = 1) {
  const { total, capped, heads } = await searchPublicRegistryHeads(terms, page);
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
  return { total, capped, rows, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
