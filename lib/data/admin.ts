import "server-only";
import { prisma } from "../db";

export async function adminOverview() {
  const [registries, activeRegistries, users, suspendedUsers, openReports, ordersInProgress, recentAudit] = await Promise.all([
    prisma.registry.count(),
    prisma.registry.count({ where: { active: true } }),
    prisma.user.count(),
    prisma.user.count({ where: { status: "SUSPENDED" } }),
    prisma.guestReport.count({ where: { status: "OPEN" } }),
    prisma.order.count({ where: { status: "PLACED" } }),
    prisma.auditLog.findMany({ orderBy: { id: "desc" }, take: 10 }),
  ]);
  return { registries, activeRegistries, users, suspendedUsers, openReports, ordersInProgress, recentAudit };
}
