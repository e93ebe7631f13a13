import "server-only";
import { prisma } from "../db";
import { conflict, notFound } from "../errors";
import { worded } from "../i18n/errors";
import { msg } from "../i18n/validation";
import { recordMovementsAs, type MovementKind } from "./soap-sales";
import { SoapCode, SoapFailure } from "./soap";
import type { SessionUser } from "./users";

export function listSales(registryId: number) {
  return prisma.saleRecord.findMany({
    where: { registryId },
    orderBy: { id: "desc" },
    take: 200,
    include: { item: { select: { title: true } }, actorUser: { select: { email: true } }, actorApiUser: { select: { username: true } } },
  });
}

export function registryForSales(registryId: number) {
  return prisma.registry.findUnique({
    where: { id: registryId },
    select: {
      id: true,
      title: true,
      active: true,
      currency: true,
      items: {
        orderBy: [{ position: "asc" }, { id: "asc" }],
        select: { id: true, title: true, requested: true, purchased: true, locked: true, purchasedOffline: true, priceCents: true },
      },
    },
  });
}

/** An offline sale or refund entered by an admin: the SOAP rules, source OFFLINE, actor = the admin. */
export async function recordOfflineMovement(
  actor: SessionUser,
  d: { registryId: number; itemId: number; kind: MovementKind; quantity: number; unitNet: number; reference: string; comment: string },
) {
  try {
    return await recordMovementsAs({ admin: actor }, d.registryId, d.kind, [
      { itemId: d.itemId, quantity: d.quantity, unitNetCents: d.unitNet, reference: d.reference, comment: d.comment },
    ]);
  } catch (e) {
    if (!(e instanceof SoapFailure)) throw e;
    // The admin reads the refusal in their language (the SOAP caller gets e.message, in English).
    const kind = e.code === SoapCode.NotFound ? "not_found" : "conflict";
    if (e.words)
      throw worded(kind, e.words.key, e.words.values, kind === "conflict" ? { quantity: msg(e.words.key, e.words.values) } : undefined);
    if (kind === "not_found") throw notFound(e.message);
    throw conflict(e.message, { quantity: e.message });
  }
}
