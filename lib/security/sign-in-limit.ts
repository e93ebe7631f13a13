// Slowed, never locked: failed sign-ins are counted per email + address and per address alone;
// over budget, even the right password is refused until the oldest failure leaves the window.
// Successful sign-ins do not count, so people who sign in often are never slowed.
import { clear, hit, LIMITS, retryAfter } from "./rate-limit";

const emailKey = (email: string, ip: string) => `${email.trim().toLowerCase()}|${ip}`;

/** Seconds to wait before this email may try again from this address (0: go ahead). */
export async function signInWait(email: string, ip: string): Promise<number> {
  return Math.max(
    ...(await Promise.all([retryAfter(LIMITS.signInFailures, emailKey(email, ip)), retryAfter(LIMITS.signInFailuresPerIp, ip)])),
  );
}

export async function signInFailed(email: string, ip: string): Promise<void> {
  await Promise.all([hit(LIMITS.signInFailures, emailKey(email, ip)), hit(LIMITS.signInFailuresPerIp, ip)]);
}

export async function signInSucceeded(email: string, ip: string): Promise<void> {
  await clear(LIMITS.signInFailures, emailKey(email, ip));
}
