// POST /api/checkout — the guest checkout as JSON, for clients that are not the React page (and for
// load tests). Same schema, same guest access rules and same placeOrder as placeOrderAction.
//   201 { orderId, receipt } · 400 validation · 403 private registry without the access cookie ·
//   404 no such registry · 409 another guest got there first (nothing ordered) · 415 not JSON ·
//   503 the database cannot be reached (nothing ordered; Retry-After).
import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { guestCheckout } from "@/lib/guest-checkout";
import { logError } from "@/lib/security/redact";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS, UNAVAILABLE_MESSAGE } from "@/lib/unavailable";

const STATUS: Record<AppError["kind"], number> = { validation: 400, unauthenticated: 401, forbidden: 403, not_found: 404, conflict: 409, rate_limited: 429 };
const noStore = { "Cache-Control": "no-store" };
const hostOf = (origin: string) => URL.canParse(origin) ? new URL(origin).host : "";

export async function POST(req: NextRequest) {
  // JSON only: a cross-site <form> cannot send application/json, and fetch from another origin
  // needs a CORS preflight we never grant — so the guest's access cookie cannot be ridden.
  if (!/^application\/json\b/i.test(req.headers.get("content-type") ?? ""))
    return NextResponse.json({ error: "Send the order as application/json" }, { status: 415, headers: noStore });
  const origin = req.headers.get("origin");
  if (origin && hostOf(origin) !== (req.headers.get("x-forwarded-host") ?? req.headers.get("host")))
    return NextResponse.json({ error: "Cross-origin checkout is not allowed" }, { status: 403, headers: noStore });
  let input: unknown;
  try {
    input = await req.json();
  } catch {
    return NextResponse.json({ error: "The body is not valid JSON" }, { status: 400, headers: noStore });
  }
  try {
    return NextResponse.json(await guestCheckout(input), { status: 201, headers: noStore });
  } catch (e) {
    if (e instanceof AppError) return NextResponse.json({ error: e.message, fieldErrors: e.fieldErrors ?? {} }, { status: STATUS[e.kind], headers: noStore });
    if (isDatabaseUnavailable(e))
      return NextResponse.json({ error: UNAVAILABLE_MESSAGE }, { status: 503, headers: { ...noStore, "Retry-After": String(RETRY_AFTER_SECONDS) } });
    logError("[api/checkout] unexpected error", e);
    return NextResponse.json({ error: "Something went wrong and nothing was changed. Please try again." }, { status: 500, headers: noStore });
  }
}
