import "server-only";
import { prisma } from "../db";
import type { Prisma } from "../generated/prisma/client";
import type { Role } from "../generated/prisma/enums";
import { conflict, forbidden, notFound } from "../errors";
import { audit } from "./audit";
import { ADMIN_PAGE_SIZE } from "./admin-registries";
import { containsText } from "./contains";
import { withBusyRetry } from "./retry";
import type { SessionUser } from "./users";

export async function listUsers(q: { q?: string; status?: "ACTIVE" | "SUSPENDED"; role?: Role; page: number }) {
  const term = q.q?.trim();
  const where: Prisma.UserWhereInput = {
    ...(q.status ? { status: q.status } : {}),
    ...(q.role ? { role: q.role } : {}),
    ...(term
      ? { OR: [{ email: containsText(term.toLowerCase()) }, { firstName: containsText(term) }, { lastName: containsText(term) }] }
      : {}),
  };
  const [total, rows] = await Promise.all([
    prisma.user.count({ where }),
    prisma.user.findMany({
      where,
      orderBy: { id: "asc" },
      skip: (q.page - 1) * ADMIN_PAGE_SIZE,
      take: ADMIN_PAGE_SIZE,
      select: {
        id: true,
        email: true,
        firstName: true,
        lastName: true,
        role: true,
        status: true,
        createdAt: true,
        _count: { select: { registries: true } },
      },
    }),
  ]);
  return { total, rows, pages: Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE)) };
}

export function getUserForAdmin(id: number) {
  return prisma.user.findUnique({
    where: { id },
    select: {
      id: true,
      email: true,
      firstName: true,
      lastName: true,
      role: true,
      status: true,
      createdAt: true,
      registries: { orderBy: { id: "asc" }, select: { id: true, title: true, active: true, eventDate: true } },
    },
  });
}

async function changeUser(userId: number, actor: SessionUser, action: string, data: { status?: "ACTIVE" | "SUSPENDED"; role?: Role }) {
  if (userId === actor.id) throw forbidden(data.role ? "You cannot change your own role" : "You cannot suspend yourself");
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.user.findUnique({ where: { id: userId }, select: { status: true, role: true } });
      if (!before) throw notFound(`User ${userId} not found`);
      if ((data.status ?? before.status) === before.status && (data.role ?? before.role) === before.role)
        throw conflict("Nothing to change");
      // A suspension ends every session for good: lifting it later does not bring them back.
      const ends = data.status === "SUSPENDED" ? { sessionVersion: { increment: 1 } } : {};
      const after = await tx.user.update({ where: { id: userId }, data: { ...data, ...ends }, select: { status: true, role: true } });
      await audit(tx, actor, { action, targetType: "User", targetId: userId, before, after });
    }),
  );
}

export const setUserSuspended = (userId: number, suspended: boolean, actor: SessionUser) =>
  changeUser(userId, actor, suspended ? "user.suspend" : "user.unsuspend", { status: suspended ? "SUSPENDED" : "ACTIVE" });

export const setUserRole = (userId: number, role: Role, actor: SessionUser) => changeUser(userId, actor, "user.role", { role });
