import "server-only";
// Budgets for what anonymous guests may try: access codes (guessing) and "bought elsewhere"
// (changing counts). Each is counted per client address and per registry, so neither one address
// nor many addresses together can go on for long. Every attempt counts, before the work, so a burst
// of parallel requests cannot slip past the check.
import { AppError } from "../errors";
import { take, type Limit } from "./rate-limit";
import { requestIp } from "./action-limit";

export function tooManyTries(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many tries, try again in ${minutes} minute${minutes === 1 ? "" : "s"}`;
}

/** Over budget: the wait, at the form field when one is named, and nothing else. */
const refused = (seconds: number, field?: string) =>
  new AppError(`${tooManyTries(seconds)}.`, "rate_limited", field ? { [field]: tooManyTries(seconds) } : undefined);

/** Count one try against this caller's address; throws when over budget. */
export async function limitGuestAddress(limit: Limit, field?: string): Promise<void> {
  const wait = await take(limit, await requestIp());
  if (wait > 0) throw refused(wait, field);
}

/** Count one try against the registry; throws when over budget. */
export async function limitGuestRegistry(limit: Limit, registryId: number, field?: string): Promise<void> {
  const wait = await take(limit, String(registryId));
  if (wait > 0) throw refused(wait, field);
}
