import "server-only";
// The request budgets' counts in PostgreSQL, shared by every app instance on the database. One row
// per limit and key (see prisma/models/rate-limit.prisma); each take is ONE statement, an upsert
// whose update decides on the row it has locked, so concurrent takes on any instance queue on that
// row and never both get the last slot. The bucket arithmetic is lib/security/rate-limit.ts's.
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";

/** Hits per bucket, newest (`head`) first; BUCKETS of them. */
export type Counter = { head: number; buckets: number[] };
export const BUCKETS = 11;
const N = Prisma.raw(String(BUCKETS));

/**
 * One take or hit in bucket `head`: count it unless the buckets still in the window already hold
 * `max` (`force`: count it anyway).
 */
export type Step = { key: string; head: number; max: number; force: boolean; expiresAt: number };

const parse = (row: { head: string | number; buckets: string }): Counter => ({
  head: Number(row.head),
  buckets: row.buckets.slice(1, -1).split(",").map(Number),
});

/** Count one (when within budget or forced); the row as this statement left it, with its verdict. */
export async function countHit(s: Step): Promise<Counter & { allowed: boolean }> {
  const fresh = `{1${",0".repeat(BUCKETS - 1)}}`;
  // The stored buckets moved to this call's head (a row already at a later head, from another
  // instance's clock or a request that started earlier, is counted as it is).
  const [row] = await prisma.$queryRaw<{ head: string; buckets: string; allowed: boolean }[]>(Prisma.sql`
    INSERT INTO "RateLimitCounter" AS t ("key", "head", "buckets", "allowed", "expiresAt")
    VALUES (${s.key}, ${s.head}::bigint, ${fresh}, true, ${s.expiresAt}::bigint)
    ON CONFLICT ("key") DO UPDATE SET ("head", "buckets", "allowed", "expiresAt") = (
      SELECT GREATEST(t."head", EXCLUDED."head"), (ARRAY[b[1] + ok::int] || b[2:${N}])::text, ok, GREATEST(t."expiresAt", EXCLUDED."expiresAt")
      FROM (SELECT CASE
          WHEN EXCLUDED."head" - t."head" >= ${N} THEN array_fill(0, ARRAY[${N}])
          WHEN EXCLUDED."head" <= t."head" THEN t."buckets"::int[]
          ELSE array_fill(0, ARRAY[(EXCLUDED."head" - t."head")::int]) || (t."buckets"::int[])[1 : ${N} - (EXCLUDED."head" - t."head")::int]
        END AS b) moved
      CROSS JOIN LATERAL (SELECT ${s.force}::boolean OR (SELECT sum(v) FROM unnest(b) v) + 1 <= ${s.max}::bigint AS ok) verdict)
    RETURNING "head", "buckets", "allowed"`);
  return { ...parse(row), allowed: row.allowed };
}

export async function readCounter(key: string): Promise<Counter | null> {
  const [row] = await prisma.$queryRaw<{ head: string; buckets: string }[]>(
    Prisma.sql`SELECT "head", "buckets" FROM "RateLimitCounter" WHERE "key" = ${key}`,
  );
  return row ? parse(row) : null;
}

export async function deleteCounter(key: string): Promise<void> {
  await prisma.$executeRaw(Prisma.sql`DELETE FROM "RateLimitCounter" WHERE "key" = ${key}`);
}

/** Rows that count for nothing any more (every bucket has left the window). */
export async function sweepCounters(now: number): Promise<void> {
  await prisma.$executeRaw(Prisma.sql`DELETE FROM "RateLimitCounter" WHERE "expiresAt" <= ${now}::bigint`);
}

/** Tests only. */
export async function deleteAllCounters(): Promise<void> {
  await prisma.$executeRaw(Prisma.sql`DELETE FROM "RateLimitCounter"`);
}
