// POST /api/checkout — the guest checkout as JSON, for clients that are not the React page (and for
// load tests). Same schema, guest access rules, per-address budget and placeOrder as placeOrderAction.
//   201 { orderId, receipt } · 400 validation or not JSON · 403 private registry without the access
//   cookie, or another origin · 404 no such registry · 409 another guest got there first (nothing
//   ordered) · 413 body over 64 kB · 415 not JSON · 429 over the checkout budget (Retry-After) ·
//   503 the database cannot be reached (nothing ordered; Retry-After).
// `error` and `fieldErrors` are for people, in the guest's language (the language cookie, else the
// registry's, else Accept-Language); a 409's `shortLines` [{ itemId, title, asked, left }] is for programs.
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { env } from "@/lib/env";
import { placeGuestOrder } from "@/lib/guest-checkout";
import { parseInput } from "@/lib/validation-errors";
import { checkoutSchema } from "@/lib/validations/checkout";
import { logError } from "@/lib/security/redact";
import { clientIp, LIMITS, take } from "@/lib/security/rate-limit";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "@/lib/unavailable";
import { ShortLinesError } from "@/lib/data/orders";
import { catalogue } from "@/lib/i18n/messages";
import { localizeError } from "@/lib/i18n/errors";
import { LOCALE_COOKIE } from "@/lib/i18n/config";
import { pickLocale } from "@/lib/i18n/negotiate";
import type { T } from "@/lib/i18n/types";

const MAX_BODY = 64 * 1024;
const STATUS: Record<AppError["kind"], number> = {
  validation: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};
// no-transform: Next gzips every route answer whose length it does not know (all of them), and
// gzipping these small answers cost a checkout rush 8% of the server's CPU (bench scenario 5).
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  NextResponse.json(body, { status, headers: { "cache-control": "no-store, no-transform", ...headers } });
const hostOf = (origin: string) => (URL.canParse(origin) ? new URL(origin).host : "");
/** The reader's catalogue, as pages pick it; the registry's language once the order names one. */
const readerOf = (req: NextRequest, registry?: string): T =>
  catalogue(pickLocale({ cookie: req.cookies.get(LOCALE_COOKIE)?.value, registry, acceptLanguage: req.headers.get("accept-language") }));
const say = (t: T, key: string) => t(`checkoutErrors.${key}`);

export async function POST(req: NextRequest) {
  const h = req.headers;
  const t = readerOf(req);
  const tooLarge = () => answer(413, { error: say(t, "tooLarge") });
  // JSON only: a cross-site <form> cannot send application/json, and fetch from another origin
  // needs a CORS preflight we never grant — so the guest's access cookie cannot be ridden.
  if (!/^application\/json\b/i.test(h.get("content-type") ?? "")) return answer(415, { error: say(t, "sendJson") });
  const origin = h.get("origin");
  if (origin && hostOf(origin) !== (h.get("x-forwarded-host") ?? h.get("host"))) return answer(403, { error: say(t, "crossOrigin") });
  if (Number(h.get("content-length")) > MAX_BODY) return tooLarge();
  const wait = await take(LIMITS.checkout, clientIp(h));
  if (wait > 0) return answer(429, { error: t("errors.tooMany", { seconds: wait }) }, { "retry-after": String(wait) });
  const text = await req.text();
  if (Buffer.byteLength(text) > MAX_BODY) return tooLarge();
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return answer(400, { error: say(t, "notJson") });
  }
  try {
    return answer(
      201,
      await placeGuestOrder(parseInput(checkoutSchema, input), { cookie: (name) => req.cookies.get(name)?.value, baseUrl: env().APP_URL }),
    );
  } catch (e) {
    if (e instanceof AppError) {
      const { error, fieldErrors } = localizeError(e, e.registryLanguage ? readerOf(req, e.registryLanguage) : t);
      const shortLines = e instanceof ShortLinesError ? e.lines : undefined;
      return answer(STATUS[e.kind], { error, fieldErrors: fieldErrors ?? {}, ...(shortLines ? { shortLines } : {}) });
    }
    if (isDatabaseUnavailable(e)) return answer(503, { error: t("errors.unavailable") }, { "retry-after": String(RETRY_AFTER_SECONDS) });
    logError("[api/checkout] unexpected error", e);
    return answer(500, { error: say(t, "failed") });
  }
}
