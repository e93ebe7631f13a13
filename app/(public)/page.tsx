import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { RegistrySearchForm } from "@/components/registry/search-form";
import { LinkButton } from "@/components/ui/button";

export default async function HomePage() {
  const t = await getTranslations("home");
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-brand-50 px-6 py-10 sm:px-10">
        <h1 className="max-w-2xl font-serif text-4xl font-bold leading-tight sm:text-5xl">{t("heading")}</h1>
        <p className="mt-4 max-w-2xl text-lg text-muted">{t("intro")}</p>
        <div className="mt-6 flex flex-wrap gap-3">
          <LinkButton href="/dashboard/registries/new">{t("create")}</LinkButton>
          <LinkButton href="/search" variant="secondary">
            {t("find")}
          </LinkButton>
        </div>
      </section>

      <section aria-labelledby="find-heading" className="rounded-xl border border-gray-200 bg-white p-6 shadow-sm">
        <h2 id="find-heading" className="mb-4 font-serif text-2xl font-bold">
          {t("findHeading")}
        </h2>
        <RegistrySearchForm />
      </section>

      <section aria-labelledby="how-heading">
        <h2 id="how-heading" className="mb-4 font-serif text-2xl font-bold">
          {t("howHeading")}
        </h2>
        <ol className="grid gap-4 sm:grid-cols-3">
          {[
            [t("step1Title"), t("step1Text")],
            [t("step2Title"), t("step2Text")],
            [t("step3Title"), t("step3Text")],
          ].map(([title, text], i) => (
            <li key={title} className="rounded-xl border border-gray-200 bg-white p-5">
              <p className="text-sm font-semibold text-brand-700">{t("step", { n: i + 1 })}</p>
              <h3 className="mt-1 text-lg font-semibold">{title}</h3>
              <p className="mt-1 text-muted">{text}</p>
            </li>
          ))}
        </ol>
        <p className="mt-6 text-sm text-muted">
          {t.rich("signInLine", {
            link: (chunks) => (
              <Link href="/sign-in" className="font-semibold text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      </section>
    </div>
  );
}
