import "server-only";
// REST credential checks. Secrets are stored only as SHA-256 digests (lib/api-keys.ts).
import { prisma } from "../db";
import { safeEqualHex, sha256 } from "../api-keys";

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
  const staleBefore = new Date(now - TOUCH_EVERY_MS);
  // Conditional, so several server processes together still write about once a minute.
  await prisma.apiCredential.updateMany({
    where: { id, OR: [{ lastUsedAt: null }, { lastUsedAt: { lt: staleBefore } }] },
    data: { lastUsedAt: new Date(now) },
  });
}
