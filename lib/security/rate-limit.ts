// The one request limiter: a sliding log per key ("at most N in any window"), so a client cannot
// burst 2N across a window boundary. In memory and per server process: with several processes
// each counts alone (a shared store would be needed for a strict global budget).
// Kept on globalThis because proxy.ts and the app are bundled apart but run in one process.

export type Limit = { name: string; env: string; defaultMax: number; windowSeconds: number };

/** Every limit the product applies; the env variable sets N (read per request, no rebuild). */
export const LIMITS = {
  signInFailures: { name: "sign-in", env: "SIGNIN_RATE_LIMIT", defaultMax: 10, windowSeconds: 300 },
  signInFailuresPerIp: { name: "sign-in-ip", env: "SIGNIN_IP_RATE_LIMIT", defaultMax: 100, windowSeconds: 300 },
  signUp: { name: "sign-up", env: "SIGNUP_RATE_LIMIT", defaultMax: 60, windowSeconds: 3600 },
  checkout: { name: "checkout", env: "CHECKOUT_RATE_LIMIT", defaultMax: 100, windowSeconds: 600 },
  search: { name: "search", env: "SEARCH_RATE_LIMIT_PER_MINUTE", defaultMax: 120, windowSeconds: 60 },
  rest: { name: "rest", env: "REST_RATE_LIMIT_PER_MINUTE", defaultMax: 600, windowSeconds: 60 },
  soap: { name: "soap", env: "SOAP_RATE_LIMIT_PER_MINUTE", defaultMax: 600, windowSeconds: 60 },
  coInvite: { name: "co-invite", env: "CO_INVITE_RATE_LIMIT", defaultMax: 5, windowSeconds: 3600 },
  emailConfirm: { name: "email-confirm", env: "EMAIL_CONFIRM_RATE_LIMIT", defaultMax: 5, windowSeconds: 3600 },
} satisfies Record<string, Limit>;

type Store = Map<string, number[]>;
const STORE_KEY = Symbol.for("wishwell.rate-limit");
const g = globalThis as unknown as Record<symbol, Store | undefined>;
const store = (): Store => (g[STORE_KEY] ??= new Map());

export function maxOf(limit: Limit): number {
  const n = Number(process.env[limit.env]);
  return Number.isInteger(n) && n > 0 ? n : limit.defaultMax;
}

function recent(limit: Limit, key: string, now: number): number[] {
  const log = store().get(`${limit.name}:${key}`) ?? [];
  const from = now - limit.windowSeconds * 1000;
  while (log.length && log[0] <= from) log.shift();
  return log;
}

const waitFor = (limit: Limit, log: number[], now: number) => Math.max(1, Math.ceil((log[0] + limit.windowSeconds * 1000 - now) / 1000));

/** Seconds to wait before another attempt is allowed (0: allowed), without counting one. */
export function retryAfter(limit: Limit, key: string, max = maxOf(limit), now = Date.now()): number {
  const log = recent(limit, key, now);
  return log.length >= max ? waitFor(limit, log, now) : 0;
}

/** Count one attempt against the budget (used alone to count only failures). */
export function hit(limit: Limit, key: string, now = Date.now()): void {
  const log = recent(limit, key, now);
  log.push(now);
  store().set(`${limit.name}:${key}`, log);
}

/** Check and count in one step; returns the seconds to wait when over budget, or 0 when allowed. */
export function take(limit: Limit, key: string, max = maxOf(limit), now = Date.now()): number {
  const wait = retryAfter(limit, key, max, now);
  if (wait === 0) hit(limit, key, now);
  return wait;
}

/** Forget one key (a successful sign-in clears that email's failures from that address). */
export function clear(limit: Limit, key: string): void {
  store().delete(`${limit.name}:${key}`);
}

/** Tests only: forget every count. */
export function resetAll(): void {
  store().clear();
}

/** The client's address: first X-Forwarded-For hop, then X-Real-IP, else "local" (direct). */
export function clientIp(headers: Pick<Headers, "get">): string {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  const real = headers.get("x-real-ip")?.trim();
  return (forwarded || real || "local").slice(0, 100);
}

export const tooManyMessage = (seconds: number) => `Too many attempts, try again in ${seconds} seconds.`;
