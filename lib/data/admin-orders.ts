import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { AppError } from "../errors";
import { ADMIN_PAGE_SIZE } from "./admin-registries";
import { cancelOrder, dispatchOrder } from "./orders";
import type { SessionUser } from "./users";
import { logError } from "../security/redact";
import { worded } from "../i18n/errors";

export async function listOrdersInProgress(q: { registry?: number; from?: string; to?: string; page: number }) {
  const createdAt: Prisma.DateTimeFilter = {};
  if (q.from) createdAt.gte = new Date(`${q.from}T00:00:00Z`);
  if (q.to) createdAt.lt = new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000);
  const where: Prisma.OrderWhereInput = {
    status: "PLACED",
    ...(q.registry ? { registryId: q.registry } : {}),
    ...(q.from || q.to ? { createdAt } : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.order.count({ where }),
    prisma.order.findMany({
      where,
      orderBy: [{ registryId: "asc" }, { createdAt: "asc" }],
      skip: (q.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      include: { lines: { select: { id: true, title: true, quantity: true } }, registry: { select: { id: true, title: true } } },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

/** `failure`: why nothing changed, worded where it is shown; `message` is its English (logs, tests). */
export type BulkOutcome = { orderId: number; ok: boolean; message: string; failure?: AppError };

/** Each order is its own atomic call: one failure never undoes or blocks the others. */
export async function applyToOrders(
  orderIds: number[],
  operation: "dispatch" | "cancel",
  actor: SessionUser,
  baseUrl?: string,
): Promise<BulkOutcome[]> {
  const out: BulkOutcome[] = [];
  for (const orderId of [...new Set(orderIds)]) {
    try {
      await (operation === "dispatch" ? dispatchOrder(orderId, actor) : cancelOrder(orderId, actor, baseUrl));
      out.push({ orderId, ok: true, message: operation === "dispatch" ? "dispatched" : "cancelled" });
    } catch (e) {
      if (!(e instanceof AppError)) logError(`[admin] order ${operation} ${orderId}`, e);
      const failure = e instanceof AppError ? e : worded("conflict", "admin.orders.unexpected");
      out.push({ orderId, ok: false, message: failure.message, failure });
    }
  }
  return out;
}
