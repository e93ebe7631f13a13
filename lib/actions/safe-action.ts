import "server-only";
import { unstable_rethrow } from "next/navigation.js";
import type { z } from "zod";
import { assertAdmin, assertRegistryAccess, assertRegistryOwner, assertUser } from "../authz";
import type { SessionUser } from "../data/users";
import { AppError } from "../errors";
import { fieldErrorsOf, parseInput } from "../validation-errors";
import { withRegistryId, type WithRegistryId } from "../validations/id";
import { logError } from "../security/redact";
import { isDatabaseUnavailable } from "../unavailable";
import { getTranslations } from "next-intl/server";
import { catalogue } from "../i18n/messages";
import { localizeError } from "../i18n/errors";
import type { T } from "../i18n/types";
import { ShortLinesError } from "../data/orders";
import type { ShortLineData } from "../validations/checkout";

export { fieldErrorsOf, parseInput };

/** The one result type every server action returns. */
export type ActionResult<T = null> =
  | { ok: true; data: T }
  | {
      ok: false;
      error: string;
      fieldErrors?: Record<string, string>;
      /** A checkout another buyer left short: each short line's numbers, so the form can fit the basket to them. */
      shortLines?: ShortLineData[];
    };

/** Run an action body: expected failures become messages, bugs are logged and never leak. */
export async function runAction<T>(body: () => Promise<T>): Promise<ActionResult<T>> {
  try {
    return { ok: true, data: await body() };
  } catch (e) {
    unstable_rethrow(e); // redirect() / notFound() / forbidden() must reach Next
    if (e instanceof AppError) return { ok: false, ...(await inReadersLanguage(e)) };
    if (isDatabaseUnavailable(e)) return { ok: false, error: (await readersCatalogue())("errors.unavailable") }; // an outage, not a bug: no stack in the log
    logError("[action] unexpected error", e);
    return { ok: false, error: (await readersCatalogue())("errors.failed") };
  }
}

/**
 * Form messages are keys (lib/i18n/validation.ts) or built from the error's data (ShortLinesError):
 * the answer carries them in the request's language, so a server-side refusal reads like the
 * browser's own check. Other messages pass as they are.
 */
async function inReadersLanguage(
  e: AppError,
): Promise<{ error: string; fieldErrors?: Record<string, string>; shortLines?: ShortLineData[] }> {
  const all = await readersCatalogue();
  const shortLines = e instanceof ShortLinesError ? e.lines : undefined;
  return { ...localizeError(e, all), ...(shortLines ? { shortLines } : {}) };
}

/** The whole catalogue in the request's language (English outside a request: unit tests). */
export async function readersCatalogue(): Promise<T> {
  try {
    return (await getTranslations()) as unknown as T;
  } catch {
    return catalogue("en");
  }
}

/** Who may call an action; tests/authz/matrix.ts names each action's kind. */
export type ActionKind = "guest" | "user" | "admin" | "registry" | "owner";
const kinds = new WeakMap<object, ActionKind>();
const schemas = new WeakMap<object, z.ZodType>();
/** The kind an action was made with, or undefined for a hand-written one (the coverage test refuses those). */
export const actionKind = (action: unknown) => (typeof action === "function" ? kinds.get(action) : undefined);
/** The schema an action parses its input with (tests/forms/coverage.test.ts: forms check with the same). */
export const actionSchema = (action: unknown) => (typeof action === "function" ? schemas.get(action) : undefined);

type Registry = Awaited<ReturnType<typeof assertRegistryAccess>>["registry"];

/** parse → authorize → run, as one function: an action cannot skip a step. */
function action<S extends z.ZodType, C, T>(
  kind: ActionKind,
  schema: S,
  authorize: (d: z.output<S>) => Promise<C>,
  run: (d: z.output<S>, c: C) => Promise<T>,
  limit?: () => Promise<unknown>,
) {
  const act = (input: z.input<S>) =>
    runAction(async () => {
      await limit?.();
      const d = parseInput(schema, input);
      return run(d, await authorize(d));
    });
  kinds.set(act, kind);
  schemas.set(act, schema);
  return act;
}

/**
 * Anyone (guests, sign-up/in, emailed links): run checks the share slug, token or signature.
 * `limit`: a rate budget that counts the try before parsing, bad input too.
 */
export const guestAction = <S extends z.ZodType, T>(schema: S, run: (d: z.output<S>) => Promise<T>, limit?: () => Promise<unknown>) =>
  action("guest", schema, async () => null, run, limit);

/** A signed-in, active user. */
export const userAction = <S extends z.ZodType, T>(schema: S, run: (d: z.output<S>, c: { user: SessionUser }) => Promise<T>) =>
  action("user", schema, async () => ({ user: await assertUser() }), run);

/** An administrator. */
export const adminAction = <S extends z.ZodType, T>(schema: S, run: (d: z.output<S>, c: { user: SessionUser }) => Promise<T>) =>
  action("admin", schema, async () => ({ user: await assertAdmin() }), run);

/**
 * A registry the caller manages (owner, joined co-registrant or admin; "owner": not the co-registrant),
 * named by `registryId`, which the wrapper adds to the schema so the id is always bounded.
 */
export const registryAction = <S extends z.ZodObject, T>(
  schema: S,
  run: (d: z.output<WithRegistryId<S>>, c: { user: SessionUser; registry: Registry }) => Promise<T>,
  only?: "owner",
) =>
  action(
    only ?? "registry",
    withRegistryId(schema),
    (d) => {
      const { registryId } = d as { registryId: number }; // TS cannot see through the generic extend
      return only ? assertRegistryOwner(registryId) : assertRegistryAccess(registryId);
    },
    run,
  );
