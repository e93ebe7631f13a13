import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { CATALOG_PAGE_SIZE, catalogCategories, searchCatalog } from "@/lib/data/registry-items";
import { formatMoney } from "@/lib/format";
import { CATALOG_CURRENCY } from "@/lib/validations/registry";
import { categoryPicture } from "@/lib/pictures";
import { CatalogPicker } from "./catalog-picker";

type Registry = { id: number; currency: string; occasion: { name: string; catalogCategories: string } | null };

/** What the catalog shows: the occasion's categories first, everything, or one category. */
export function catalogView(registry: Registry, q: string, cat: string) {
  const suggested = (registry.occasion?.catalogCategories ?? "")
    .split(",")
    .map((c) => c.trim())
    .filter(Boolean);
  if (cat && cat !== "all") return { view: cat, categories: [cat] };
  if (cat === "all" || q || !suggested.length) return { view: "all", categories: null };
  return { view: "suggested", categories: suggested };
}

/** The `page` search parameter: a page number, anything else is the first page. */
export function catalogPage(raw: string) {
  const n = /^\d{1,4}$/.test(raw) ? Number(raw) : 1;
  return Math.max(1, n);
}

/**
 * Browse the catalog by category (links, so it works without JavaScript) or search it; a registry
 * opens on the categories that fit its occasion (Occasion.catalogCategories, set by admins).
 */
export async function CatalogSection({ registry, q, cat, page }: { registry: Registry; q: string; cat: string; page: number }) {
  const { view, categories } = catalogView(registry, q, cat.slice(0, 80));
  const [all, found, t, locale] = await Promise.all([
    catalogCategories(),
    searchCatalog(q.slice(0, 100), categories, page),
    getTranslations("catalog"),
    getLocale(),
  ]);
  const { products } = found;
  const occasion = registry.occasion?.catalogCategories ? registry.occasion.name.toLowerCase() : null;
  const here = `/dashboard/registries/${registry.id}`;
  const pageHref = (n: number) => {
    const params = new URLSearchParams({ ...(q ? { q } : {}), ...(cat ? { cat } : {}), page: String(n) });
    return `${here}?${params}#catalog-heading`;
  };
  const tabs: { key: string; label: string; picture?: string }[] = [
    ...(occasion ? [{ key: "suggested", label: t("forOccasion", { occasion }) }] : []),
    { key: "all", label: t("everything") },
    ...all.map((c) => ({ key: c, label: c, picture: categoryPicture(c) })),
  ];
  return (
    <section aria-labelledby="catalog-heading" className="min-w-0 space-y-4 rounded-xl border border-gray-200 bg-white p-5">
      <h2 id="catalog-heading" className="text-lg font-semibold">
        {t("heading")}
      </h2>
      <form method="get" action={`${here}#catalog-heading`} role="search" aria-label={t("searchLabel")} className="flex gap-2">
        <label htmlFor="catalog-q" className="sr-only">
          {t("searchBy")}
        </label>
        <input
          id="catalog-q"
          name="q"
          defaultValue={q}
          placeholder={t("placeholder")}
          className="min-w-0 flex-1 rounded-md border border-gray-400 px-3 py-2"
        />
        <button type="submit" className="rounded-md border border-gray-300 px-4 py-2 font-semibold">
          {t("search")}
        </button>
      </form>
      <nav aria-label={t("categories")}>
        <ul className="-mx-1 flex gap-2 overflow-x-auto px-1 pb-1 max-sm:[mask-image:linear-gradient(to_right,#000_80%,transparent)] sm:flex-wrap">
          {tabs.map((t) => {
            const current = !q && t.key === view;
            return (
              <li key={t.key} className="shrink-0">
                <Link
                  href={t.key === "suggested" ? `${here}#catalog-heading` : `${here}?cat=${encodeURIComponent(t.key)}#catalog-heading`}
                  scroll={false}
                  aria-current={current ? "page" : undefined}
                  className={`flex items-center gap-2 rounded-full border px-3 py-1.5 text-sm font-medium ${
                    current ? "border-brand-700 bg-brand-700 text-white" : "border-gray-300 bg-white text-gray-800 hover:border-brand-600"
                  }`}
                >
                  {t.picture ? (
                    // eslint-disable-next-line @next/next/no-img-element
                    <img src={t.picture} alt="" width={20} height={20} className="h-5 w-5 rounded-full" />
                  ) : null}
                  {t.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      {q ? (
        <p className="text-sm text-muted">
          {t("resultsFor", { q })}{" "}
          <Link href={`${here}#catalog-heading`} scroll={false} className="underline">
            {t("clear")}
          </Link>
        </p>
      ) : null}
      {found.total === 0 ? null : (
        <p className="text-sm text-muted" aria-live="polite">
          {found.pages > 1
            ? t("showing", {
                from: (found.page - 1) * CATALOG_PAGE_SIZE + 1,
                to: (found.page - 1) * CATALOG_PAGE_SIZE + products.length,
                total: found.total,
              })
            : t("count", { total: found.total })}
        </p>
      )}
      <CatalogPicker
        registryId={registry.id}
        currency={registry.currency}
        products={products.map((p) => ({
          id: p.id,
          name: p.name,
          priceLabel:
            registry.currency === CATALOG_CURRENCY
              ? formatMoney(p.priceCents, CATALOG_CURRENCY, locale)
              : t("catalogPrice", { price: formatMoney(p.priceCents, CATALOG_CURRENCY, locale) }),
          colour: p.colour,
          size: p.size,
          picture: p.imageUrl || categoryPicture(p.category),
        }))}
      />
      {found.pages > 1 ? (
        <nav aria-label={t("pages")} className="flex items-center justify-between gap-3 text-sm">
          {found.page > 1 ? (
            <Link href={pageHref(found.page - 1)} scroll={false} className="rounded-md border border-gray-300 px-3 py-2 font-semibold">
              {t("previous")}
            </Link>
          ) : (
            <span />
          )}
          <span className="text-muted">{t("pageOf", { page: found.page, pages: found.pages })}</span>
          {found.page < found.pages ? (
            <Link href={pageHref(found.page + 1)} scroll={false} className="rounded-md border border-gray-300 px-3 py-2 font-semibold">
              {t("next")}
            </Link>
          ) : (
            <span />
          )}
        </nav>
      ) : null}
    </section>
  );
}
