import { beforeEach, describe, expect, it } from "vitest";
import { clientIp, hit, LIMITS, resetAll, retryAfter, take, tooManyMessage } from "./rate-limit";
import { signInFailed, signInSucceeded, signInWait } from "./sign-in-limit";

describe("rate limiter", () => {
  beforeEach(resetAll);

  it("allows the budget in any window, then asks to wait until the oldest attempt leaves it", () => {
    const t0 = 1_000_000;
    expect(take(LIMITS.search, "a", 2, t0)).toBe(0);
    expect(take(LIMITS.search, "a", 2, t0 + 20_000)).toBe(0);
    expect(take(LIMITS.search, "a", 2, t0 + 30_000)).toBe(30);
    expect(take(LIMITS.search, "b", 2, t0 + 30_000)).toBe(0); // keys count apart
    expect(take(LIMITS.search, "a", 2, t0 + 60_001)).toBe(0); // the first left the window
  });

  it("limits are independent of each other and read their maximum from the env", () => {
    process.env.SEARCH_RATE_LIMIT_PER_MINUTE = "1";
    try {
      expect(take(LIMITS.search, "k")).toBe(0);
      expect(take(LIMITS.search, "k")).toBeGreaterThan(0);
      expect(take(LIMITS.checkout, "k")).toBe(0);
    } finally {
      delete process.env.SEARCH_RATE_LIMIT_PER_MINUTE;
    }
  });

  it("sign-in: failures per email and address slow that pair only; success clears them; never permanent", () => {
    const now = Date.now();
    for (let i = 0; i < 10; i++) signInFailed("Victim@Example.com", "1.2.3.4");
    expect(signInWait("victim@example.com", "1.2.3.4")).toBeGreaterThan(0);
    expect(signInWait("victim@example.com", "5.6.7.8")).toBe(0);
    expect(signInWait("other@example.com", "1.2.3.4")).toBe(0);
    expect(retryAfter(LIMITS.signInFailures, "victim@example.com|1.2.3.4", 10, now + 301_000)).toBe(0);
    signInSucceeded("victim@example.com", "1.2.3.4");
    expect(signInWait("victim@example.com", "1.2.3.4")).toBe(0);
  });

  it("sign-in: many emails from one address hit the per-address budget", () => {
    for (let i = 0; i < 100; i++) hit(LIMITS.signInFailuresPerIp, "9.9.9.9");
    expect(signInWait("fresh@example.com", "9.9.9.9")).toBeGreaterThan(0);
  });

  it("reads the client address only from the header the production server sets, else local", () => {
    expect(clientIp(new Headers({ "x-client-address": " 1.1.1.1 " }))).toBe("1.1.1.1");
    expect(clientIp(new Headers({ "x-forwarded-for": "1.1.1.1", "x-real-ip": "2.2.2.2" }))).toBe("local"); // never read: serve.ts decides
    expect(clientIp(new Headers())).toBe("local");
    expect(tooManyMessage(7)).toBe("Too many attempts, try again in 7 seconds.");
  });
});
