import "server-only";
// Signed tokens for guests without accounts: access to a private registry, and a receipt link for an order.
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "./env";

function secret() {
  const s = env().AUTH_SECRET;
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

type AccessRegistry = { id: number; accessCodeHash: string | null };

/**
 * The access cookie's value: signed over the registry and its current code's hash (a fresh salt
 * every time a code is set), so a new code locks out every cookie given for the old one.
 */
export const accessToken = (registry: AccessRegistry) => sign("access", `${registry.id}:${registry.accessCodeHash ?? ""}`);

/** May a visitor with these cookies see the registry? Public and unlisted: yes; private: only with the access cookie for its current code. */
export function canViewWith(registry: AccessRegistry & { visibility: string }, cookie: (name: string) => string | undefined) {
  if (registry.visibility !== "PRIVATE") return true;
  if (!registry.accessCodeHash) return false;
  return verify("access", `${registry.id}:${registry.accessCodeHash}`, cookie(accessCookie(registry.id)));
}
