import "server-only";
import { prisma } from "../db";
import { conflict, notFound } from "../errors";
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
    if (e.code === SoapCode.NotFound) throw notFound(e.message);
    throw conflict(e.message, { quantity: e.message });
  }
}
