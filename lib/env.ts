// Server code, not marked "server-only": the scripts (start, serve, bench) read it too.
// Every environment variable the app reads, with its default and meaning, parsed once: a bad value
// fails at start (instrumentation.ts, scripts/start.ts) with its name, not later mid-request.
// Left out on purpose: NODE_ENV and NEXT_RUNTIME (set by Node/Next, inlined by the bundler),
// AUTH_TRUST_HOST (read by next-auth only), SELF_ORIGIN (a hand-off from
// scripts/serve.ts to the page cache), and the test/bench/dev-tool knobs (TEST_SUITE,
// E2E_*, CHROMIUM_PATH, SUMMARY_FILE, BENCH_*, MIGRATE_PG_URL) read by scripts/ and e2e/ alone.
import { z } from "zod";
import { parseTrustProxy } from "./security/client-address";

/** APP_URL checked: an http(s) origin without path, query or fragment (a trailing "/" is fine). */
export function parseAppUrl(raw: string): string {
  const value = raw.trim();
  const fail = (why: string) => new Error(`APP_URL ${why}, e.g. https://registry.example.com (got "${value}")`);
  if (!URL.canParse(value)) throw fail("must be a full address");
  const url = new URL(value);
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fail("must start with http:// or https://");
  if (url.username || url.password) throw fail("must not hold a user name or password");
  if (url.pathname !== "/" || url.search || url.hash || /[?#]/.test(value)) throw fail("must have no path, query or fragment");
  return url.origin;
}

const count = (fallback: number) =>
  z
    .string()
    .regex(/^\s*0*[1-9]\d*\s*$/, { error: (i) => `must be a whole number above 0 (got "${i.input}")` })
    .transform(Number)
    .default(fallback);
const flag = (fallback: boolean) => z.stringbool({ error: (i) => `must be 1 or 0 (got "${i.input}")` }).default(fallback);
/** A value checked by a parser that throws a message already naming the variable. */
const parsedBy = <T>(parse: (raw: string) => T) =>
  z.string().transform((raw, ctx) => {
    try {
      return parse(raw);
    } catch (e) {
      ctx.addIssue({ code: "custom", message: (e as Error).message });
      return z.NEVER;
    }
  });
/**
 * URL_IMPORT_ALLOWED_HOSTS: "host:port" pairs (comma-separated) that the link import may read even
 * though they resolve to private or local addresses — for tests and intranet shops, never a wildcard.
 */
export function parseAllowedHosts(raw: string): string[] {
  const out: string[] = [];
  for (const part of raw.split(",").map((s) => s.trim().toLowerCase())) {
    if (!part) continue;
    const m = /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):(\d{1,5})$/.exec(part);
    if (!m || Number(m[2]) < 1 || Number(m[2]) > 65535)
      throw new Error(`URL_IMPORT_ALLOWED_HOSTS must list host:port pairs separated by commas, e.g. shop.internal:8080 (got "${part}")`);
    out.push(`${m[1]}:${Number(m[2])}`);
  }
  return out;
}

const limit = (fallback: number, what: string) => count(fallback).describe(`${what} (per-budget abuse limit)`);

export const ENV_SCHEMA = z.object({
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^(file:|postgres(ql)?:\/\/)/i, "must start with file: (embedded SQLite) or postgresql://")
    .default("file:./data/registry.db")
    .describe("the database: file:… embedded SQLite, or postgresql://user:pass@host:5432/db"),
  DATABASE_POOL_SIZE: count(10).describe("PostgreSQL connections per server process"),
  DATABASE_STATEMENT_CACHE: flag(true).describe(
    "PostgreSQL: prepare each query once per connection (named statements); turn off behind PgBouncer in transaction mode before 1.21",
  ),
  DATABASE_CONNECT_TIMEOUT_MS: count(5000).describe("how long a request waits for a PostgreSQL connection before it answers 503"),
  PORT: count(3000).describe("HTTP port of npm start"),
  SHUTDOWN_GRACE_MS: count(8000).describe("on SIGTERM, how long requests in flight may take before their connections close"),
  // Never taken from a request's Host / X-Forwarded-Host: a request naming another host would have live reset tokens mailed under it.
  APP_URL: parsedBy(parseAppUrl)
    .optional()
    .describe("public origin for links in emails, share links and the WSDL; unset: http://localhost:PORT"),
  TRUST_PROXY: parsedBy(parseTrustProxy)
    .default({ kind: "none" })
    .describe("which X-Forwarded-For hops to believe: unset/false/0 none, N hops, or a comma list of addresses/CIDR ranges"),
  AUTH_SECRET: z
    .string()
    .optional()
    .describe("session and guest-token signing key; npm start generates one into data/auth-secret when unset (required in production)"),
  AUTH_URL: z.string().optional().describe("the app's public URL for next-auth; https:… makes guest cookies Secure in production"),
  SELF_ORIGIN: z
    .url()
    .optional()
    .describe("set by scripts/serve.ts, not by operators: where this server listens, for the page cache's own renders of a miss"),
  IMAGE_STORAGE: z
    .enum(["database"], { error: (i) => `must be database (got "${String(i.input)}")` })
    .default("database")
    .describe("where uploaded photos are kept: database (the only one so far; every instance and backup has them)"),
  SEED_DEMO: flag(true).describe("0: do not load demo data into an empty embedded database"),
  SMTP_URL: z
    .string()
    .optional()
    .describe("SMTP server (smtp://user:pass@host:587); unset: emails are written to OUTBOX_DIR and shown at /admin/outbox"),
  MAIL_FROM: z.string().default("Wishwell <no-reply@wishwell.local>").describe("sender of every email"),
  OUTBOX_DIR: z.string().default("data/outbox").describe("where the file transport writes messages"),
  OUTBOX_POLL_MS: count(2000).describe("outbox worker poll interval"),
  OUTBOX_WORKER: flag(true).describe("0: no in-process outbox worker"),
  SOAP_TOKEN_TTL_MINUTES: count(60).describe("lifetime of a SOAP Authenticate token"),
  SIGNIN_RATE_LIMIT: limit(10, "failed sign-ins per email + client address in any 5 min"),
  SIGNIN_IP_RATE_LIMIT: limit(100, "failed sign-ins per client address in any 5 min"),
  SIGNUP_RATE_LIMIT: limit(60, "sign-up attempts per client address in any hour"),
  CHECKOUT_RATE_LIMIT: limit(100, "checkout attempts per client address in any 10 min"),
  SEARCH_RATE_LIMIT_PER_MINUTE: limit(120, "guest searches per client address in any 60 s"),
  REST_CACHE_MB: count(256).describe(
    "memory for encoded REST registries (each with its items) kept between requests, per server process; store systems walk them all",
  ),
  REST_RATE_LIMIT_PER_MINUTE: limit(600, "REST requests per credential in any 60 s"),
  SOAP_RATE_LIMIT_PER_MINUTE: limit(600, "SOAP calls per client address in any 60 s"),
  PASSWORD_RESET_RATE_LIMIT: limit(10, "password-reset requests per client address in any hour"),
  PASSWORD_RESET_EMAIL_RATE_LIMIT: limit(3, "password-reset requests per email address in any hour"),
  REPORT_RATE_LIMIT: limit(10, "guest registry reports per client address in any hour"),
  ACCESS_CODE_RATE_LIMIT: limit(10, "private-registry access-code tries per client address in any 15 min"),
  ACCESS_CODE_REGISTRY_RATE_LIMIT: limit(100, "access-code tries per private registry in any hour"),
  BOUGHT_ELSEWHERE_RATE_LIMIT: limit(10, "bought-elsewhere marks per client address in any hour"),
  BOUGHT_ELSEWHERE_REGISTRY_RATE_LIMIT: limit(30, "bought-elsewhere marks per registry in any hour"),
  CO_INVITE_RATE_LIMIT: limit(5, "co-registrant invitations per registry in any hour"),
  EMAIL_CONFIRM_RATE_LIMIT: limit(5, "confirmation-email resends per user in any hour"),
  URL_IMPORT_RATE_LIMIT: limit(30, "gift imports from a shop link per user in any hour"),
  URL_IMPORT_ALLOWED_HOSTS: parsedBy(parseAllowedHosts)
    .default([])
    .describe("host:port pairs (comma-separated) the link import may read although they are private or local addresses; empty: none"),
  URL_IMPORT_TIMEOUT_MS: count(8000).describe("how long reading a shop's page (or its photo), redirects included, may take in all"),
});

export type Env = Omit<z.output<typeof ENV_SCHEMA>, "APP_URL"> & { APP_URL: string };
/** The variables holding a count: what a rate limit may name. */
export type CountVar = { [K in keyof Env]-?: Env[K] extends number ? K : never }[keyof Env];

/** Parses the given variables (blank counts as unset); throws one message naming each bad one. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const input = Object.fromEntries(Object.keys(ENV_SCHEMA.shape).map((k) => [k, source[k]?.trim() ? source[k] : undefined]));
  const r = ENV_SCHEMA.safeParse(input);
  if (!r.success) {
    throw new Error(
      r.error.issues.map((i) => (i.message.startsWith(String(i.path[0])) ? i.message : `${String(i.path[0])} ${i.message}`)).join("; "),
    );
  }
  return { ...r.data, APP_URL: r.data.APP_URL ?? `http://localhost:${r.data.PORT}` };
}

let parsed: Env | undefined;
/** The environment, parsed on first use and kept: process.env is set before the app starts. */
export const env = (): Env => (parsed ??= parseEnv(process.env));
/** For tests that change process.env. */
export function resetEnv() {
  parsed = undefined;
}
