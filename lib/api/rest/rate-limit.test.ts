import { beforeEach, describe, expect, it } from "vitest";
import { resetRateLimits, takeRateLimit } from "./rate-limit";

describe("takeRateLimit", () => {
  beforeEach(resetRateLimits);

  it("allows the budget, then asks to wait until the oldest request leaves the window", () => {
    const t0 = 1_000_000;
    expect(takeRateLimit(1, 3, t0)).toBe(0);
    expect(takeRateLimit(1, 3, t0 + 10_000)).toBe(0);
    expect(takeRateLimit(1, 3, t0 + 20_000)).toBe(0);
    expect(takeRateLimit(1, 3, t0 + 30_000)).toBe(30);
    expect(takeRateLimit(1, 3, t0 + 60_000)).toBe(0); // the first request has expired
  });

  it("counts each credential separately", () => {
    expect(takeRateLimit(1, 1, 0)).toBe(0);
    expect(takeRateLimit(1, 1, 1)).toBeGreaterThan(0);
    expect(takeRateLimit(2, 1, 1)).toBe(0);
  });
});
