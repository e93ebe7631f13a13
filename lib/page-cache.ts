// A micro-cache for the pages guests read most — the registry page and registry search — as an
// anonymous visitor sees them. Like a CDN in front of the app, but exact: an entry is keyed by the
// fingerprint of everything the page shows (a registry page: lib/data/change-cache.ts; a search: the
// shown results' stamps and the total, lib/data/search.ts), read from the database on every request,
// so a purchase, a store sale or an edit is visible at once, from any process. Each response still
// gets its own CSP nonce: the cached HTML's nonce is replaced by this request's (nonce rewriting, as CDNs do).
// Never cached: signed-in visitors, private registries, client-side navigations (RSC requests),
// anything but a 200 HTML page without Set-Cookie. Misses render the page through the app itself
// (one loopback request, shared by concurrent misses).
import { randomUUID } from "node:crypto";
import { NextResponse, type NextRequest } from "next/server";
import { FingerprintCache, guestPageFingerprint } from "./data/change-cache";
import { guestSearchFingerprint } from "./data/search";
import { env } from "./env";
import { logError } from "./security/redact";
import { LOCALE_COOKIE, isLocale } from "./i18n/config";
import { acceptedLocale } from "./i18n/negotiate";
import { guestSearchSchema } from "./validations/search";
import { guestItemFilterSchema } from "./validations/checkout";

/** The page's bytes around each occurrence of its nonce, so a response is a concatenation, not a re-encode. */
type Entry = { parts: Buffer[]; nonce: string; headers: [string, string][] };

const pages = new FingerprintCache<Entry>(200);
const filling = new Map<string, Promise<Entry | null>>();
/** Marks this process's own render requests, which must reach the app (and not the cache). */
const FILL_HEADER = "x-page-cache-fill";
const fillToken = randomUUID();

const REGISTRY_PAGE = /^\/r\/([a-z0-9-]{3,60})$/;

/** The fingerprint of what the page at this path shows; null: not a cacheable page. */
function fingerprintOf({ pathname, searchParams }: URL): Promise<string | null> | null {
  if (pathname === "/search") return guestSearchFingerprint(searchParams);
  const slug = REGISTRY_PAGE.exec(pathname)?.[1];
  return slug ? guestPageFingerprint(slug) : null;
}
/** The parameters each page reads; any other parameter changes nothing on it. */
const SEARCH_PARAMS = Object.keys(guestSearchSchema.shape);
const FILTER_PARAMS = Object.keys(guestItemFilterSchema.shape);

/**
 * The query as the page reads it: its own parameters only (the first value of each, blanks left out,
 * in a fixed order). Both the key and the render use it, so parameters the page ignores cannot fill
 * the cache with copies of one page, nor make every request a fresh render.
 */
export function pageQuery({ pathname, searchParams }: URL): string {
  const q = new URLSearchParams();
  for (const k of pathname === "/search" ? SEARCH_PARAMS : FILTER_PARAMS) {
    const v = searchParams.get(k);
    if (v) q.set(k, v);
  }
  const s = q.toString();
  return s ? `?${s}` : "";
}

/** Cookies that change what the page shows: the session (header menu) and private-registry access. */
const PERSONAL_COOKIE = /(?:^|;\s*)(?:(?:__Secure-)?authjs\.session-token|registry-access-)/;
const RSC_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-action"];
/** Headers of the rendered page that are per response, or set again by proxy.ts per request. */
const PER_RESPONSE = new Set([
  "content-length",
  "content-encoding",
  "transfer-encoding",
  "connection",
  "keep-alive",
  "date",
  "content-security-policy",
  "strict-transport-security",
  "set-cookie",
]);

export const isCacheFill = (request: NextRequest) => request.headers.get(FILL_HEADER) === fillToken;

/** A guest page's language depends on these request headers (proxy.ts says so on every page). */
export const VARY = "Cookie, Accept-Language";

type LanguageInputs = { cookie: string | null; accepted: string | null; key: string };
/** The request's language inputs, as the page reads them: the chooser's cookie and the best Accept-Language match. */
function languageInputs(request: NextRequest): LanguageInputs {
  const raw = request.cookies.get(LOCALE_COOKIE)?.value;
  const cookie = isLocale(raw) ? raw : null;
  const accepted = acceptedLocale(request.headers.get("accept-language"));
  return { cookie, accepted, key: `${cookie ?? "-"}/${accepted ?? "-"}` };
}

/** A guest page (registry or search) from the cache, or rendered into it, with this request's nonce; null: let the app answer. */
export async function cachedGuestPage(request: NextRequest, nonce: string, csp: string): Promise<NextResponse | null> {
  // Only under scripts/serve.ts, which says where this server listens (SELF_ORIGIN): a miss is rendered there.
  if (request.method !== "GET" || isCacheFill(request) || !env().SELF_ORIGIN) return null;
  if (PERSONAL_COOKIE.test(request.headers.get("cookie") ?? "")) return null;
  if (RSC_HEADERS.some((h) => request.headers.has(h)) || request.nextUrl.searchParams.has("_rsc")) return null;
  let fingerprint: string | null;
  try {
    fingerprint = await fingerprintOf(request.nextUrl);
  } catch (e) {
    logError("page cache: fingerprint failed, rendering uncached", e);
    return null;
  }
  if (!fingerprint) return null;
  // Registry pages count the days to the event: a new day is a new page. The page's language comes
  // from the guest's chooser cookie, else the registry's (in the fingerprint), else Accept-Language
  // (lib/i18n/server.ts): both inputs are in the key, so a Spanish page never reaches a German guest.
  const language = languageInputs(request);
  const path = request.nextUrl.pathname + pageQuery(request.nextUrl);
  const key = `${path}|${new Date().toISOString().slice(0, 10)}|${language.key}|${fingerprint}`;
  let entry = pages.get(key);
  const state = entry ? "hit" : "miss";
  entry ??= (await fill(key, path, language)) ?? undefined;
  if (!entry) return null;
  const headers = new Headers(entry.headers.map(([k, v]): [string, string] => [k, v.replaceAll(entry.nonce, nonce)])); // Link preloads carry it too
  headers.set("content-security-policy", csp);
  headers.set("x-page-cache", state);
  headers.set("vary", VARY);
  const fresh = Buffer.from(nonce);
  const body = Buffer.concat(entry.parts.flatMap((part, i) => (i === 0 ? [part] : [fresh, part])));
  return new NextResponse(body as BodyInit, { status: 200, headers });
}

function fill(key: string, path: string, language: LanguageInputs): Promise<Entry | null> {
  let pending = filling.get(key);
  if (!pending) {
    pending = render(path, language)
      .then((entry) => (entry ? pages.set(key, entry) : null))
      .catch((e) => {
        logError("page cache: render failed, answering uncached", e);
        return null;
      })
      .finally(() => filling.delete(key));
    filling.set(key, pending);
  }
  return pending;
}

/** Render the page as an anonymous visitor gets it, through this same server. */
async function render(path: string, language: LanguageInputs): Promise<Entry | null> {
  // Only what the key holds reaches the render: the chooser's language and the browser's (never other cookies).
  const headers: Record<string, string> = { [FILL_HEADER]: fillToken, accept: "text/html" };
  if (language.cookie) headers.cookie = `${LOCALE_COOKIE}=${language.cookie}`;
  if (language.accepted) headers["accept-language"] = language.accepted;
  const res = await fetch(new URL(path, env().SELF_ORIGIN), {
    headers,
    redirect: "manual",
    cache: "no-store",
  });
  const nonce = /'nonce-([^']+)'/.exec(res.headers.get("content-security-policy") ?? "")?.[1];
  const html = await res.text();
  if (res.status !== 200 || !nonce || res.headers.has("set-cookie") || !/^text\/html/.test(res.headers.get("content-type") ?? ""))
    return null;
  return {
    parts: html.split(nonce).map((part) => Buffer.from(part)),
    nonce,
    headers: [...res.headers].filter(([k]) => !PER_RESPONSE.has(k.toLowerCase())),
  };
}
