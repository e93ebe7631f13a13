// An expected failure (AppError) in its reader's language: the server action's answer (the page's
// language) and the JSON checkout API (the guest's choice, the registry's language, Accept-Language).
import { AppError } from "../errors";
import { CORRECT_FIELDS } from "../validation-errors";
import { catalogue } from "./messages";
import type { T } from "./types";
import { msg, resolveAll, resolveMessage, validationOf, vmsg } from "./validation";

/** The error's message and field messages in the language of `all` (a translator of the whole catalogue). */
export function localizeError(e: AppError, all: T): { error: string; fieldErrors?: Record<string, string> } {
  return (
    e.textIn(all) ??
    wordedIn({ message: e.message === CORRECT_FIELDS ? vmsg("correctFields") : e.message, fieldErrors: e.fieldErrors }, all)
  );
}

type Keys = { message: string; fieldErrors?: Record<string, string> };

/**
 * A failure worded by message keys (msg/vmsg): its `message` and `fieldErrors` are English (logs,
 * REST and SOAP, tests), and where a person reads it, it is worded again in their language.
 */
export class WordedError extends AppError {
  constructor(
    kind: AppError["kind"],
    readonly keys: Keys,
  ) {
    const en = wordedIn(keys, catalogue("en"));
    super(en.error, kind, en.fieldErrors);
  }

  override textIn(all: T) {
    return wordedIn(this.keys, all);
  }
}

function wordedIn(keys: Keys, all: T) {
  const v = validationOf(all);
  return {
    error: resolveMessage(keys.message, v, all) ?? keys.message,
    fieldErrors: keys.fieldErrors && resolveAll(keys.fieldErrors, v, all),
  };
}

/** A WordedError from one key of any namespace ("checkoutErrors.registryGone") and its values. */
export const worded = (
  kind: AppError["kind"],
  key: string,
  values?: Record<string, string | number>,
  fieldErrors?: Record<string, string>,
) => new WordedError(kind, { message: msg(key, values), fieldErrors });
