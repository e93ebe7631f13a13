import "server-only";
// REST credential checks. Secrets are stored only as SHA-256 digests (lib/api-keys.ts).
import { prisma } from "../db";
import { Prisma } from "../generated/prisma/client";
import { safeEqualHex, sha256 } from "../api-keys";
import { withBusyRetry } from "./retry";

const TOUCH_EVERY_MS = 60_000;
// Last lastUsedAt write per credential in this process: a busy client must not cost a write per request.
const lastTouched = new Map<number, number>();

/** The id of the live credential matching this PrivateKey + Token pair, or null. */
export async function verifyRestCredential(privateKey: string, token: string): Promise<number | null> {
  const credential = await prisma.apiCredential.findUnique({
    where: { tokenHash: sha256(token) },
    select: { id: true, privateKeyHash: true, revokedAt: true },
  });
  // Hash and compare even when nothing matched, so timing does not tell a valid Token apart.
  const keyMatches = safeEqualHex(sha256(privateKey), credential?.privateKeyHash ?? sha256(`absent:${token}`));
  if (!credential || !keyMatches || credential.revokedAt) return null;
  await touchCredential(credential.id);
  return credential.id;
}

async function touchCredential(id: number) {
  const now = Date.now();
  if (now - (lastTouched.get(id) ?? 0) < TOUCH_EVERY_MS) return;
  lastTouched.set(id, now);
  // One plain UPDATE, not updateMany: Prisma wraps updateMany in a transaction, and on SQLite a
  // transaction that meets SQLITE_BUSY can be left open by the driver, locking out every writer.
  // Bookkeeping only: if the write cannot happen now, the request still succeeds and a later one retries.
  await withBusyRetry(() => prisma.$executeRaw`UPDATE "ApiCredential" SET "lastUsedAt" = ${new Date(now)} WHERE "id" = ${id}`).catch(
    (e) => {
      lastTouched.delete(id);
      console.warn("REST credential lastUsedAt not updated", e);
    },
  );
}
