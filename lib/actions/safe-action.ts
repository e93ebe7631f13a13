import "server-only";
import { unstable_rethrow } from "next/navigation.js";
import { AppError } from "../errors";
import { fieldErrorsOf, parseInput } from "../validation-errors";
import { logError } from "../security/redact";
import { isDatabaseUnavailable, UNAVAILABLE_MESSAGE } from "../unavailable";

export { fieldErrorsOf, parseInput };

/** The one result type every server action returns. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Run an action body: expected failures become messages, bugs are logged and never leak. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (e) {
    unstable_rethrow(e); // redirect() / notFound() / forbidden() must reach Next
    if (e instanceof AppError) return { ok: false, error: e.message, fieldErrors: e.fieldErrors };
    if (isDatabaseUnavailable(e)) return { ok: false, error: UNAVAILABLE_MESSAGE }; // an outage, not a bug: no stack in the log
    logError("[action] unexpected error", e);
    return { ok: false, error: "Something went wrong and nothing was changed. Please try again." };
  }
}
