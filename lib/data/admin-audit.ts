import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { ADMIN_PAGE_SIZE } from "./admin-registries";
import { containsText } from "./contains";

export async function listAudit(q: { action?: string; actor?: string; registry?: number; from?: string; to?: string; page: number }) {
  const createdAt: Prisma.DateTimeFilter = {};
  if (q.from) createdAt.gte = new Date(`${q.from}T00:00:00Z`);
  if (q.to) createdAt.lt = new Date(new Date(`${q.to}T00:00:00Z`).getTime() + 86_400_000);
  const where: Prisma.AuditLogWhereInput = {
    ...(q.action ? { action: { startsWith: q.action.trim() } } : {}),
    ...(q.actor ? { actorLabel: containsText(q.actor.trim()) } : {}),
    ...(q.registry ? { registryId: q.registry } : {}),
    ...(q.from || q.to ? { createdAt } : {}),
  };
  const [total, rows, actions] = await Promise.all([
    prisma.auditLog.count({ where }),
    prisma.auditLog.findMany({ where, orderBy: { id: "desc" }, skip: (q.page - 1) * ADMIN_PAGE_SIZE, take: ADMIN_PAGE_SIZE }),
    prisma.auditLog.findMany({ distinct: ["action"], select: { action: true }, orderBy: { action: "asc" } }),
  ]);
  return { total, rows, actions: actions.map((a) => a.action), pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}
