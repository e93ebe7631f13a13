// Server code (no "server-only" import: the Pages Router guest page reads it; tests/server-only.test.ts keeps it out of browser bundles).
// Signed tokens for guests without accounts: access to a private registry, and a receipt link for an order.
import { createHmac, timingSafeEqual } from "node:crypto";

function secret() {
  const s = process.env.AUTH_SECRET;
  if (!s) throw new Error("AUTH_SECRET is not set");
  return s;
}

export function sign(purpose: string, value: string | number) {
  return createHmac("sha256", secret()).update(`${purpose}:${value}`).digest("base64url");
}

export function verify(purpose: string, value: string | number, signature: string | undefined) {
  if (!signature) return false;
  const a = Buffer.from(sign(purpose, value));
  const b = Buffer.from(signature);
  return a.length === b.length && timingSafeEqual(a, b);
}

export const accessCookie = (registryId: number) => `registry-access-${registryId}`;

/** May a visitor with these cookies see the registry? Public and unlisted: yes; private: only with the signed access cookie. */
export function canViewWith(registry: { id: number; visibility: string }, cookie: (name: string) => string | undefined) {
  if (registry.visibility !== "PRIVATE") return true;
  return verify("access", registry.id, cookie(accessCookie(registry.id)));
}
