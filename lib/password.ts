// Argon2id with OWASP's recommended minimum (19 MiB, 2 passes): memory-hard, ~20 ms here.
import { hash, verify } from "@node-rs/argon2";

const OPTIONS = { memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}

let dummy: Promise<string> | undefined;
/** Verify against a throwaway hash when the account does not exist, so timing tells nothing. */
export async function burnVerify(password: string): Promise<false> {
  dummy ??= hashPassword("not-a-real-password");
  await verifyPassword(await dummy, password);
  return false;
}
