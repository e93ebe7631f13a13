// Zod messages of the guest forms are keys of the "validation" messages (with their values), so ONE
// schema serves the browser and the server and each shows the message in its reader's language.
// Server messages of other areas (checkout conflicts, admin) are keys of any namespace (`msg`).
import type { Formats, T } from "./types";

const PREFIX = "v:";
const ANY = "m:";

/** A zod message as a key of messages/*.json's "validation" (and its values), resolved where it is shown. */
export function vmsg(key: string, values?: Record<string, string | number>): string {
  return values ? `${PREFIX}${key}:${JSON.stringify(values)}` : `${PREFIX}${key}`;
}

/** A message as a full key ("checkoutErrors.registryGone", "adminValidation.enterName"), resolved where it is shown. */
export function msg(key: string, values?: Record<string, string | number>): string {
  return values ? `${ANY}${key}:${JSON.stringify(values)}` : `${ANY}${key}`;
}

export const isMessageKey = (message: string) => message.startsWith(PREFIX) || message.startsWith(ANY);

function keyAndValues(rest: string): [string, Record<string, string | number> | undefined] {
  const colon = rest.indexOf(":");
  if (colon < 0) return [rest, undefined];
  try {
    return [rest.slice(0, colon), JSON.parse(rest.slice(colon + 1)) as Record<string, string | number>];
  } catch {
    return [rest.slice(0, colon), undefined];
  }
}

/**
 * A message in the reader's language: a vmsg key is translated with `t` ("validation"), a msg key
 * with `all` (the whole catalogue; without it, `t` is taken to be that), other text passes as it is.
 */
export function resolveMessage(message: string | null | undefined, t: T, all?: T): string | undefined {
  if (!message) return undefined;
  if (message.startsWith(ANY)) {
    const [key, values] = keyAndValues(message.slice(ANY.length));
    return (all ?? t)(key, values, moneyFormat(values));
  }
  if (!message.startsWith(PREFIX)) return message;
  const [key, values] = keyAndValues(message.slice(PREFIX.length));
  return t(key, values, moneyFormat(values));
}

/**
 * Amounts inside a sentence ("Only {rest, number, money} is left") are numbers in major units with the
 * registry's `currency` among the values, so each reader sees them written their language's way.
 */
export function moneyFormat(values: Record<string, string | number> | undefined): Formats | undefined {
  const currency = values?.currency;
  return typeof currency === "string" && /^[A-Z]{3}$/.test(currency) ? { number: { money: { style: "currency", currency } } } : undefined;
}

/** Every field message resolved. */
export function resolveAll(fieldErrors: Record<string, string>, t: T, all?: T): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, resolveMessage(v, t, all) ?? v]));
}

/**
 * The whole catalogue's translator as vmsg keys need it: a bare key is one of "validation" (the guest
 * forms'), a key naming its namespace ("formErrors.passwordsDiffer") is taken as it is.
 */
export const validationOf =
  (all: T): T =>
  (key, values, formats) =>
    all(key.includes(".") ? key : `validation.${key}`, values, formats);
