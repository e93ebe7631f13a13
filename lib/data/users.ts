import "server-only";
import { prisma, type Tx } from "../db";
import { newSecret, sha256 } from "../api-keys";
import { burnVerify, hashPassword, verifyPassword } from "../password";
import { conflict } from "../errors";
import { enqueueEmail } from "./outbox";
import { welcomeEmail } from "../email/templates";
import type { Role } from "../generated/prisma/enums";
import { fe } from "../validations/auth";

export type SessionUser = { id: number; email: string; name: string; role: Role };

export const VERIFY_HOURS = 48;

/** A one-time link token confirming `email` for the account (stored hashed, in the caller's transaction). */
export async function newVerifyToken(tx: Tx, userId: number, email: string): Promise<string> {
  const token = newSecret(32);
  await tx.emailToken.create({
    data: {
      userId,
      purpose: "EMAIL_VERIFY",
      newEmail: email,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + VERIFY_HOURS * 3_600_000),
    },
  });
  return token;
}

export async function createUser(
  input: {
    email: string;
    password: string;
    firstName: string;
    lastName: string;
    role?: Role;
  },
  baseUrl?: string,
  /** The language of the sign-up (the welcome email's). */
  locale = "en",
) {
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw conflict(fe("accountExists"), { email: fe("accountExists") });
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email: input.email, passwordHash, firstName: input.firstName, lastName: input.lastName, role: input.role },
        select: { id: true, email: true, firstName: true, lastName: true, role: true },
      });
      if (baseUrl) {
        const token = await newVerifyToken(tx, user.id, user.email);
        await enqueueEmail(
          tx,
          "welcome",
          user.email,
          welcomeEmail(user.firstName, `${baseUrl}/confirm-email?token=${token}`, VERIFY_HOURS, locale),
        );
      }
      return user;
    });
  } catch (e) {
    // Two sign-ups racing for one email: the unique index decides.
    if ((e as { code?: string }).code === "P2002") throw conflict(fe("accountExists"), { email: fe("accountExists") });
    throw e;
  }
}

export type CredentialCheck = { ok: true; user: SessionUser; sessionVersion: number } | { ok: false; reason: "invalid" | "suspended" };

export async function checkCredentials(email: string, password: string): Promise<CredentialCheck> {
  const user = await prisma.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) return { ok: await burnVerify(password), reason: "invalid" };
  if (!(await verifyPassword(user.passwordHash, password))) return { ok: false, reason: "invalid" };
  if (user.status === "SUSPENDED") return { ok: false, reason: "suspended" };
  return {
    ok: true,
    user: { id: user.id, email: user.email, name: `${user.firstName} ${user.lastName}`, role: user.role },
    sessionVersion: user.sessionVersion,
  };
}

/**
 * The current state of a signed-in user: a suspended or deleted account, or a session issued before
 * the account's sessionVersion last moved on (sign-out, password change…), counts as signed out.
 */
export async function findActiveUser(id: number, sessionVersion: number): Promise<SessionUser | null> {
  const user = await prisma.user.findUnique({
    where: { id },
    select: { id: true, email: true, firstName: true, lastName: true, role: true, status: true, sessionVersion: true },
  });
  if (!user || user.status !== "ACTIVE" || user.sessionVersion !== sessionVersion) return null;
  return { id: user.id, email: user.email, name: `${user.firstName} ${user.lastName}`, role: user.role };
}

/**
 * End every session of this user issued so far. With `from`, only if the account is still at that
 * version: a stale session (already ended) signing out must not end the newer ones.
 */
export async function endSessions(userId: number, from?: number): Promise<void> {
  await prisma.user.updateMany({
    where: { id: userId, ...(from === undefined ? {} : { sessionVersion: from }) },
    data: { sessionVersion: { increment: 1 } },
  });
}

export async function emailVerified(userId: number): Promise<boolean> {
  const u = await prisma.user.findUnique({ where: { id: userId }, select: { emailVerifiedAt: true } });
  return !!u?.emailVerifiedAt;
}

/** Where a sign-in without a callbackUrl lands: an administrator with no registry of their own works in the admin area. */
export async function homeAfterSignIn(email: string): Promise<string> {
  const user = await prisma.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { role: true, _count: { select: { registries: true, coManaged: true } } },
  });
  return user?.role === "ADMIN" && user._count.registries + user._count.coManaged === 0 ? "/admin" : "/dashboard";
}
