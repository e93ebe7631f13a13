// Expected failures, kept apart from bugs: actions and APIs turn these into clear messages.
import type { T } from "./i18n/types";
import { msg } from "./i18n/validation";

export class AppError extends Error {
  /** The language of the registry this is about (guest checkout): the JSON API answers in it unless the guest chose one. */
  registryLanguage?: string;
  constructor(
    message: string,
    readonly kind: "validation" | "not_found" | "forbidden" | "conflict" | "unauthenticated" | "rate_limited",
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }

  /** Its texts in the reader's language when it builds them from its own data (`all`: the whole catalogue); null: its message keys are resolved. */
  textIn(all: T): { error: string; fieldErrors?: Record<string, string> } | null {
    void all;
    return null;
  }
}

export const notFound = (what = "Not found") => new AppError(what, "not_found");
export const forbidden = (why = "You are not allowed to do that") => new AppError(why, "forbidden");
export const conflict = (why: string, fieldErrors?: Record<string, string>) => new AppError(why, "conflict", fieldErrors);

/**
 * A money form is sent with the currency it was shown in; if the registry's currency changed since,
 * its amounts mean something else: nothing is saved and the page says so.
 */
export function assertSameCurrency(formCurrency: string, registryCurrency: string) {
  if (formCurrency !== registryCurrency) throw conflict(msg("checkoutErrors.currencyChanged", { currency: registryCurrency }));
}
