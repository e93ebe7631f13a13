import "server-only";
// Admin view of registries: search with the guest semantics plus moderation filters, full detail,
// deactivate / reactivate (audited in the same transaction as the change).
import { prisma, type Tx } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { conflict, notFound } from "../errors";
import type { RegistryListQuery } from "../validations/admin";
import { audit } from "./audit";
import { withBusyRetry } from "./retry";
import { registrySearchWhere } from "./search";
import type { SessionUser } from "./users";

export const ADMIN_PAGE_SIZE = 25;

const dayStart = (d: string) => new Date(`${d}T00:00:00Z`);
const nextDay = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);

const orderBy: Record<RegistryListQuery["sort"], Prisma.RegistryOrderByWithRelationInput[]> = {
  created_desc: [{ createdAt: "desc" }, { id: "desc" }],
  created_asc: [{ createdAt: "asc" }, { id: "asc" }],
  event_asc: [{ eventDate: "asc" }, { id: "asc" }],
  event_desc: [{ eventDate: "desc" }, { id: "desc" }],
  title_asc: [{ title: "asc" }, { id: "asc" }],
};

export function adminRegistryWhere(q: RegistryListQuery): Prisma.RegistryWhereInput {
  const and: Prisma.RegistryWhereInput[] = [
    registrySearchWhere({
      name: q.name,
      email: q.email,
      externalIdentifier: q.ext,
      id: q.number,
      eventDate: q.eventDate ? dayStart(q.eventDate) : undefined,
    }),
  ];
  if (q.status) and.push({ active: q.status === "active" });
  if (q.occasion) and.push({ occasionId: q.occasion });
  if (q.from || q.to) and.push({ eventDate: { ...(q.from ? { gte: dayStart(q.from) } : {}), ...(q.to ? { lt: nextDay(q.to) } : {}) } });
  if (q.reported) and.push({ reports: { some: { status: "OPEN" } } });
  return { AND: and };
}

export async function listRegistries(q: RegistryListQuery) {
  const where = adminRegistryWhere(q);
  const [total, rows, occasions] = await Promise.all([
    prisma.registry.count({ where }),
    prisma.registry.findMany({
      where,
      orderBy: orderBy[q.sort],
      skip: (q.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        title: true,
        firstName: true,
        lastName: true,
        email: true,
        eventDate: true,
        active: true,
        deactivatedByAdmin: true,
        visibility: true,
        occasion: { select: { name: true } },
        _count: { select: { items: true, reports: { where: { status: "OPEN" } } } },
      },
    }),
    prisma.occasion.findMany({ orderBy: [{ position: "asc" }, { name: "asc" }], select: { id: true, name: true } }),
  ]);
  return { total, rows, occasions, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export function getRegistryForAdmin(id: number) {
  return prisma.registry.findUnique({
    where: { id },
    include: {
      owner: { select: { id: true, email: true, firstName: true, lastName: true, status: true } },
      occasion: { select: { name: true } },
      store: { select: { name: true } },
      items: { orderBy: [{ position: "asc" }, { id: "asc" }] },
      orders: { orderBy: { id: "desc" }, take: 50, include: { lines: true } },
      sales: {
        orderBy: { id: "desc" },
        take: 50,
        include: {
          item: { select: { title: true } },
          actorUser: { select: { email: true } },
          actorApiUser: { select: { username: true } },
        },
      },
      reports: { orderBy: { id: "desc" }, take: 20 },
    },
  });
}

const stateOf = (r: { active: boolean; deactivatedByAdmin: boolean; deactivatedReason: string }) => ({
  active: r.active,
  deactivatedByAdmin: r.deactivatedByAdmin,
  deactivatedReason: r.deactivatedReason,
});

/** Inside a caller's transaction, so a report resolution and the deactivation commit together. */
export async function deactivateInTx(tx: Tx, registryId: number, reason: string, actor: SessionUser) {
  const before = await tx.registry.findUnique({
    where: { id: registryId },
    select: { active: true, deactivatedByAdmin: true, deactivatedReason: true, slug: true },
  });
  if (!before) throw notFound(`Registry ${registryId} not found`);
  const after = await tx.registry.update({
    where: { id: registryId },
    data: { active: false, deactivatedByAdmin: true, deactivatedReason: reason },
    select: { active: true, deactivatedByAdmin: true, deactivatedReason: true },
  });
  await audit(tx, actor, {
    action: "registry.deactivate",
    targetType: "Registry",
    targetId: registryId,
    registryId,
    before: stateOf(before),
    after: stateOf(after),
  });
  return before.slug;
}

export function deactivateRegistry(registryId: number, reason: string, actor: SessionUser) {
  return withBusyRetry(() => prisma.$transaction((tx) => deactivateInTx(tx, registryId, reason, actor)));
}

export function reactivateRegistry(registryId: number, actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.registry.findUnique({
        where: { id: registryId },
        select: { active: true, deactivatedByAdmin: true, deactivatedReason: true, slug: true },
      });
      if (!before) throw notFound(`Registry ${registryId} not found`);
      if (before.active) throw conflict("This registry is already active");
      const after = await tx.registry.update({
        where: { id: registryId },
        data: { active: true, deactivatedByAdmin: false, deactivatedReason: "", archivedAt: null },
        select: { active: true, deactivatedByAdmin: true, deactivatedReason: true },
      });
      await audit(tx, actor, {
        action: "registry.reactivate",
        targetType: "Registry",
        targetId: registryId,
        registryId,
        before: stateOf(before),
        after: stateOf(after),
      });
      return before.slug;
    }),
  );
}
