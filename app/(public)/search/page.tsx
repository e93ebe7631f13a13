import { getLocale, getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { RegistrySearchForm } from "@/components/registry/search-form";
import { guestSearchSchema } from "@/lib/validations/search";
import { fieldErrorsOf } from "@/lib/validation-errors";
import { guestSearchTerms, searchPublicRegistries } from "@/lib/data/search";
import { coupleNames, formatDate } from "@/lib/format";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("search"))("title") };
}

type Params = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function SearchPage({ searchParams }: { searchParams: Promise<Params> }) {
  const [raw, t, locale] = await Promise.all([searchParams, getTranslations("search"), getLocale()]);
  const values = { name: first(raw.name), email: first(raw.email), number: first(raw.number), date: first(raw.date) };
  const parsed = guestSearchSchema.safeParse({ ...values, externalId: first(raw.externalId), page: first(raw.page) });
  const errors = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const terms = parsed.success ? guestSearchTerms(parsed.data) : null;
  const result = parsed.success && terms ? await searchPublicRegistries(terms, parsed.data.page) : null;

  const pageLink = (page: number) => {
    const q = new URLSearchParams(
      Object.entries({ ...values, externalId: first(raw.externalId), page: String(page) }).filter(([, v]) => v) as [string, string][],
    );
    return `/search?${q}`;
  };

  return (
    <div className="space-y-8">
      <section className="rounded-xl border border-gray-200 bg-white p-6 shadow-sm">
        <h1 className="mb-4 font-serif text-3xl font-bold">{t("title")}</h1>
        <RegistrySearchForm values={values} errors={errors} />
      </section>
      {result ? (
        <section aria-labelledby="results-heading" aria-live="polite">
          <h2 id="results-heading" className="mb-3 text-lg font-semibold">
            {result.total === 0
              ? t("noResults")
              : result.capped
                ? t("foundMore", { count: result.total })
                : t("found", { count: result.total })}
          </h2>
          {result.total === 0 ? (
            <p className="text-muted">{t("noResultsHint")}</p>
          ) : (
            <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white">
              {result.rows.map((r) => (
                <li key={r.id}>
                  <Link href={`/r/${r.slug}`} className="flex flex-wrap items-baseline justify-between gap-2 px-5 py-4 hover:bg-brand-50">
                    <span>
                      <span className="block text-lg font-semibold text-brand-700 underline-offset-2 hover:underline">{r.title}</span>
                      <span className="block text-sm text-muted">
                        {coupleNames(r)} · {r.occasion?.name ?? t("registry")} · #{r.id}
                      </span>
                    </span>
                    <span className="text-sm text-muted">
                      {formatDate(r.eventDate, locale, t("dateTbd"))}
                      {r.addrCity ? ` · ${r.addrCity}${r.addrState ? `, ${r.addrState}` : ""}` : ""}
                    </span>
                  </Link>
                </li>
              ))}
            </ul>
          )}
          {result.pages > 1 ? (
            <nav aria-label={t("pagination")} className="mt-4 flex items-center gap-4 text-sm">
              {result.page > 1 ? (
                <Link href={pageLink(result.page - 1)} className="font-semibold text-brand-700 underline">
                  {t("previous")}
                </Link>
              ) : null}
              <span>{result.capped ? t("page", { page: result.page }) : t("pageOf", { page: result.page, pages: result.pages })}</span>
              {result.page < result.pages ? (
                <Link href={pageLink(result.page + 1)} className="font-semibold text-brand-700 underline">
                  {t("next")}
                </Link>
              ) : null}
            </nav>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
