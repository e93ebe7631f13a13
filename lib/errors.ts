// Expected failures, kept apart from bugs: actions and APIs turn these into clear messages.
export class AppError extends Error {
  constructor(
    message: string,
    readonly kind: "validation" | "not_found" | "forbidden" | "conflict" | "unauthenticated" | "rate_limited",
    readonly fieldErrors?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
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
  if (formCurrency !== registryCurrency)
    throw conflict(`This registry's prices are now in ${registryCurrency}. Reload the page and enter the amount again.`);
}
