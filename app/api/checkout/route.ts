// POST /api/checkout through Next (next dev, next start). The production server (scripts/serve.ts)
// answers this path itself with the same function; the contract is in lib/checkout-api.ts.
import { NextResponse, type NextRequest } from "next/server";
import { BodyTooLarge, checkoutOverHttp, MAX_CHECKOUT_BODY } from "@/lib/checkout-api";
import { appBaseUrl } from "@/lib/app-url";
import { clientIp } from "@/lib/security/rate-limit";

export async function POST(req: NextRequest) {
  const h = req.headers;
  const a = await checkoutOverHttp({
    contentType: h.get("content-type"),
    contentLength: h.get("content-length"),
    origin: h.get("origin"),
    host: h.get("x-forwarded-host") ?? h.get("host"),
    ip: clientIp(h),
    cookie: (name) => req.cookies.get(name)?.value,
    baseUrl: appBaseUrl(),
    body: async () => {
      const text = await req.text();
      if (Buffer.byteLength(text) > MAX_CHECKOUT_BODY) throw new BodyTooLarge();
      return text;
    },
  });
  return NextResponse.json(a.body, { status: a.status, headers: a.headers });
}
