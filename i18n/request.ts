// next-intl's per-request configuration (wired by next.config.js). No locale in the URL: see lib/i18n/server.ts.
import { getRequestConfig } from "next-intl/server";
import { isLocale } from "@/lib/i18n/config";
import { MESSAGES } from "@/lib/i18n/messages";
import { requestLocale } from "@/lib/i18n/server";

export default getRequestConfig(async ({ locale: asked }) => {
  const locale = isLocale(asked) ? asked : await requestLocale();
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});
