import type { z } from "zod";
import { AppError } from "./errors";
import { nulPaths, NUL_MESSAGE } from "./validations/nul";

/** First message per field path, for showing zod errors at the fields (client and server alike). */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    out[key] ??= issue.message;
  }
  return out;
}

/** What a refused form says above its fields (in English; guest forms show it in the guest's language). */
export const CORRECT_FIELDS = "Please correct the highlighted fields.";

/** Parse input with the shared zod schema; bad input becomes field errors and changes nothing. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const nul = nulPaths(input);
  if (nul.length) throw new AppError(CORRECT_FIELDS, "validation", Object.fromEntries(nul.map((p) => [p, NUL_MESSAGE])));
  const result = schema.safeParse(input);
  if (!result.success) throw new AppError(CORRECT_FIELDS, "validation", fieldErrorsOf(result.error));
  return result.data;
}
