import { beforeEach, describe, expect, it } from "vitest";
import { resetRateLimits, takeRateLimit } from "./rate-limit";

describe("takeRateLimit", () => {
  beforeEach(resetRateLimits);

  it("allows the budget, then asks to wait until the oldest request leaves the window", async () => {
    const t0 = 60_000 * 1000; // a window starts here
    expect(await takeRateLimit(1, 3, t0)).toBe(0);
    expect(await takeRateLimit(1, 3, t0 + 10_000)).toBe(0);
    expect(await takeRateLimit(1, 3, t0 + 20_000)).toBe(0);
    expect(await takeRateLimit(1, 3, t0 + 30_000)).toBe(36); // when the first request's 6-second bucket has left the window
    expect(await takeRateLimit(1, 3, t0 + 66_000)).toBe(0);
  });

  it("counts each credential separately", async () => {
    expect(await takeRateLimit(1, 1, 0)).toBe(0);
    expect(await takeRateLimit(1, 1, 1)).toBeGreaterThan(0);
    expect(await takeRateLimit(2, 1, 1)).toBe(0);
  });
});
