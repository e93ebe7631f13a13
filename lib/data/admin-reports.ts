import "server-only";
import { prisma } from "../db";
import { conflict, notFound } from "../errors";
import { audit } from "./audit";
import { deactivateInTx } from "./admin-registries";
import { withBusyRetry } from "./retry";
import type { SessionUser } from "./users";

export function listReports(status: "OPEN" | "DISMISSED" | "ACTIONED") {
  return prisma.guestReport.findMany({
    where: { status },
    orderBy: status === "OPEN" ? { createdAt: "asc" } : { resolvedAt: "desc" },
    take: 100,
    include: { registry: { select: { id: true, title: true, active: true } }, resolvedBy: { select: { email: true } } },
  });
}

/** Dismiss, or deactivate the registry: the report and the registry change in one transaction. */
export function resolveReport(reportId: number, outcome: "dismiss" | "deactivate", reason: string, actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const status = outcome === "dismiss" ? "DISMISSED" : "ACTIONED";
      const claimed = await tx.guestReport.updateMany({
        where: { id: reportId, status: "OPEN" },
        data: { status, resolvedAt: new Date(), resolvedById: actor.id },
      });
      const report = await tx.guestReport.findUnique({ where: { id: reportId } });
      if (!report) throw notFound(`Report ${reportId} not found`);
      if (claimed.count !== 1) throw conflict(`Report ${reportId} was already resolved`);
      await audit(tx, actor, {
        action: `report.${outcome}`,
        targetType: "GuestReport",
        targetId: reportId,
        registryId: report.registryId,
        before: { status: "OPEN" },
        after: { status },
      });
      const slug = outcome === "deactivate" ? await deactivateInTx(tx, report.registryId, reason, actor) : null;
      return { registryId: report.registryId, slug };
    }),
  );
}
