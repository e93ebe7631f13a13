import "server-only";
// The language of this request: the guest's chooser cookie, else (on a registry's pages) the
// registry's language, else Accept-Language, else English. i18n/request.ts hands it to next-intl;
// lib/page-cache.ts keys cached pages by the same inputs.
import { cache } from "react";
import { cookies, headers } from "next/headers";
import { prisma } from "../db";
import { LOCALE_COOKIE, isLocale } from "./config";
import { pickLocale } from "./negotiate";

/** /r/{slug} and its sub-pages; proxy.ts sets x-request-path on every page request (never the client's). */
const REGISTRY_PATH = /^\/r\/([a-z0-9-]{3,60})(?:\/|$)/;

export const requestLocale = cache(async () => {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const cookie = jar.get(LOCALE_COOKIE)?.value;
  const slug = REGISTRY_PATH.exec(h.get("x-request-path") ?? "")?.[1];
  const registry =
    slug && !isLocale(cookie)
      ? ((await prisma.registry.findFirst({ where: { slug }, select: { language: true } }))?.language ?? null)
      : null;
  return pickLocale({ cookie, registry, acceptLanguage: h.get("accept-language") });
});
