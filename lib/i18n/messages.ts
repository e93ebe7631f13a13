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

/** A translator for one namespace in this language (emails: the registry's language), outside any request. */
export function translator(locale: string, namespace: keyof Messages): T {
  const l = isLocale(locale) ? locale : DEFAULT_LOCALE;
  return createTranslator({ locale: l, messages: MESSAGES[l] as AbstractIntlMessages, namespace, timeZone: "UTC" }) as unknown as T;
}
