// Runs before every page: a fresh CSP nonce per request, HSTS over https in production, the
// guest-search rate limit (the search page renders on the server, so it is limited here, with 429),
// the anonymous registry-page cache (lib/page-cache.ts), and API paths in any letter case
// (lib/api/paths.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS, newNonce } from "./lib/security/csp";
import { clientIp, LIMITS, take } from "./lib/security/rate-limit";
import { cachedGuestPage, isCacheFill, VARY } from "./lib/page-cache";
import { canonicalApiPath } from "./lib/api/paths";

const SEARCH_TERMS = ["name", "email", "number", "date", "externalId"];

async function searchLimited(request: NextRequest): Promise<NextResponse | null> {
  const url = request.nextUrl;
  if (url.pathname !== "/search" || !SEARCH_TERMS.some((k) => url.searchParams.get(k)?.trim())) return null;
  // The page cache's own render of a search this proxy already counted (its address is this server's).
  if (isCacheFill(request)) return null;
  const wait = await take(LIMITS.search, clientIp(request.headers));
  if (wait === 0) return null;
  return new NextResponse(`Too many searches, try again in ${wait} seconds.`, {
    status: 429,
    headers: { "retry-after": String(wait), "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

export async function proxy(request: NextRequest) {
  // API routes answer JSON/XML and carry the static headers from next.config.js only.
  const api = canonicalApiPath(request.nextUrl.pathname);
  if (api !== null)
    return api === request.nextUrl.pathname
      ? NextResponse.next()
      : NextResponse.rewrite(new URL(api + request.nextUrl.search, request.url));

  const limited = await searchLimited(request);
  if (limited) return limited;

  const https = (request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() ?? request.nextUrl.protocol.replace(":", "")) === "https";
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, https);
  const cached = await cachedGuestPage(request, nonce, csp);
  if (cached) {
    if (https && process.env.NODE_ENV === "production") cached.headers.set("strict-transport-security", HSTS);
    return cached;
  }
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("content-security-policy", csp);
  // The registry pages' not-found page has no params: it reads the slug from here (always set, never the client's).
  requestHeaders.set("x-request-path", request.nextUrl.pathname);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  // Pages follow the guest's language (cookie, else Accept-Language): caches must keep them apart.
  response.headers.set("vary", VARY);
  if (https && process.env.NODE_ENV === "production") response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  matcher: [
    {
      // The integration APIs and the JSON checkout, when spelled as our routes spell them, skip the
      // proxy: it has nothing to add to them (any other spelling comes in to be rewritten). So do the
      // stored photos (app/images): no page, no nonce.
      source:
        "/((?!_next/static|_next/image|favicon.ico|icon.svg|images/|api/checkout$|api/v2/GiftRegistries(?:/[^/]+(?:/Items)?)?/?$|global/api/giftregistry\\.asmx).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
