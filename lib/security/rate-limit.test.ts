import { beforeEach, describe, expect, it } from "vitest";
import { clientIp, hit, LIMITS, resetAll, retryAfter, take } from "./rate-limit";
import { catalogue } from "../i18n/messages";
import { signInFailed, signInSucceeded, signInWait } from "./sign-in-limit";
import { sweepCounters } from "../data/rate-limits";
import { prisma } from "../db";
import { databaseUrl, providerOf } from "../database-url";
import { resetEnv } from "../env";
import { Prisma } from "../generated/prisma/client";

describe("rate limiter", () => {
  beforeEach(resetAll);

  // Window-aligned times: a minute-long window (of 6-second buckets) starts at every multiple of 60 000 ms.
  const t0 = 60_000 * 1000;

  it("allows the budget in any window, then asks to wait until the oldest attempt's bucket leaves it", async () => {
    expect(await take(LIMITS.search, "a", 2, t0)).toBe(0);
    expect(await take(LIMITS.search, "a", 2, t0 + 20_000)).toBe(0);
    // The first attempt's 6-second bucket leaves the window (and the bucket it starts in) at t0 + 66 s.
    expect(await take(LIMITS.search, "a", 2, t0 + 30_000)).toBe(36);
    expect(await take(LIMITS.search, "b", 2, t0 + 30_000)).toBe(0); // keys count apart
    expect(await take(LIMITS.search, "a", 2, t0 + 65_999)).toBe(1); // a refusal is not counted
    expect(await take(LIMITS.search, "a", 2, t0 + 66_000)).toBe(0);
    expect(await take(LIMITS.search, "a", 2, t0 + 66_001)).toBeGreaterThan(0);
  });

  it("the budget within any window refuses the next, across a window boundary too (no burst of twice the budget)", async () => {
    for (let i = 0; i < 10; i++) expect(await take(LIMITS.search, "burst", 10, t0 + 59_000)).toBe(0);
    expect(await take(LIMITS.search, "burst", 10, t0 + 60_000)).toBe(60);
    expect(await take(LIMITS.search, "burst", 10, t0 + 119_999)).toBe(1);
    expect(await take(LIMITS.search, "burst", 10, t0 + 120_000)).toBe(0);
    expect(await retryAfter(LIMITS.search, "burst", 1, t0 + 180_000)).toBe(6); // the last one is still in
    expect(await retryAfter(LIMITS.search, "burst", 1, t0 + 186_000)).toBe(0); // all forgotten
  });

  it("take checks and counts in one step: of many parallel takes at a budget of N, exactly N pass", async () => {
    const waits = await Promise.all(Array.from({ length: 30 }, () => take(LIMITS.checkout, "rush", 7)));
    expect(waits.filter((w) => w === 0)).toHaveLength(7);
    expect(waits.filter((w) => w > 0)).toHaveLength(23);
    const more = await Promise.all(Array.from({ length: 10 }, (_, i) => take(LIMITS.checkout, `rush-${i % 2}`, 3)));
    expect(more.filter((w) => w === 0)).toHaveLength(6); // 3 per key
  });

  it("limits are independent of each other and read their maximum from the env", async () => {
    process.env.SEARCH_RATE_LIMIT_PER_MINUTE = "1";
    resetEnv();
    try {
      expect(await take(LIMITS.search, "k")).toBe(0);
      expect(await take(LIMITS.search, "k")).toBeGreaterThan(0);
      expect(await take(LIMITS.checkout, "k")).toBe(0);
    } finally {
      delete process.env.SEARCH_RATE_LIMIT_PER_MINUTE;
      resetEnv();
    }
  });

  it("sign-in: failures per email and address slow that pair only; success clears them; never permanent", async () => {
    for (let i = 0; i < 10; i++) await signInFailed("Victim@Example.com", "1.2.3.4");
    expect(await signInWait("victim@example.com", "1.2.3.4")).toBeGreaterThan(0);
    expect(await signInWait("victim@example.com", "5.6.7.8")).toBe(0);
    expect(await signInWait("other@example.com", "1.2.3.4")).toBe(0);
    expect(await retryAfter(LIMITS.signInFailures, "victim@example.com|1.2.3.4", 10, Date.now() + 600_000)).toBe(0);
    await signInSucceeded("victim@example.com", "1.2.3.4");
    expect(await signInWait("victim@example.com", "1.2.3.4")).toBe(0);
  });

  it("sign-in: many emails from one address hit the per-address budget", async () => {
    await Promise.all(Array.from({ length: 100 }, () => hit(LIMITS.signInFailuresPerIp, "9.9.9.9")));
    expect(await signInWait("fresh@example.com", "9.9.9.9")).toBeGreaterThan(0);
  });

  // skipped on the SQLite run: SQLite is one process and keeps its budgets in memory, no counter rows
  it.runIf(providerOf(databaseUrl()) === "postgresql")(
    "PostgreSQL only (SQLite is one process, its budgets in memory): counters are rows every instance shares; rows past both windows are swept",
    async () => {
      await take(LIMITS.search, "swept", 5, t0);
      await take(LIMITS.search, "kept", 5, t0 + 60_000);
      await sweepCounters(t0 + 120_000); // "swept" counts for nothing from t0 + 66 s on, "kept" until t0 + 126 s
      const keys = await prisma.$queryRaw<{ key: string }[]>(Prisma.sql`SELECT "key" FROM "RateLimitCounter" ORDER BY "key"`);
      expect(keys.map((r) => r.key)).toEqual(["search:kept"]);
    },
  );

  it("reads the client address only from the header the production server sets, else local", () => {
    expect(clientIp(new Headers({ "x-client-address": " 1.1.1.1 " }))).toBe("1.1.1.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1", "x-real-ip": "2.2.2.2" }))).toBe("local"); // never read: serve.ts decides
    expect(clientIp(new Headers())).toBe("local");
    expect(catalogue("en")("errors.tooMany", { seconds: 7 })).toBe("Too many attempts, try again in 7 seconds.");
    expect(catalogue("de")("errors.tooMany", { seconds: 1 })).toBe("Zu viele Versuche, versuche es in 1 Sekunde noch einmal.");
  });
});
