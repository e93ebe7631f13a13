import "server-only";
// One-time emailed links: stored as SHA-256, expiring, and used at most once (a conditional update).
import { prisma } from "../db";
import { newSecret, sha256 } from "../api-keys";
import { conflict } from "../errors";
import { hashPassword } from "../password";
import { emailChangeEmail, emailConfirmEmail, passwordResetEmail } from "../email/templates";
import { enqueueEmail } from "./outbox";
import { newVerifyToken, VERIFY_HOURS } from "./users";
import { fe } from "../validations/auth";

export const RESET_MINUTES = 30;

/** Always answers the same way, so the form never reveals which emails have accounts. */
/** The email is in the language of the request that asked (`locale`), as the other account emails. */
export async function requestPasswordReset(email: string, baseUrl: string, locale = "en") {
  const user = await prisma.user.findUnique({ where: { email }, select: { id: true, status: true } });
  if (!user || user.status !== "ACTIVE") return;
  const token = newSecret(32);
  await prisma.$transaction(async (tx) => {
    await tx.emailToken.create({
      data: {
        userId: user.id,
        purpose: "PASSWORD_RESET",
        tokenHash: sha256(token),
        expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
      },
    });
    await enqueueEmail(tx, "password-reset", email, passwordResetEmail(`${baseUrl}/reset-password?token=${token}`, RESET_MINUTES, locale));
  });
}

async function redeemToken(token: string, purposes: ("PASSWORD_RESET" | "EMAIL_CHANGE" | "EMAIL_VERIFY")[]) {
  const row = await prisma.emailToken.findUnique({ where: { tokenHash: sha256(token) } });
  if (!row || !purposes.includes(row.purpose) || row.usedAt || row.expiresAt < new Date()) throw conflict(fe("linkExpired"));
  const { count } = await prisma.emailToken.updateMany({ where: { id: row.id, usedAt: null }, data: { usedAt: new Date() } });
  if (count !== 1) throw conflict(fe("linkExpired"));
  return row;
}

export async function resetPassword(token: string, password: string) {
  const row = await redeemToken(token, ["PASSWORD_RESET"]);
  // Whoever held a session (perhaps the reason for the reset) is signed out.
  await prisma.user.update({
    where: { id: row.userId },
    data: { passwordHash: await hashPassword(password), sessionVersion: { increment: 1 } },
  });
}

export async function requestEmailChange(userId: number, newEmail: string, baseUrl: string, locale = "en") {
  const clash = await prisma.user.findFirst({ where: { email: newEmail, id: { not: userId } }, select: { id: true } });
  if (clash) throw conflict(fe("emailTaken"), { email: fe("emailTaken") });
  const token = newSecret(32);
  await prisma.$transaction(async (tx) => {
    await tx.emailToken.create({
      data: { userId, purpose: "EMAIL_CHANGE", newEmail, tokenHash: sha256(token), expiresAt: new Date(Date.now() + 60 * 60_000) },
    });
    await enqueueEmail(tx, "email-change", newEmail, emailChangeEmail(`${baseUrl}/confirm-email?token=${token}`, locale));
  });
}

/**
 * The address a link proved, for a new email (EMAIL_CHANGE: the caller applies it, with the registry
 * search columns) or the current one (EMAIL_VERIFY: only while the account still uses it).
 */
export async function confirmEmailChange(token: string) {
  const row = await redeemToken(token, ["EMAIL_CHANGE", "EMAIL_VERIFY"]);
  const user = await prisma.user.findUniqueOrThrow({ where: { id: row.userId }, select: { email: true } });
  if (row.purpose === "EMAIL_VERIFY") {
    if (user.email !== row.newEmail) throw conflict(fe("emailChangedMeanwhile"));
    return { userId: row.userId, email: row.newEmail, changed: false };
  }
  const clash = await prisma.user.findFirst({ where: { email: row.newEmail, id: { not: row.userId } }, select: { id: true } });
  if (clash) throw conflict(fe("emailTaken"));
  return { userId: row.userId, email: row.newEmail, changed: true };
}

/** Only while the account still has that address (a change in between proves nothing about the old one). */
export function markEmailVerified(userId: number, email: string) {
  return prisma.user.updateMany({ where: { id: userId, email }, data: { emailVerifiedAt: new Date() } });
}

/** A new confirmation link for the account's current address; false when it is confirmed already. */
export async function requestEmailConfirmation(userId: number, baseUrl: string, locale = "en"): Promise<boolean> {
  const user = await prisma.user.findUniqueOrThrow({ where: { id: userId }, select: { email: true, emailVerifiedAt: true } });
  if (user.emailVerifiedAt) return false;
  await prisma.$transaction(async (tx) => {
    const token = await newVerifyToken(tx, userId, user.email);
    await enqueueEmail(tx, "email-confirm", user.email, emailConfirmEmail(`${baseUrl}/confirm-email?token=${token}`, VERIFY_HOURS, locale));
  });
  return true;
}
