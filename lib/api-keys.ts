// Secrets issued to integrations are stored only as SHA-256 digests and compared in constant time.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

export const sha256 = (value: string) => createHash("sha256").update(value, "utf8").digest("hex");

export function safeEqualHex(a: string, b: string): boolean {
  const x = Buffer.from(a, "hex");
  const y = Buffer.from(b, "hex");
  return x.length === y.length && x.length > 0 && timingSafeEqual(x, y);
}

export const newSecret = (bytes = 24) => randomBytes(bytes).toString("base64url");
