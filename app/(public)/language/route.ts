// The language chooser's form (components/layout/language-chooser.tsx) posts here: the guest's choice
// is remembered in a cookie for a year, then the browser goes back to the page it came from. A plain
// form post, so it works without JavaScript; only a path on this site is followed back.
import { NextResponse, type NextRequest } from "next/server";
import { isLocale, LOCALE_COOKIE } from "@/lib/i18n/config";
import { safeReturnPath } from "@/lib/safe-redirect";
import { env } from "@/lib/env";

export async function POST(request: NextRequest) {
  const form = await request.formData().catch(() => null);
  const locale = form?.get("locale");
  // A relative Location: never an address built from the request's headers.
  const response = new NextResponse(null, {
    status: 303,
    headers: { location: safeReturnPath(form?.get("back"), "/"), "cache-control": "no-store" },
  });
  if (isLocale(locale))
    response.cookies.set(LOCALE_COOKIE, locale, {
      path: "/",
      maxAge: 365 * 86_400,
      sameSite: "lax",
      httpOnly: true,
      secure: process.env.NODE_ENV === "production" && env().AUTH_URL?.startsWith("https:") === true,
    });
  return response;
}
