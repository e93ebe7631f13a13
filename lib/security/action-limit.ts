import "server-only";
// Rate limits for server actions: the caller's address comes from the request headers; over
// budget the action fails with a clear message (runAction turns AppError into ActionResult).
import { headers } from "next/headers";
import { worded } from "../i18n/errors";
import { clientIp, take, type Limit } from "./rate-limit";

export async function requestIp(): Promise<string> {
  return clientIp(await headers());
}

/** "Too many attempts, try again in N seconds." in English (logs, tests), in the reader's language where shown. */
export const rateLimited = (seconds: number) => worded("rate_limited", "errors.tooMany", { seconds });

/** Count this call against the caller's budget; throws when over it. */
export async function limitAction(limit: Limit): Promise<void> {
  const wait = await take(limit, await requestIp());
  if (wait > 0) throw rateLimited(wait);
}

/** Count this call against a budget of its own key (a registry, a user) rather than the caller's address. */
export async function limitKey(limit: Limit, key: string): Promise<void> {
  const wait = await take(limit, key);
  if (wait > 0) throw rateLimited(wait);
}
