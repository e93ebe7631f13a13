import "server-only";
import { prisma } from "../db";
import { conflict } from "../errors";
import { hashPassword, verifyPassword } from "../password";
import { searchColumns } from "./registries";
import { fe } from "../validations/auth";

export function findProfile(userId: number) {
  return prisma.user.findUniqueOrThrow({
    where: { id: userId },
    select: {
      firstName: true,
      lastName: true,
      email: true,
      phone: true,
      notifyPurchases: true,
      weeklyDigest: true,
      thankYouReminder: true,
      adminDailyReports: true,
      role: true,
    },
  });
}

export function updateNotifications(
  userId: number,
  d: { notifyPurchases: boolean; weeklyDigest: boolean; thankYouReminder: boolean; adminDailyReports: boolean },
) {
  return prisma.user.update({ where: { id: userId }, data: d, select: { id: true } });
}

/** Name and email changes carry over to the registries the user owns (shown to guests, searched). */
export async function updateProfile(userId: number, d: { firstName: string; lastName: string; email: string; phone: string }) {
  const clash = await prisma.user.findFirst({ where: { email: d.email, id: { not: userId } }, select: { id: true } });
  if (clash) throw conflict(fe("emailTaken"), { email: fe("emailTaken") });
  await prisma.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: d });
    const owned = await tx.registry.findMany({
      where: { ownerId: userId },
      select: { id: true, coFirstName: true, coLastName: true, coEmail: true },
    });
    for (const r of owned)
      await tx.registry.update({
        where: { id: r.id },
        data: { firstName: d.firstName, lastName: d.lastName, email: d.email, ...searchColumns({ ...d, ...r }) },
      });
  });
}

async function checkPassword(userId: number, password: string, field: string) {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, password))) throw conflict(fe("passwordNotRight"), { [field]: fe("passwordNotRight") });
}

/** Ends every session of the account, this one too. */
export async function changePassword(userId: number, current: string, next: string) {
  await checkPassword(userId, current, "currentPassword");
  await prisma.user.update({ where: { id: userId }, data: { passwordHash: await hashPassword(next), sessionVersion: { increment: 1 } } });
}

/** Refused while any registry they own has orders in progress; otherwise removes them and their registries. */
export async function deleteAccount(userId: number, password: string) {
  await checkPassword(userId, password, "password");
  const inProgress = await prisma.registryItem.count({ where: { registry: { ownerId: userId }, locked: { gt: 0 } } });
  if (inProgress > 0) throw conflict(fe("accountOrdersInProgress"));
  await prisma.user.delete({ where: { id: userId } });
}

const PREF_BY_KIND = {
  purchases: "notifyPurchases",
  digest: "weeklyDigest",
  reminder: "thankYouReminder",
  "admin-reports": "adminDailyReports",
} as const;

export async function unsubscribe(userId: number, kind: keyof typeof PREF_BY_KIND) {
  await prisma.user.updateMany({ where: { id: userId }, data: { [PREF_BY_KIND[kind]]: false } });
}
