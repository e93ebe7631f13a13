// The message catalogues, for code outside a request (emails, also run by the email worker script)
// and for i18n/request.ts. Never imported by client code: the client gets just the strings it needs.
import { createTranslator, type AbstractIntlMessages } from "use-intl/core";
import en from "../../messages/en.json";
import es from "../../messages/es.json";
import fr from "../../messages/fr.json";
import de from "../../messages/de.json";
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";
import type { T } from "./types";

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, es, fr, de };

// One translator per language and namespace (at most 4 × the namespaces): each keeps its parsed
// messages, which a new translator per email would parse again on every order (bench scenario 5).
const translators = new Map<string, T>();

/** A translator for one namespace in this language (emails: the registry's language), outside any request. */
export function translator(locale: string, namespace: keyof Messages): T {
  const l = isLocale(locale) ? locale : DEFAULT_LOCALE;
  const key = `${l}:${namespace}`;
  let t = translators.get(key);
  if (!t) {
    t = createTranslator({ locale: l, messages: MESSAGES[l] as AbstractIntlMessages, namespace, timeZone: "UTC" }) as unknown as T;
    translators.set(key, t);
  }
  return t;
}

const roots = new Map<Locale, T>();
/** A translator over every namespace ("auth.signIn"), outside any request: action messages that name their namespace. */
export function rootTranslator(locale: string): T {
  const l = isLocale(locale) ? locale : DEFAULT_LOCALE;
  let t = roots.get(l);
  if (!t)
    roots.set(l, (t = createTranslator({ locale: l, messages: MESSAGES[l] as AbstractIntlMessages, timeZone: "UTC" }) as unknown as T));
  return t;
}
