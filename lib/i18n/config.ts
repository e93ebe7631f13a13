// The languages the guest journey speaks, shared by server and client code (no server-only imports).
export const LOCALES = ["en", "es", "fr", "de"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";
export const isLocale = (v: unknown): v is Locale => (LOCALES as readonly unknown[]).includes(v);

/** Each language in its own words, for the chooser and the registry settings. */
export const LOCALE_NAMES: Record<Locale, string> = { en: "English", es: "Español", fr: "Français", de: "Deutsch" };

/** The guest's own choice (the language chooser), remembered for a year. */
export const LOCALE_COOKIE = "locale";
