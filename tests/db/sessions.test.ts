// The session version: a session is the user's only while it carries the account's current
// version; sign-out, password change, password reset and suspension move it on.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { createUser, endSessions, findActiveUser } from "../../lib/data/users";
import { changePassword } from "../../lib/data/account";
import { setUserSuspended } from "../../lib/data/admin-users";
import { requestPasswordReset, resetPassword } from "../../lib/data/email-tokens";
import type { SessionUser } from "../../lib/data/users";

afterAll(() => prisma.$disconnect());

const newUser = async () => {
  const email = `sv-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
  return createUser({ email, password: "a-good-password-1", firstName: "Ses", lastName: "Sion" });
};
const versionOf = async (id: number) => (await prisma.user.findUniqueOrThrow({ where: { id } })).sessionVersion;

describe("session version", () => {
  it("a session at another version is signed out", async () => {
    const u = await newUser();
    expect((await findActiveUser(u.id, 0))?.id).toBe(u.id);
    expect(await findActiveUser(u.id, 1)).toBeNull();
    expect(await findActiveUser(u.id, -1)).toBeNull();
  });

  it("sign-out from a current session ends it; from a stale one changes nothing", async () => {
    const u = await newUser();
    await endSessions(u.id, 0);
    expect(await versionOf(u.id)).toBe(1);
    expect(await findActiveUser(u.id, 0)).toBeNull();
    await endSessions(u.id, 0); // the copied, already-ended cookie signs out: the new session survives
    expect(await versionOf(u.id)).toBe(1);
    expect((await findActiveUser(u.id, 1))?.id).toBe(u.id);
  });

  it("password change, password reset and suspension each move it on", async () => {
    const u = await newUser();
    await changePassword(u.id, "a-good-password-1", "another-good-pass-2");
    expect(await versionOf(u.id)).toBe(1);

    await requestPasswordReset(u.email, "http://localhost");
    const mail = await prisma.emailMessage.findFirstOrThrow({ where: { to: u.email, kind: "password-reset" }, orderBy: { id: "desc" } });
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text)![1];
    await resetPassword(token, "third-good-pass-3");
    expect(await versionOf(u.id)).toBe(2);

    const admin = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
    const actor: SessionUser = { id: admin.id, email: admin.email, name: "Admin", role: "ADMIN" };
    await setUserSuspended(u.id, true, actor);
    await setUserSuspended(u.id, false, actor);
    expect(await versionOf(u.id)).toBe(3);
    expect(await findActiveUser(u.id, 2)).toBeNull();
    expect((await findActiveUser(u.id, 3))?.id).toBe(u.id);
  });
});
