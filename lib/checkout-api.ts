import "server-only";
// POST /api/checkout — the guest checkout as JSON, for clients that are not the React page (and for
// load tests). Same schema, same guest access rules, same per-address budget and same placeOrder as
// placeOrderAction.
//   201 { orderId, receipt } · 400 validation or not JSON · 403 private registry without the access
//   cookie, or another origin · 404 no such registry · 409 another guest got there first (nothing
//   ordered) · 413 body over 64 kB · 415 not JSON · 429 over the checkout budget (Retry-After) ·
//   503 the database cannot be reached (nothing ordered; Retry-After).
// Framework-free, so that it has two doors: the App Router route (app/api/checkout/route.ts, for
// `next dev` and `next start`) and the production server's own handler (scripts/serve.ts), which
// answers without Next's per-request work — in a rush for the last units, that work was most of
// each refusal's cost.
import { AppError } from "./errors";
import { placeGuestOrder, type GuestRequest } from "./guest-checkout";
import { logError } from "./security/redact";
import { LIMITS, take, tooManyMessage } from "./security/rate-limit";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "./unavailable";

export const MAX_CHECKOUT_BODY = 64 * 1024;

export type CheckoutHttpRequest = GuestRequest & {
  contentType: string | null | undefined;
  contentLength: string | null | undefined;
  origin: string | null | undefined;
  /** x-forwarded-host, else host */
  host: string | null | undefined;
  /** The caller's address as clientIp() reads it, for the checkout budget. */
  ip: string;
  /** The body as text; rejects with BodyTooLarge past MAX_CHECKOUT_BODY. */
  body: () => Promise<string>;
};
export type JsonAnswer = { status: number; body: unknown; headers: Record<string, string> };

export class BodyTooLarge extends Error {}

const STATUS: Record<AppError["kind"], number> = { validation: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409, rate_limited: 429 };
const noStore = { "cache-control": "no-store" };
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): JsonAnswer => ({ status, body, headers: { ...noStore, ...headers } });
const hostOf = (origin: string) => (URL.canParse(origin) ? new URL(origin).host : "");
const tooLarge = () => answer(413, { error: "The order is too large (64 kB at most)" });

export async function checkoutOverHttp(req: CheckoutHttpRequest): Promise<JsonAnswer> {
  // JSON only: a cross-site <form> cannot send application/json, and fetch from another origin
  // needs a CORS preflight we never grant — so the guest's access cookie cannot be ridden.
  if (!/^application\/json\b/i.test(req.contentType ?? "")) return answer(415, { error: "Send the order as application/json" });
  if (req.origin && hostOf(req.origin) !== req.host) return answer(403, { error: "Cross-origin checkout is not allowed" });
  if (Number(req.contentLength) > MAX_CHECKOUT_BODY) return tooLarge();
  const wait = await take(LIMITS.checkout, req.ip);
  if (wait > 0) return answer(429, { error: tooManyMessage(wait) }, { "retry-after": String(wait) });
  let input: unknown;
  try {
    input = JSON.parse(await req.body());
  } catch (e) {
    if (e instanceof BodyTooLarge) return tooLarge();
    return answer(400, { error: "The body is not valid JSON" });
  }
  try {
    return answer(201, await placeGuestOrder(input, req));
  } catch (e) {
    if (e instanceof AppError) return answer(STATUS[e.kind], { error: e.message, fieldErrors: e.fieldErrors ?? {} });
    if (isDatabaseUnavailable(e)) return answer(503, { error: UNAVAILABLE_MESSAGE }, { "retry-after": String(RETRY_AFTER_SECONDS) });
    logError("[api/checkout] unexpected error", e);
    return answer(500, { error: "Something went wrong and nothing was changed. Please try again." });
  }
}
