// Per-credential request budget: at most N requests in any 60-second window (a sliding log, so a
// client cannot burst 2N across a window boundary). In memory: each server process counts alone.

const WINDOW_MS = 60_000;
const DEFAULT_PER_MINUTE = 600;
const hits = new Map<number, number[]>();

/** Read at request time so operators can change it without a rebuild. */
export function restRateLimit(): number {
  const n = Number(process.env.REST_RATE_LIMIT_PER_MINUTE);
  return Number.isInteger(n) && n > 0 ? n : DEFAULT_PER_MINUTE;
}

/** Count one request; returns the seconds to wait when over budget, or 0 when allowed. */
export function takeRateLimit(key: number, limit = restRateLimit(), now = Date.now()): number {
  const log = hits.get(key) ?? [];
  while (log.length && log[0] <= now - WINDOW_MS) log.shift();
  if (log.length >= limit) {
    hits.set(key, log);
    return Math.max(1, Math.ceil((log[0] + WINDOW_MS - now) / 1000));
  }
  log.push(now);
  hits.set(key, log);
  return 0;
}

/** Tests only: forget every count. */
export function resetRateLimits() {
  hits.clear();
}
