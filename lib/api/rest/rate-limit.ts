// Per-credential REST budget, on the shared limiter (lib/security/rate-limit.ts).
import { LIMITS, maxOf, resetAll, take } from "../../security/rate-limit";

/** Read at request time so operators can change it without a rebuild. */
export function restRateLimit(): number {
  return maxOf(LIMITS.rest);
}

/** Count one request; returns the seconds to wait when over budget, or 0 when allowed. */
export function takeRateLimit(key: number, limit = restRateLimit(), now = Date.now()): Promise<number> {
  return take(LIMITS.rest, String(key), limit, now);
}

/** Tests only: forget every count. */
export const resetRateLimits = resetAll;
