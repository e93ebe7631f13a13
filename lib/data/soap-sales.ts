import "server-only";
// Store sales and refunds change Purchased, all lines or none. Used by SOAP RecordSales /
// RecordRefunds (source API) and by the admin offline sale/refund form (source OFFLINE): same rules.
import { prisma, type Tx } from "../db";
import { withBusyRetry } from "./retry";
import { SoapCode, SoapFailure, type ApiCaller } from "./soap";
import type { SessionUser } from "./users";

export type MovementKind = "SALE" | "REFUND";
/** reference null: recorded, but a retry of it cannot be told apart from a new sale (docs/integrations.md). */
export type MovementLine = { itemId: number; quantity: number; unitNetCents: number; reference: string | null; comment: string };
export type MovementResult = { recorded: number; alreadyRecorded: number };
/** Who records the movement: a SOAP API user, or an admin entering an offline sale/refund. */
export type MovementActor = { apiUser: ApiCaller } | { admin: SessionUser };

/** The currency a registry's amounts are in; null: no such registry. */
export async function registryCurrency(registryId: number) {
  return (await prisma.registry.findUnique({ where: { id: registryId }, select: { currency: true } }))?.currency ?? null;
}

const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === "P2002";

/**
 * Apply every line in one interactive transaction; any refusal throws and rolls the whole call back.
 * A line whose (item, reference, kind) is already recorded is skipped, so a retried call never counts twice
 * (NULL references are distinct in the unique index on both databases: those lines always count).
 */
export function recordMovements(caller: ApiCaller, registryId: number, kind: MovementKind, lines: MovementLine[]): Promise<MovementResult> {
  return recordMovementsAs({ apiUser: caller }, registryId, kind, lines);
}

export async function recordMovementsAs(
  actor: MovementActor,
  registryId: number,
  kind: MovementKind,
  lines: MovementLine[],
): Promise<MovementResult> {
  const attempt = () =>
    withBusyRetry(() => prisma.$transaction((tx) => applyLines(tx, actor, registryId, kind, lines), { timeout: 15_000, maxWait: 10_000 }));
  try {
    return await attempt();
  } catch (e) {
    // Two copies of the same call racing: the unique index stopped the loser; rerun it to see "already recorded".
    if (isUniqueViolation(e)) return attempt();
    throw e;
  }
}

async function applyLines(
  tx: Tx,
  actor: MovementActor,
  registryId: number,
  kind: MovementKind,
  lines: MovementLine[],
): Promise<MovementResult> {
  const registry = await tx.registry.findUnique({ where: { id: registryId }, select: { id: true, active: true } });
  if (!registry)
    throw new SoapFailure(SoapCode.NotFound, `Registry ${registryId} not found`, {
      key: "adminSales.registryGone",
      values: { registry: registryId },
    });
  if (kind === "SALE" && !registry.active)
    throw new SoapFailure(SoapCode.Conflict, `Registry ${registryId} is not active: sales cannot be recorded`, {
      key: "adminSales.registryInactive",
      values: { registry: registryId },
    });

  const itemIds = [...new Set(lines.map((l) => l.itemId))];
  const items = await tx.registryItem.findMany({ where: { id: { in: itemIds } }, select: { id: true, registryId: true } });
  const found = new Map(items.map((i) => [i.id, i]));
  for (const id of itemIds) {
    if (found.get(id)?.registryId !== registryId)
      throw new SoapFailure(SoapCode.NotFound, `Item ${id} not found on registry ${registryId}`, {
        key: "adminSales.itemGone",
        values: { item: id, registry: registryId },
      });
  }

  const referenced = lines.flatMap((l) => (l.reference === null ? [] : [{ itemId: l.itemId, reference: l.reference }]));
  const existing = referenced.length
    ? await tx.saleRecord.findMany({ where: { kind, OR: referenced }, select: { itemId: true, reference: true } })
    : [];
  const done = new Set(existing.map((r) => `${r.itemId}\n${r.reference}`));

  let recorded = 0;
  for (const line of lines) {
    if (line.reference !== null && done.has(`${line.itemId}\n${line.reference}`)) continue;
    await applyLine(tx, actor, registryId, kind, line);
    recorded += 1;
  }
  return { recorded, alreadyRecorded: lines.length - recorded };
}

async function applyLine(tx: Tx, actor: MovementActor, registryId: number, kind: MovementKind, line: MovementLine) {
  const { itemId, quantity } = line;
  const now = new Date();
  // Conditional single UPDATEs: the condition is checked by the database against the current row,
  // so concurrent calls can never push purchased + locked above requested, nor refund more than was sold.
  // A group gift's unit that guests are chipping in toward is theirs (RegistryItem_group_check): not for sale.
  const changed =
    kind === "SALE"
      ? await tx.$executeRaw`UPDATE "RegistryItem" SET "purchased" = "purchased" + ${quantity}, "updatedAt" = ${now}
          WHERE "id" = ${itemId} AND "requested" - "purchased" - "locked" - (CASE WHEN "fundedCents" > 0 THEN 1 ELSE 0 END) >= ${quantity}`
      : await tx.$executeRaw`UPDATE "RegistryItem" SET "purchased" = "purchased" - ${quantity}, "updatedAt" = ${now}
          WHERE "id" = ${itemId} AND "purchased" - "purchasedOffline" >= ${quantity}`;
  const after = await tx.registryItem.findUniqueOrThrow({
    where: { id: itemId },
    select: { requested: true, purchased: true, locked: true, purchasedOffline: true, fundedCents: true },
  });
  if (changed !== 1) {
    const left =
      kind === "SALE"
        ? Math.max(0, after.requested - after.purchased - after.locked - (after.fundedCents > 0 ? 1 : 0))
        : Math.max(0, after.purchased - after.purchasedOffline);
    const message =
      kind === "SALE"
        ? `Item ${itemId}: only ${left} still available, cannot record a sale of ${quantity}`
        : `Item ${itemId}: only ${left} purchased through sales, cannot refund ${quantity}`;
    throw new SoapFailure(SoapCode.Conflict, message, {
      key: kind === "SALE" ? "adminSales.saleShort" : "adminSales.refundShort",
      values: { item: itemId, left, quantity },
    });
  }
  const delta = kind === "SALE" ? quantity : -quantity;
  await tx.saleRecord.create({
    data: {
      registryId,
      itemId,
      kind,
      source: "apiUser" in actor ? "API" : "OFFLINE",
      quantity,
      unitNetCents: line.unitNetCents,
      reference: line.reference,
      comment: line.comment,
      actorApiUserId: "apiUser" in actor ? actor.apiUser.id : null,
      actorUserId: "admin" in actor ? actor.admin.id : null,
    },
  });
  await tx.auditLog.create({
    data: {
      ...("apiUser" in actor
        ? { actorType: "API_USER", actorLabel: actor.apiUser.username, action: kind === "SALE" ? "api.sale" : "api.refund" }
        : {
            actorType: "ADMIN",
            actorId: actor.admin.id,
            actorLabel: actor.admin.email,
            action: kind === "SALE" ? "sale.offline" : "refund.offline",
          }),
      targetType: "RegistryItem",
      targetId: String(itemId),
      registryId,
      before: JSON.stringify({ purchased: after.purchased - delta, locked: after.locked }),
      after: JSON.stringify({ purchased: after.purchased, locked: after.locked }),
    },
  });
}
