import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function Forbidden() {
  const t = await getTranslations("errorPage");
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t("forbiddenHeading")}</h1>
      <p className="mt-3 text-muted">{t("forbiddenText")}</p>
      <Link href="/dashboard" className="mt-6 inline-block font-semibold text-brand-700 underline">
        {t("myRegistries")}
      </Link>
    </section>
  );
}
