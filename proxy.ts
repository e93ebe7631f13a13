// Runs before every page: a fresh CSP nonce per request, HSTS over https in production, the
// guest-search rate limit (the search page renders on the server, so it is limited here, with 429),
// and the anonymous registry-page cache (lib/security/page-cache.ts).
import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy, HSTS, newNonce } from "./lib/security/csp";
import { clientIp, LIMITS, take } from "./lib/security/rate-limit";
import { cachedGuestPage, isCacheFill } from "./lib/security/page-cache";

const SEARCH_TERMS = ["name", "email", "number", "date", "externalId"];

function searchLimited(request: NextRequest): NextResponse | null {
  const url = request.nextUrl;
  if (url.pathname !== "/search" || !SEARCH_TERMS.some((k) => url.searchParams.get(k)?.trim())) return null;
  if (isCacheFill(request)) return null; // the page cache rendering a miss: the search was counted once already
  const wait = take(LIMITS.search, clientIp(request.headers));
  if (wait === 0) return null;
  return new NextResponse(`Too many searches, try again in ${wait} seconds.`, {
    status: 429,
    headers: { "retry-after": String(wait), "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

export async function proxy(request: NextRequest) {
  const limited = searchLimited(request);
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
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("content-security-policy", csp);
  if (https && process.env.NODE_ENV === "production") response.headers.set("strict-transport-security", HSTS);
  return response;
}

export const config = {
  matcher: [
    {
      // API routes answer JSON/XML and carry the static headers from next.config.js only.
      source: "/((?!api|global/api|3dCartWebAPI|_next/static|_next/image|favicon.ico|icon.svg).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
