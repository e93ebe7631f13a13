// The one request limiter: per key, "at most N in any window". Hits are counted in buckets of a
// tenth of the window; a request is allowed while the last 11 buckets (the window, and the one it
// starts in, in full) hold fewer than N. So N in any window always refuses the next — never a burst
// of 2N across a window boundary — and a wait is at most a tenth of a window longer than exact.
// Constant space per key, however large N.
// On PostgreSQL the counts live in the database (lib/data/rate-limits.ts), so a budget holds across
// every app instance. On SQLite (the embedded default: one process owns the file) they live in
// memory, on globalThis because proxy.ts and the app are bundled apart but run in one process — a
// write per search or API call would otherwise queue on SQLite's one write lock with the orders.
import { dbProvider } from "../db";
import { BUCKETS, countHit, deleteAllCounters, deleteCounter, readCounter, sweepCounters, type Counter } from "../data/rate-limits";
import { isDatabaseUnavailable } from "../unavailable";
import { env, type CountVar } from "../env";
import { CLIENT_ADDRESS_HEADER } from "./client-address";

export type Limit = { name: string; env: CountVar; windowSeconds: number };

/** Every limit the product applies; the env variable sets N (default in lib/env.ts; no rebuild). */
export const LIMITS = {
  signInFailures: { name: "sign-in", env: "SIGNIN_RATE_LIMIT", windowSeconds: 300 },
  signInFailuresPerIp: { name: "sign-in-ip", env: "SIGNIN_IP_RATE_LIMIT", windowSeconds: 300 },
  signUp: { name: "sign-up", env: "SIGNUP_RATE_LIMIT", windowSeconds: 3600 },
  checkout: { name: "checkout", env: "CHECKOUT_RATE_LIMIT", windowSeconds: 600 },
  search: { name: "search", env: "SEARCH_RATE_LIMIT_PER_MINUTE", windowSeconds: 60 },
  rest: { name: "rest", env: "REST_RATE_LIMIT_PER_MINUTE", windowSeconds: 60 },
  soap: { name: "soap", env: "SOAP_RATE_LIMIT_PER_MINUTE", windowSeconds: 60 },
  passwordReset: { name: "password-reset", env: "PASSWORD_RESET_RATE_LIMIT", windowSeconds: 3600 },
  passwordResetPerEmail: { name: "password-reset-email", env: "PASSWORD_RESET_EMAIL_RATE_LIMIT", windowSeconds: 3600 },
  guestReport: { name: "guest-report", env: "REPORT_RATE_LIMIT", windowSeconds: 3600 },
  accessCode: { name: "access-code", env: "ACCESS_CODE_RATE_LIMIT", windowSeconds: 900 },
  boughtElsewhere: { name: "bought-elsewhere", env: "BOUGHT_ELSEWHERE_RATE_LIMIT", windowSeconds: 3600 },
  boughtElsewherePerRegistry: { name: "bought-elsewhere-registry", env: "BOUGHT_ELSEWHERE_REGISTRY_RATE_LIMIT", windowSeconds: 3600 },
  accessCodePerRegistry: { name: "access-code-registry", env: "ACCESS_CODE_REGISTRY_RATE_LIMIT", windowSeconds: 3600 },
  coInvite: { name: "co-invite", env: "CO_INVITE_RATE_LIMIT", windowSeconds: 3600 },
  emailConfirm: { name: "email-confirm", env: "EMAIL_CONFIRM_RATE_LIMIT", windowSeconds: 3600 },
  urlImport: { name: "url-import", env: "URL_IMPORT_RATE_LIMIT", windowSeconds: 3600 },
} satisfies Record<string, Limit>;

export const maxOf = (limit: Limit): number => env()[limit.env];

const inDatabase = dbProvider === "postgresql";
type Kept = Counter & { expiresAt: number };
const STORE_KEY = Symbol.for("wishwell.rate-limit");
const g = globalThis as unknown as Record<symbol, Map<string, Kept> | undefined>;
const memory = () => (g[STORE_KEY] ??= new Map());

const bucketMs = (limit: Limit) => (limit.windowSeconds * 1000) / (BUCKETS - 1);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** The buckets as of bucket `head`: older ones shifted along, those past the 11th dropped. */
function moved(c: Counter | null | undefined, head: number): Counter {
  const d = c ? head - c.head : BUCKETS;
  if (d <= 0) return { head: c!.head, buckets: [...c!.buckets] };
  if (d >= BUCKETS) return { head, buckets: Array(BUCKETS).fill(0) };
  return { head, buckets: [...Array(d).fill(0), ...c!.buckets.slice(0, BUCKETS - d)] };
}

/** Milliseconds until one more is allowed (0: now), if nothing more is counted meanwhile. */
function waitMs(c: Counter, max: number, bucket: number, now: number): number {
  let left = sum(c.buckets);
  if (left + 1 <= max) return 0;
  // The oldest bucket leaves when the next one begins, the next oldest one bucket later, and so on.
  let j = 1;
  for (; j < BUCKETS; j++) {
    left -= c.buckets[BUCKETS - j];
    if (left + 1 <= max) break;
  }
  return (c.head + j) * bucket - now;
}

const seconds = (ms: number) => (ms > 0 ? Math.max(1, Math.ceil(ms / 1000)) : 0);

// Rows whose windows are over are deleted now and then, by whichever instance counts: one more
// statement every few minutes, not awaited by the request.
const SWEEP_EVERY_MS = 5 * 60_000;
let nextSweep = 0;
let sweeping: Promise<void> = Promise.resolve();
function sweepNowAndThen(now: number) {
  if (Date.now() < nextSweep) return;
  nextSweep = Date.now() + SWEEP_EVERY_MS;
  if (inDatabase)
    sweeping = sweepCounters(now).catch(() => {}); // failing: the next sweep gets them
  else for (const [k, c] of memory()) if (c.expiresAt <= now) memory().delete(k);
}

// The database out of reach: the request is let through. Everything a budget guards (sign-in,
// orders, searches, the APIs) needs the database too, so it answers 503 as before (lib/unavailable.ts).
async function orWhenUnreachable<T>(fallback: T, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (e) {
    if (isDatabaseUnavailable(e)) return fallback;
    throw e;
  }
}

/** Count one attempt unless over budget (`force`: count it anyway); the seconds to wait when not counted, else 0. */
async function count(limit: Limit, key: string, max: number, now: number, force: boolean): Promise<number> {
  const bucket = bucketMs(limit);
  const head = Math.floor(now / bucket);
  const k = `${limit.name}:${key}`;
  const expiresAt = (head + BUCKETS) * bucket;
  sweepNowAndThen(now);
  if (!inDatabase) {
    // Synchronous from read to write: no other request runs in between.
    const kept = memory().get(k);
    const c = moved(kept, head);
    const wait = force ? 0 : waitMs(c, max, bucket, now);
    if (wait === 0) c.buckets[0] += 1;
    memory().set(k, { ...c, expiresAt: Math.max(expiresAt, kept?.expiresAt ?? 0) });
    return seconds(wait);
  }
  return orWhenUnreachable(0, async () => {
    const row = await countHit({ key: k, head, max: force ? 0 : max, force, expiresAt });
    return row.allowed ? 0 : seconds(waitMs(row, max, bucket, now));
  });
}

/** Seconds to wait before another attempt is allowed (0: allowed), without counting one. */
export async function retryAfter(limit: Limit, key: string, max = maxOf(limit), now = Date.now()): Promise<number> {
  const k = `${limit.name}:${key}`;
  const stored = inDatabase ? await orWhenUnreachable(null, () => readCounter(k)) : memory().get(k);
  const bucket = bucketMs(limit);
  return seconds(waitMs(moved(stored, Math.floor(now / bucket)), max, bucket, now));
}

/** Count one attempt against the budget, within it or not (used alone to count only failures). */
export async function hit(limit: Limit, key: string, now = Date.now()): Promise<void> {
  await count(limit, key, 0, now, true);
}

/** Check and count in one atomic step; returns the seconds to wait when over budget, or 0 when allowed. */
export function take(limit: Limit, key: string, max = maxOf(limit), now = Date.now()): Promise<number> {
  return count(limit, key, max, now, false);
}

/** Forget one key (a successful sign-in clears that email's failures from that address). */
export async function clear(limit: Limit, key: string): Promise<void> {
  const k = `${limit.name}:${key}`;
  if (inDatabase) await orWhenUnreachable(undefined, () => deleteCounter(k));
  else memory().delete(k);
}

/** Tests only: forget every count. */
export async function resetAll(): Promise<void> {
  memory().clear();
  if (inDatabase) {
    await sweeping;
    await deleteAllCounters();
  }
}

/** The client's address as the production server worked it out (client-address.ts); else "local". */
export function clientIp(headers: Pick<Headers, "get">): string {
  return (headers.get(CLIENT_ADDRESS_HEADER)?.trim() || "local").slice(0, 100);
}
