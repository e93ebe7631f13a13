import "server-only";
// Guest access and checkout, shared by the server actions (lib/actions/guest.ts) and the JSON route
// POST /api/checkout: no account, so the share slug (plus, for private registries, the signed
// access cookie) is what entitles a guest to act on a registry.
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { findGuestCheckout, findGuestTarget } from "./data/guest";
import { placeOrder, ShortLinesError } from "./data/orders";
import { accessCookie, sign, verify } from "./guest-access";
import { AppError, notFound } from "./errors";
import { checkoutSchema } from "./validations/checkout";
import { parseInput } from "./validation-errors";
import { appUrl } from "./app-url";

/** A private registry needs this guest's signed access cookie. */
async function checkAccess(registry: { id: number; visibility: string }) {
  if (registry.visibility !== "PRIVATE") return;
  const jar = await cookies();
  if (!verify("access", registry.id, jar.get(accessCookie(registry.id))?.value)) throw new AppError("Enter the registry’s access code first", "forbidden");
}

/** The registry behind a share slug, if this guest may act on it (private: the access cookie). */
export async function guestRegistry(slug: string) {
  const registry = await findGuestTarget(slug);
  if (!registry) throw notFound("This registry is no longer available");
  await checkAccess(registry);
  return registry;
}

/** Parse, check access, place the order (all lines or none). Short lines become a conflict naming each line. */
export async function guestCheckout(input: unknown): Promise<{ orderId: number; receipt: string }> {
  const d = parseInput(checkoutSchema, input);
  // The registry and the counts of the gifts asked for in one read; placeOrder starts from those counts.
  const target = await findGuestCheckout(d.slug, d.lines.map((l) => l.itemId));
  if (!target) throw notFound("This registry is no longer available");
  const { registry } = target;
  await checkAccess(registry);
  try {
    const { buyerName, buyerEmail, giftMessage, shipToRegistrant } = d;
    const order = await placeOrder(registry.id, { buyerName, buyerEmail, giftMessage, shipToRegistrant }, d.lines, await appUrl(), target.items);
    revalidatePath(`/r/${registry.slug}`);
    return { orderId: order.id, receipt: sign("order", order.id) };
  } catch (e) {
    if (e instanceof ShortLinesError)
      throw new AppError(`Nothing was ordered. ${e.message}`, "conflict", Object.fromEntries(e.lines.map((l) => [`line.${l.itemId}`, l.available === 0 ? "No longer available" : `Only ${l.available} left`])));
    throw e;
  }
}
