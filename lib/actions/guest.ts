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
import { appBaseUrl } from "../app-url";
import { AppError, notFound } from "../errors";
import { accessCodeSchema, boughtElsewhereSchema, reportSchema } from "../validations/checkout";
import { LIMITS } from "../security/rate-limit";
import { limitAction } from "../security/action-limit";
import { limitGuestAddress, limitGuestRegistry } from "../security/guest-limits";
import { parseInput, runAction, type ActionResult } from "./safe-action";

export async function placeOrderAction(input: unknown): Promise<ActionResult<{ orderId: number; receipt: string }>> {
  return runAction(async () => {
    await limitAction(LIMITS.checkout);
    return guestCheckout(input);
  });
}

export async function boughtElsewhereAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    await limitGuestAddress(LIMITS.boughtElsewhere);
    const d = parseInput(boughtElsewhereSchema, input);
    const registry = await guestRegistry(d.slug);
    await limitGuestRegistry(LIMITS.boughtElsewherePerRegistry, registry.id);
    await recordBoughtElsewhere(registry.id, d.itemId, d, appBaseUrl());
    revalidatePath(`/r/${registry.slug}`);
    return null;
  });
}

export async function reportRegistryAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const d = parseInput(reportSchema, input);
    await limitAction(LIMITS.guestReport);
    const registry = await findGuestTarget(d.slug);
    if (!registry) throw notFound("This registry is no longer available");
    await reportRegistry(registry.id, { reason: d.reason, details: d.details, reporterEmail: d.reporterEmail });
    return null;
  });
}

export async function unlockRegistryAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const d = parseInput(accessCodeSchema, input);
    // Every try counts, per address and per registry, before the code is checked (see guest-limits).
    await limitGuestAddress(LIMITS.accessCode, "code");
    const registry = await findGuestTarget(d.slug);
    if (registry) await limitGuestRegistry(LIMITS.accessCodePerRegistry, registry.id, "code");
    if (!registry?.accessCodeHash || !(await verifyPassword(registry.accessCodeHash, d.code)))
      throw new AppError("That access code is not right.", "validation", { code: "That access code is not right" });
    (await cookies()).set(accessCookie(registry.id), accessToken(registry), {
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.AUTH_URL?.startsWith("https:") === true,
      path: `/r/${registry.slug}`,
      maxAge: 60 * 60 * 24 * 30,
    });
    return null;
  });
}
