// REST keys are stored only as SHA-256 digests and verified in constant time; SOAP API users get
// an argon2 password and only the methods they were granted.
import { afterAll, describe, expect, it } from "vitest";
import { prisma } from "../../lib/db";
import { safeEqualHex, sha256 } from "../../lib/api-keys";
import { verifyRestCredential } from "../../lib/data/api-credentials";
import { createApiUser, createRestKey, resetApiUserPassword, revokeRestKey, setApiUserDisabled } from "../../lib/data/admin-credentials";
import { authenticateApiUser, requireApiCaller } from "../../lib/data/soap";
import type { SessionUser } from "../../lib/data/users";

afterAll(() => prisma.$disconnect());

const admin = async (): Promise<SessionUser> => {
  const u = await prisma.user.findUniqueOrThrow({ where: { email: "admin@example.com" } });
  return { id: u.id, email: u.email, name: u.firstName, role: u.role };
};

describe("credential hashing", () => {
  it("sha256 + constant-time compare", () => {
    expect(sha256("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(safeEqualHex(sha256("a"), sha256("a"))).toBe(true);
    expect(safeEqualHex(sha256("a"), sha256("b"))).toBe(false);
    expect(safeEqualHex("", "")).toBe(false);
  });

  it("a new REST key is stored hashed, verifies, and stops working once revoked", async () => {
    const key = await createRestKey(`unit ${Date.now()}`, await admin());
    const row = await prisma.apiCredential.findUniqueOrThrow({ where: { id: key.id } });
    expect(row.tokenHash).toBe(sha256(key.token));
    expect(row.privateKeyHash).toBe(sha256(key.privateKey));
    expect(row.keyPrefix).toBe(key.privateKey.slice(0, 6));
    expect(JSON.stringify(row)).not.toContain(key.token);
    expect(JSON.stringify(row)).not.toContain(key.privateKey);
    expect(key.privateKey.length).toBeGreaterThanOrEqual(32);

    expect(await verifyRestCredential(key.privateKey, key.token)).toBe(key.id);
    expect(await verifyRestCredential(`${key.privateKey}x`, key.token)).toBeNull();
    expect(await verifyRestCredential(key.token, key.privateKey)).toBeNull();
    await revokeRestKey(key.id, await admin());
    expect(await verifyRestCredential(key.privateKey, key.token)).toBeNull();
    await expect(revokeRestKey(key.id, await admin())).rejects.toThrow(/already revoked/);
  });

  it("a SOAP API user has an argon2 password and only its grants; disabling and resets apply at once", async () => {
    const username = `unit-${Date.now()}`;
    await createApiUser({ username, password: "first-password-1", grants: ["Authenticate", "Search"] }, await admin());
    const row = await prisma.apiUser.findUniqueOrThrow({ where: { username } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.grants).toBe("Authenticate,Search");
    await expect(createApiUser({ username, password: "another-password", grants: ["Search"] }, await admin())).rejects.toThrow(/taken/);

    const token = await authenticateApiUser(username, "first-password-1");
    expect((await requireApiCaller(token, "Search")).username).toBe(username);
    await expect(requireApiCaller(token, "RecordSales")).rejects.toThrow(/not granted|Not permitted/i);
    await expect(authenticateApiUser(username, "wrong-password")).rejects.toThrow(/Authentication failed/);

    await resetApiUserPassword(row.id, "second-password-2", await admin());
    await expect(requireApiCaller(token, "Search")).rejects.toThrow(); // sessions ended
    await expect(authenticateApiUser(username, "first-password-1")).rejects.toThrow(/Authentication failed/);
    await setApiUserDisabled(row.id, true, await admin());
    await expect(authenticateApiUser(username, "second-password-2")).rejects.toThrow(/Authentication failed/);
  });
});
