import "server-only";
import { unstable_rethrow } from "next/navigation.js";
import type { z } from "zod";
import { AppError } from "../errors";
import { fieldErrorsOf } from "../validation-errors";
import { nulPaths, NUL_MESSAGE } from "../validations/nul";
import { logError } from "../security/redact";

export { fieldErrorsOf };

/** The one result type every server action returns. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | { ok: false; error: string; fieldErrors?: Record<string, string> };

/** Parse input with the shared zod schema; bad input becomes field errors and changes nothing. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nul = nulPaths(input);
  if (nul.length) throw new AppError("Please correct the highlighted fields.", "validation", Object.fromEntries(nul.map((p) => [p, NUL_MESSAGE])));
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError("Please correct the highlighted fields.", "validation", fieldErrorsOf(result.error));
  return result.data;
}

/** Run an action body: expected failures become messages, bugs are logged and never leak. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (e) {
    unstable_rethrow(e); // redirect() / notFound() / forbidden() must reach Next
    if (e instanceof AppError) return { ok: false, error: e.message, fieldErrors: e.fieldErrors };
    logError("[action] unexpected error", e);
    return { ok: false, error: "Something went wrong and nothing was changed. Please try again." };
  }
}
