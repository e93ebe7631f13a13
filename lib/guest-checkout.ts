import "server-only";
// Guest access and checkout, shared by the server actions (lib/actions/guest.ts) and the JSON API
// POST /api/checkout (app/api/checkout/route.ts): no account, so the share slug (plus, for private
// registries, the signed access cookie) is what entitles a guest to act on a registry.
import { cookies } from "next/headers";
import { findGuestCheckout, findGuestTarget } from "./data/guest";
import { placeOrder } from "./data/orders";
import { canViewWith, sign } from "./guest-access";
import { AppError } from "./errors";
import { checkoutSchema } from "./validations/checkout";
import { worded } from "./i18n/errors";
import type { z } from "zod";
import { env } from "./env";

/** What a guest request carries besides its body: its cookies, and the site's URL for the emails' links. */
export type GuestRequest = { cookie: (name: string) => string | undefined; baseUrl: string };

/** A private registry needs this guest's signed access cookie. */
function checkAccess(registry: { id: number; visibility: string; accessCodeHash: string | null }, cookie: GuestRequest["cookie"]) {
  if (!canViewWith(registry, cookie)) throw worded("forbidden", "checkoutErrors.accessFirst");
}

/** This App Router request's cookies. */
async function cookieReader(): Promise<GuestRequest["cookie"]> {
  const jar = await cookies();
  return (name) => jar.get(name)?.value;
}

/** The registry behind a share slug, if this guest may act on it (private: the access cookie). */
export async function guestRegistry(slug: string) {
  const registry = await findGuestTarget(slug);
  if (!registry) throw worded("not_found", "checkoutErrors.registryGone");
  checkAccess(registry, await cookieReader());
  return registry;
}

/**
 * Check access, place the parsed order (all lines or none). Short lines: a ShortLinesError naming
 * each line with its numbers. Framework-free: the request's cookies and URL come in `request`, so the JSON route
 * and the server action share it.
 */
export async function placeGuestOrder(
  d: z.output<typeof checkoutSchema>,
  request: GuestRequest,
): Promise<{ orderId: number; receipt: string }> {
  // The registry and the counts of the gifts asked for in one read; placeOrder starts from those counts.
  const target = await findGuestCheckout(
    d.slug,
    d.lines.map((l) => l.itemId),
  );
  if (!target) throw worded("not_found", "checkoutErrors.registryGone");
  const { registry } = target;
  try {
    checkAccess(registry, request.cookie);
    const { buyerName, buyerEmail, giftMessage, shipToRegistrant, shipName, shipStreet, shipCity, shipPostcode, shipCountry } = d;
    const order = await placeOrder(
      registry.id,
      { buyerName, buyerEmail, giftMessage, shipToRegistrant, shipName, shipStreet, shipCity, shipPostcode, shipCountry },
      d.lines,
      request.baseUrl,
      target.items,
      target.context,
    );
    return { orderId: order.id, receipt: sign("order", order.id) };
  } catch (e) {
    // ShortLinesError and the others reach the caller as they are, which words them in its reader's language.
    if (e instanceof AppError) e.registryLanguage = target.context.language;
    throw e;
  }
}

/** placeGuestOrder for this App Router request (the checkout page's server action). */
export async function guestCheckout(d: z.output<typeof checkoutSchema>) {
  return placeGuestOrder(d, { cookie: await cookieReader(), baseUrl: env().APP_URL });
}
