import "server-only";
// Caches of what guests and the APIs read most (a registry's items), keyed by change fingerprints
// instead of timers or in-process invalidation. Database triggers give every inserted or updated
// registry and item the next value of one increasing counter (changeSeq; see the change_seq
// migrations). A registry's items are fingerprinted by count, sum and max of changeSeq,
// read from an index: any committed change by anyone (this process, another instance, raw SQL)
// alters the fingerprint. The fingerprint is read before the data it keys, so a cached value is
// never older than its key. Per process, bounded, least recently used first out.
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";

export class FingerprintCache<T> {
  private readonly entries = new Map<string, T>();
  private total = 0;

  /** At most `max` in all, each entry weighing `weigh(value)` (default 1: `max` counts entries). */
  constructor(
    private readonly max: number,
    private readonly weigh: (value: T) => number = () => 1,
  ) {}

  get(key: string): T | undefined {
    const v = this.entries.get(key);
    if (v === undefined) return undefined;
    this.entries.delete(key); // re-insert: Map order is the recency order
    this.entries.set(key, v);
    return v;
  }

  set(key: string, value: T): T {
    this.delete(key);
    this.entries.set(key, value);
    this.total += this.weigh(value);
    while (this.total > this.max && this.entries.size > 1) this.delete(this.entries.keys().next().value!);
    return value;
  }

  delete(key: string) {
    const old = this.entries.get(key);
    if (old === undefined) return;
    this.entries.delete(key);
    this.total -= this.weigh(old);
  }

  async getOrLoad(key: string, load: () => Promise<T>): Promise<T> {
    return this.get(key) ?? this.set(key, await load());
  }
}

// As the driver gives them: numbers, or (PostgreSQL bigint) strings.
type Stamps = { n: bigint | number | string; s: bigint | number | string | null; m: number | string | null };
/** Count, sum and max of changeSeq over some rows, as one key part. */
const print = (r: Stamps) => `${r.n}.${r.s ?? 0}.${r.m ?? 0}`;

/** Fingerprint of each registry's items: "count.sum.max" of changeSeq ("0.0.0" when it has none). */
export async function itemFingerprints(registryIds: number[]): Promise<Map<number, string>> {
  const out = new Map(registryIds.map((id) => [id, "0.0.0"]));
  if (registryIds.length === 0) return out;
  // Straight to the driver: read on every cached request, and Prisma's per-query work costs more than the query.
  const groups = await prisma.$queryRaw<({ registryId: number } & Stamps)[]>(Prisma.sql`
    SELECT "registryId", count(*) AS "n", sum("changeSeq") AS "s", max("changeSeq") AS "m"
    FROM "RegistryItem" WHERE "registryId" IN (${Prisma.join(registryIds)}) GROUP BY "registryId"`);
  for (const g of groups) out.set(Number(g.registryId), print(g));
  return out;
}

/** Cached per-registry item lists of one shape (one cache per select), keyed by the fingerprint. */
export function registryItemsCache<T>(maxRegistries: number) {
  const cache = new FingerprintCache<T[]>(maxRegistries);
  return {
    /** Items of each registry, loading only those whose fingerprint is not cached (one query). */
    async load(
      registryIds: number[],
      fingerprints: Map<number, string>,
      loadMissing: (ids: number[]) => Promise<Map<number, T[]>>,
    ): Promise<Map<number, T[]>> {
      const out = new Map<number, T[]>();
      const missing: number[] = [];
      for (const id of registryIds) {
        const hit = cache.get(`${id}:${fingerprints.get(id)}`);
        if (hit) out.set(id, hit);
        else missing.push(id);
      }
      if (missing.length) {
        const loaded = await loadMissing(missing);
        for (const id of missing) out.set(id, cache.set(`${id}:${fingerprints.get(id)}`, loaded.get(id) ?? []));
      }
      return out;
    },
  };
}

/** Group rows by their registryId, keeping the query's order within each registry. */
export function byRegistry<T extends { registryId: number }>(rows: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const r of rows) {
    const list = out.get(r.registryId);
    if (list) list.push(r);
    else out.set(r.registryId, [r]);
  }
  return out;
}

/**
 * Everything a guest registry page shows, fingerprinted in one statement: null when the page is
 * not one anyone may cache (no such active registry, or a private one, which needs the access cookie).
 */
export async function guestPageFingerprint(slug: string): Promise<string | null> {
  const rows = await prisma.$queryRaw<({ id: number; changeSeq: number; visibility: string } & Stamps)[]>(Prisma.sql`
    SELECT r."id", r."changeSeq", r."visibility",
      (SELECT count(*) FROM "RegistryItem" i WHERE i."registryId" = r."id") AS "n",
      (SELECT sum(i."changeSeq") FROM "RegistryItem" i WHERE i."registryId" = r."id") AS "s",
      (SELECT max(i."changeSeq") FROM "RegistryItem" i WHERE i."registryId" = r."id") AS "m"
    FROM "Registry" r
    WHERE r."slug" = ${slug} AND r."active" = true`);
  const r = rows[0];
  if (!r || r.visibility === "PRIVATE") return null;
  return `${r.id}.${r.changeSeq}.${print(r)}`;
}
