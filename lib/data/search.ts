import "server-only";
import { dbProvider, prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { FingerprintCache } from "./change-cache";
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

/** `contains` as a LIKE pattern: the term's own %, _ and \ match themselves. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/**
 * The guest search's WHERE: active public registries matching every given term, as registrySearchWhere
 * means them. Written out because a search reads at most COUNT_CAP + 1 matches (Prisma's count with
 * `take` orders its subquery by id, walking the whole primary key for a rare name). On SQLite a name of
 * 3 characters or more is looked up in the FTS5 trigram index of searchName/searchTitle (migration
 * 20261207070000_registry_search_indexes), not a LIKE over every registry: a phrase of trigrams is a
 * substring, case-folded (`fts: false` asks the same with LIKE, for a handful of rows). PostgreSQL
 * reads a name in one trigram index of name and title together (migration
 * 20261207090000_registry_search_text), other terms in their own.
 */
function guestSearchSql(t: SearchTerms, fts = dbProvider === "sqlite"): Prisma.Sql {
  const like = (column: string, term: string) => Prisma.sql`${Prisma.raw(`r."${column}"`)} LIKE ${likePattern(term)} ESCAPE '\\'`;
  const and: Prisma.Sql[] = [
    dbProvider === "sqlite" ? Prisma.sql`r."active" = 1` : Prisma.sql`r."active" = true`,
    Prisma.sql`r."visibility" = 'PUBLIC'`,
  ];
  const name = t.name?.trim().replace(/\s+/g, " ").toLowerCase();
  if (name && dbProvider === "postgresql")
    and.push(Prisma.sql`(r."searchName" || E'\\n' || r."searchTitle") LIKE ${likePattern(name)} ESCAPE '\\'`); // Registry_searchText_trgm_idx
  else if (name && fts && [...name].length >= 3)
    and.push(
      Prisma.sql`r."id" IN (SELECT "rowid" FROM "RegistrySearch" WHERE "RegistrySearch" MATCH ${`"${name.replaceAll('"', '""')}"`})`,
    );
  else if (name) and.push(Prisma.sql`(${like("searchName", name)} OR ${like("searchTitle", name)})`);
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

/** The first matches of a search in page order (event date, then id), with their change stamps. */
type Matches = { ids: Float64Array; stamps: Float64Array };

/** The first `cap` + 1 public registries matching the terms, in page order. */
async function readMatches(terms: SearchTerms, cap: number): Promise<Matches> {
  const where = guestSearchSql(terms);
  let hint = Prisma.empty;
  if (dbProvider === "sqlite") {
    // SQLite keeps no statistics on what the FTS index matches, so it sorts every match: at scale 10
    // sorting "son"'s 4,748 took 4-8 ms, walking the event-date index until enough match far less. With
    // fewer matches than the cap the walk would read the whole index, and sorting them is cheaper. A
    // count (the FTS index and a covering index) says which, and no match needs no list.
    const [{ n }] = await prisma.$queryRaw<{ n: number | bigint }[]>(
      Prisma.sql`SELECT count(*) AS "n" FROM (SELECT 1 FROM "Registry" r WHERE ${where} LIMIT ${cap + 1}) AS "matches"`,
    );
    if (Number(n) === 0) return { ids: new Float64Array(), stamps: new Float64Array() };
    if (Number(n) > cap) hint = Prisma.raw(`INDEXED BY "Registry_eventDate_idx"`);
  }
  const rows = await prisma.$queryRaw<Head[]>(Prisma.sql`SELECT r."id", r."changeSeq" FROM "Registry" r ${hint} WHERE ${where}
    ORDER BY r."eventDate", r."id" LIMIT ${cap + 1}`);
  return { ids: Float64Array.from(rows, (r) => Number(r.id)), stamps: Float64Array.from(rows, (r) => Number(r.changeSeq)) };
}

/** A page of a search's matches: how many match (up to `cap`; `capped`: more do), and who is shown. */
function pageOf({ ids, stamps }: Matches, page: number, cap: number) {
  const from = Math.min((page - 1) * PAGE_SIZE, cap);
  const to = Math.min(from + PAGE_SIZE, cap, ids.length);
  const heads: Head[] = [];
  for (let i = from; i < to; i++) heads.push({ id: ids[i], changeSeq: stamps[i] });
  return { total: Math.min(ids.length, cap), capped: ids.length > cap, heads };
}

/**
 * Which public registries a guest search shows on this page, in order, and how many match — counted up
 * to `cap` + 1 (`capped`: more than `cap` match). Read from the database every time.
 */
export async function searchPublicRegistryHeads(terms: SearchTerms, page = 1, cap = COUNT_CAP) {
  return pageOf(await readMatches(terms, cap), page, cap);
}

/** A search's matches and where its changes start ("since", moved on by each check that keeps them). */
type Known = { since: bigint; matches: Matches };
type Kept = { startedAt: number; known: Promise<Known> };
const KEPT_SEARCHES = 500; // ≤ 1,001 ids and stamps each: ≤ 8 MB
const CHECK_AT_MOST = 100;
const KEPT_FOR_MS = 10 * 60_000;
const kept = new FingerprintCache<Kept>(KEPT_SEARCHES);

/**
 * Where "changed from now on" starts: PostgreSQL, the oldest transaction still running (a change by it
 * or any later one has a searchGen at least that, committed or not); SQLite, the counter's next value.
 */
const sinceSql =
  dbProvider === "sqlite"
    ? Prisma.sql`(SELECT "value" + 1 FROM "SearchGeneration" WHERE "id" = 1)`
    : Prisma.sql`pg_snapshot_xmin(pg_current_snapshot())::text::bigint`;

/**
 * In one statement: a new "since", and the registries changed since the given one (deleted ones too:
 * id 0 stands for every registry, a truncated table), each saying whether it matches the terms now.
 */
async function changesSince(terms: SearchTerms, since: bigint) {
  const rows = await prisma.$queryRaw<{ since: bigint | number | string; id: number | bigint | null; matches: number | bigint | null }[]>(
    Prisma.sql`SELECT x."since", c."id", c."matches" FROM (SELECT ${sinceSql} AS "since") x LEFT JOIN (
      SELECT r."id", CASE WHEN ${guestSearchSql(terms, false)} THEN 1 ELSE 0 END AS "matches" FROM "Registry" r WHERE r."searchGen" >= ${since}
      UNION ALL
      SELECT g."registryId", CASE WHEN g."registryId" = 0 THEN 1 ELSE 0 END FROM "RegistryGone" g WHERE g."searchGen" >= ${since}
    ) c ON 1 = 1 LIMIT ${CHECK_AT_MOST + 1}`,
  );
  return {
    since: BigInt(rows[0].since),
    changed: rows.flatMap((r) => (r.id === null ? [] : [{ id: Number(r.id), matches: Number(r.matches) === 1 }])),
  };
}

/**
 * The matches each guest search found, kept while nothing a search can see has changed. The reason,
 * measured at 20,000 registries on PostgreSQL: finding a common name's matches cost 3-11 ms of the
 * database on every request (a trigram index cannot narrow a two-letter name; a frequent one matches
 * a thousand rows), where the check below is one lookup by index that finds nothing most of the time.
 *
 * The check reads the registries changed since the matches were read (migration
 * 20261207080000_search_generation: each insert, delete or update of what a search matches or shows
 * leaves a mark, "searchGen", that grows with time). If none of them is among the kept matches or
 * matches now, the kept matches are still the first COUNT_CAP + 1 in order, and stay; else, or past
 * CHECK_AT_MOST changes, they are read again. "Since" is taken before what it guards is read, so a
 * change is never missed; it may be checked again (on PostgreSQL as long as any transaction older
 * than it is still running). Kept for KEPT_FOR_MS at most, so a write that bypassed the triggers
 * (a restore with triggers off) is seen by then. Bounded: at most KEPT_SEARCHES searches, least
 * recently used first out. Concurrent requests share a read.
 */
async function guestSearchMatches(terms: SearchTerms): Promise<Matches> {
  const began = performance.now();
  const key = JSON.stringify([terms.name, terms.email, terms.externalIdentifier, terms.eventDate?.getTime(), terms.id]);
  const last = kept.get(key);
  const known = last && began - last.startedAt < KEPT_FOR_MS && (await last.known.catch(() => null));
  if (known) {
    const { since, changed } = await changesSince(terms, known.since);
    if (changed.length <= CHECK_AT_MOST && changed.every((c) => !c.matches && !known.matches.ids.includes(c.id))) {
      if (since > known.since) known.since = since;
      return known.matches;
    }
    const other = kept.get(key); // read again after this request began: as fresh as a read of its own
    if (other && other !== last && other.startedAt >= began) return (await other.known).matches;
  }
  const startedAt = performance.now();
  const read = (async (): Promise<Known> => {
    const [{ since }] = await prisma.$queryRaw<{ since: bigint | number | string }[]>(Prisma.sql`SELECT ${sinceSql} AS "since"`);
    return { since: BigInt(since), matches: await readMatches(terms, COUNT_CAP) };
  })();
  kept.set(key, { startedAt, known: read });
  read.catch(() => {
    if (kept.get(key)?.known === read) kept.delete(key); // a failed read is not kept
  });
  return (await read).matches;
}

/**
 * What the guest search page at these parameters shows, as a cache key (lib/page-cache.ts): the
 * total and the shown registries' change stamps, from the same kept matches as the results. An edit
 * to a registry the page does not show leaves it; a change to what the page shows of one, or to which
 * registries match, does not (a stamp may lag behind a change the page does not show, such as the
 * message: the page is the same).
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
  const { total, capped, heads } = pageOf(await guestSearchMatches(terms), parsed.data.page, COUNT_CAP);
  return `${total}${capped ? "+" : ""}:${heads.map((h) => `${h.id}.${h.changeSeq}`).join(",")}`;
}

/** Public guest search: only active, public registries. */
export async function searchPublicRegistries(terms: SearchTerms, page = 1) {
  const { total, capped, heads } = pageOf(await guestSearchMatches(terms), page, COUNT_CAP);
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
