import "server-only";
// REST keys (PrivateKey + Token, shown once, stored as SHA-256) and SOAP API users (argon2 password, grants).
import { prisma } from "../db";
import { newSecret, sha256 } from "../api-keys";
import { hashPassword } from "../password";
import { worded } from "../i18n/errors";
import { msg } from "../i18n/validation";
import { audit } from "./audit";
import { withBusyRetry } from "./retry";
import type { SessionUser } from "./users";

export function listCredentials() {
  return Promise.all([
    prisma.apiCredential.findMany({
      orderBy: { id: "desc" },
      select: {
        id: true,
        label: true,
        keyPrefix: true,
        createdAt: true,
        lastUsedAt: true,
        revokedAt: true,
        createdBy: { select: { email: true } },
      },
    }),
    prisma.apiUser.findMany({
      orderBy: { username: "asc" },
      select: { id: true, username: true, grants: true, disabled: true, createdAt: true },
    }),
  ]);
}

/** A new REST key: the secrets exist in clear only in this return value. */
export async function createRestKey(label: string, actor: SessionUser) {
  const privateKey = newSecret();
  const token = newSecret();
  const keyPrefix = privateKey.slice(0, 6);
  const row = await withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const c = await tx.apiCredential.create({
        data: { label, tokenHash: sha256(token), privateKeyHash: sha256(privateKey), keyPrefix, createdById: actor.id },
        select: { id: true },
      });
      await audit(tx, actor, { action: "apikey.create", targetType: "ApiCredential", targetId: c.id, after: { label, keyPrefix } });
      return c;
    }),
  );
  return { id: row.id, label, privateKey, token };
}

export function revokeRestKey(id: number, actor: SessionUser) {
  return withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const claimed = await tx.apiCredential.updateMany({ where: { id, revokedAt: null }, data: { revokedAt: new Date() } });
      if (claimed.count !== 1) throw worded("conflict", "adminCredentials.keyGone");
      await audit(tx, actor, {
        action: "apikey.revoke",
        targetType: "ApiCredential",
        targetId: id,
        before: { revoked: false },
        after: { revoked: true },
      });
    }),
  );
}

export async function createApiUser(d: { username: string; password: string; grants: string[] }, actor: SessionUser) {
  const passwordHash = await hashPassword(d.password);
  const grants = d.grants.join(",");
  try {
    await withBusyRetry(() =>
      prisma.$transaction(async (tx) => {
        const u = await tx.apiUser.create({ data: { username: d.username, passwordHash, grants }, select: { id: true } });
        await audit(tx, actor, {
          action: "apiuser.create",
          targetType: "ApiUser",
          targetId: u.id,
          after: { username: d.username, grants },
        });
      }),
    );
  } catch (e) {
    if ((e as { code?: string })?.code === "P2002")
      throw worded("conflict", "adminCredentials.usernameTaken", undefined, { username: msg("adminCredentials.usernameTaken") });
    throw e;
  }
}

async function changeApiUser(id: number, actor: SessionUser, action: string, data: { disabled?: boolean; passwordHash?: string }) {
  await withBusyRetry(() =>
    prisma.$transaction(async (tx) => {
      const before = await tx.apiUser.findUnique({ where: { id }, select: { disabled: true } });
      if (!before) throw worded("not_found", "adminCredentials.userGone");
      const after = await tx.apiUser.update({ where: { id }, data, select: { disabled: true } });
      // A new password or a disabled user ends every open SOAP session.
      await tx.apiSession.deleteMany({ where: { apiUserId: id } });
      await audit(tx, actor, {
        action,
        targetType: "ApiUser",
        targetId: id,
        before: { ...before, ...(data.passwordHash ? { password: "old" } : {}) },
        after: { ...after, ...(data.passwordHash ? { password: "reset" } : {}) },
      });
    }),
  );
}

export const setApiUserDisabled = (id: number, disabled: boolean, actor: SessionUser) =>
  changeApiUser(id, actor, disabled ? "apiuser.disable" : "apiuser.enable", { disabled });

export const resetApiUserPassword = async (id: number, password: string, actor: SessionUser) =>
  changeApiUser(id, actor, "apiuser.password", { passwordHash: await hashPassword(password) });
