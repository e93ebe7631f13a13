// The guest's language: a plain form posted to /language (app/(public)/language/route.ts), which
// remembers the choice and comes back here. No JavaScript needed.
import { headers } from "next/headers";
import { getLocale, getTranslations } from "next-intl/server";
import { LOCALE_NAMES, LOCALES } from "@/lib/i18n/config";

export async function LanguageChooser() {
  const [t, locale, h] = await Promise.all([getTranslations("layout"), getLocale(), headers()]);
  // proxy.ts sets x-request-path on every page request (never the client's value).
  const back = h.get("x-request-path") ?? "/";
  return (
    <form method="post" action="/language" className="flex flex-wrap items-center gap-2" aria-label={t("languageForm")}>
      <input type="hidden" name="back" value={back} />
      <label htmlFor="language-choice">{t("language")}</label>
      <select
        id="language-choice"
        name="locale"
        defaultValue={locale}
        className="rounded-md border border-gray-400 bg-white px-2 py-1 text-gray-900"
      >
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <button type="submit" className="rounded-md border border-gray-400 bg-white px-3 py-1 font-medium text-gray-900 hover:bg-gray-50">
        {t("changeLanguage")}
      </button>
    </form>
  );
}
