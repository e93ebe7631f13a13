import { getTranslations } from "next-intl/server";
// A registry page's 404 (Next keeps the status and adds noindex). A deactivated registry's guests
// followed a real link, so they get a page that says so; any other slug gets the general page.
import Link from "next/link";
import { headers } from "next/headers";
import { isRetiredRegistry } from "@/lib/data/guest";
import { NotFoundMessage } from "@/components/layout/not-found-message";

export default async function RegistryNotFound() {
  const slug = /^\/r\/([a-z0-9-]{3,60})(?:\/|$)/.exec((await headers()).get("x-request-path") ?? "")?.[1];
  if (!slug || !(await isRetiredRegistry(slug))) return <NotFoundMessage />;
  const t = await getTranslations("notFound");
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t("retiredHeading")}</h1>
      <p className="mt-3 text-muted">{t("retiredText")}</p>
      <Link href="/search" className="mt-6 inline-block font-semibold text-brand-700 underline">
        {t("search")}
      </Link>
    </section>
  );
}
