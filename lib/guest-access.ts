import "server-only";
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
