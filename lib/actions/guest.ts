"use server";
// Guest actions: no account, so the share slug (plus, for private registries, the signed access
// cookie) is what entitles a guest to act on a registry (guestRegistry in lib/guest-checkout.ts).
import { cookies } from "next/headers";
import { revalidatePath } from "next/cache";
import { findGuestTarget } from "../data/guest";
import { recordBoughtElsewhere, reportRegistry } from "../data/orders";
import { guestCheckout, guestRegistry } from "../guest-checkout";
import { accessCookie, accessToken } from "../guest-access";
import { verifyPassword } from "../password";
import { env } from "../env";
import { AppError } from "../errors";
import { worded } from "../i18n/errors";
import { vmsg } from "../i18n/validation";
import { accessCodeSchema, boughtElsewhereSchema, checkoutSchema, reportSchema } from "../validations/checkout";
import { LIMITS } from "../security/rate-limit";
import { limitAction } from "../security/action-limit";
import { limitGuestAddress, limitGuestRegistry } from "../security/guest-limits";
import { guestAction } from "./safe-action";

export const placeOrderAction = guestAction(checkoutSchema, guestCheckout, () => limitAction(LIMITS.checkout));

export const boughtElsewhereAction = guestAction(
  boughtElsewhereSchema,
  async (d) => {
    const registry = await guestRegistry(d.slug);
    await limitGuestRegistry(LIMITS.boughtElsewherePerRegistry, registry.id);
    const { left } = await recordBoughtElsewhere(registry.id, d.itemId, d, env().APP_URL);
    revalidatePath(`/r/${registry.slug}`);
    return { left };
  },
  () => limitGuestAddress(LIMITS.boughtElsewhere),
);

export const reportRegistryAction = guestAction(reportSchema, async (d) => {
  await limitAction(LIMITS.guestReport);
  const registry = await findGuestTarget(d.slug);
  if (!registry) throw worded("not_found", "checkoutErrors.registryGone");
  await reportRegistry(registry.id, { reason: d.reason, details: d.details, reporterEmail: d.reporterEmail });
  return null;
});

export const unlockRegistryAction = guestAction(accessCodeSchema, async (d) => {
  // Every try counts, per address and per registry, before the code is checked (see guest-limits).
  await limitGuestAddress(LIMITS.accessCode, "code");
  const registry = await findGuestTarget(d.slug);
  if (registry) await limitGuestRegistry(LIMITS.accessCodePerRegistry, registry.id, "code");
  if (!registry?.accessCodeHash || !(await verifyPassword(registry.accessCodeHash, d.code)))
    throw new AppError(vmsg("wrongCode"), "validation", { code: vmsg("wrongCode") });
  (await cookies()).set(accessCookie(registry.id), accessToken(registry), {
    httpOnly: true,
    sameSite: "lax",
    secure: process.env.NODE_ENV === "production" && env().AUTH_URL?.startsWith("https:") === true,
    path: `/r/${registry.slug}`,
    maxAge: 60 * 60 * 24 * 30,
  });
  return null;
});
