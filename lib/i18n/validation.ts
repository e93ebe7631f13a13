// Zod messages of the guest forms are keys of the "validation" messages (with their values), so ONE
// schema serves the browser and the server and each shows the message in its reader's language.
import type { T } from "./types";

const PREFIX = "v:";

/** A zod message as a key of messages/*.json's "validation" (and its values), resolved where it is shown. */
export function vmsg(key: string, values?: Record<string, string | number>): string {
  return values ? `${PREFIX}${key}:${JSON.stringify(values)}` : `${PREFIX}${key}`;
}

export const isMessageKey = (message: string) => message.startsWith(PREFIX);

/** A message in the reader's language: a vmsg key is translated with `t` ("validation"), other text passes as it is. */
export function resolveMessage(message: string | null | undefined, t: T): string | undefined {
  if (!message) return undefined;
  if (!message.startsWith(PREFIX)) return message;
  const rest = message.slice(PREFIX.length);
  const colon = rest.indexOf(":");
  if (colon < 0) return t(rest);
  try {
    return t(rest.slice(0, colon), JSON.parse(rest.slice(colon + 1)) as Record<string, string | number>);
  } catch {
    return t(rest.slice(0, colon));
  }
}

/** Every field message resolved (the JSON checkout API answers in English). */
export function resolveAll(fieldErrors: Record<string, string>, t: T): Record<string, string> {
  return Object.fromEntries(Object.entries(fieldErrors).map(([k, v]) => [k, resolveMessage(v, t) ?? v]));
}

/**
 * resolveMessage's translator from the root one: "auth.x"-style keys (a namespace and its key, as the
 * registrant and account forms use) as they are, a bare key in "validation" (the guest forms' keys).
 */
export function anyNamespace(root: T): T {
  return (key, values) => root(key.includes(".") ? key : `validation.${key}`, values);
}
