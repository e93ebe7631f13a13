import "server-only";
// The admin home: counts to act on, recent audit entries and units sold per day this week.
import { prisma } from "../db";

const DAY = 86_400_000;

/** Units sold per UTC day over the last 7 days (sales minus refunds, every source). */
async function unitsSoldThisWeek(now = new Date()) {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const start = new Date(today - 6 * DAY);
  const records = await prisma.saleRecord.findMany({
    where: { createdAt: { gte: start } },
    select: { createdAt: true, quantity: true, kind: true },
  });
  const days = Array.from({ length: 7 }, (_, i) => ({ day: new Date(start.getTime() + i * DAY), units: 0 }));
  for (const r of records) {
    const i = Math.floor((r.createdAt.getTime() - start.getTime()) / DAY);
    if (days[i]) days[i].units += r.kind === "SALE" ? r.quantity : -r.quantity;
  }
  return days;
}

export async function adminOverview() {
  const [registries, activeRegistries, adminDeactivated, users, suspendedUsers, openReports, ordersInProgress, recentAudit, week] =
    await Promise.all([
      prisma.registry.count(),
      prisma.registry.count({ where: { active: true } }),
      prisma.registry.count({ where: { active: false, deactivatedByAdmin: true } }),
      prisma.user.count(),
      prisma.user.count({ where: { status: "SUSPENDED" } }),
      prisma.guestReport.count({ where: { status: "OPEN" } }),
      prisma.order.count({ where: { status: "PLACED" } }),
      prisma.auditLog.findMany({ orderBy: { id: "desc" }, take: 10 }),
      unitsSoldThisWeek(),
    ]);
  const byStatus = { active: activeRegistries, deactivated: adminDeactivated, archived: registries - activeRegistries - adminDeactivated };
  return { registries, byStatus, activeRegistries, users, suspendedUsers, openReports, ordersInProgress, recentAudit, week };
}
