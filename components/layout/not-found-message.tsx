import { getTranslations } from "next-intl/server";
import Link from "next/link";

/** What a missing page or registry shows, in either router. */
export async function NotFoundMessage() {
  const t = await getTranslations("notFound");
  return (
    <section className="mx-auto max-w-lg py-16 text-center">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <p className="mt-3 text-muted">{t("text")}</p>
      <Link href="/search" className="mt-6 inline-block font-semibold text-brand-700 underline">
        {t("find")}
      </Link>
    </section>
  );
}
