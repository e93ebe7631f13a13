// Which of our languages a request gets, from the guest's cookie and Accept-Language (no server-only:
// proxy.ts uses it for the page cache's key, and it is unit-tested).
import { DEFAULT_LOCALE, isLocale, type Locale } from "./config";

/** The best of our languages in an Accept-Language header ("de-CH,de;q=0.9,en;q=0.8" → de); null: none of them. */
export function acceptedLocale(header: string | null | undefined): Locale | null {
  if (!header) return null;
  const ranked = header
    .slice(0, 500)
    .split(",")
    .map((part, i) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { lang: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0, i };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  return ranked.map((x) => x.lang).find(isLocale) ?? null;
}

/** The guest's own choice (cookie), else the registry's language, else the browser's, else English. */
export function pickLocale(o: { cookie?: string | null; registry?: string | null; acceptLanguage?: string | null }): Locale {
  if (isLocale(o.cookie)) return o.cookie;
  if (isLocale(o.registry)) return o.registry;
  return acceptedLocale(o.acceptLanguage) ?? DEFAULT_LOCALE;
}
