// The guest registry page's view: what a guest sees of one registry, filtered, sorted and paged.
import { preload } from "react-dom";
import { available, type GuestRegistry } from "@/lib/data/guest";
import { guestPhotoPrefix, photoSource } from "@/lib/images/variants";
import { guestItemFilterSchema } from "@/lib/validations/checkout";
import { coupleNames, currencyDigits, daysUntil, formatDate } from "@/lib/format";
import { BasketBar } from "./basket";
import { BasketScript, type BasketStrings } from "./basket-script";
import { getLocale, getTranslations } from "next-intl/server";
import type { T } from "@/lib/i18n/types";
import { ItemCard, type GuestItem } from "./item-card";
import { ItemFilters } from "./item-filters";
import { FundCard } from "./fund-card";
import type { GuestFund } from "@/lib/data/funds";

/** The cover spans the page's column (max-w-6xl less its padding). */
const COVER_SIZES = "(min-width: 1152px) 1120px, calc(100vw - 32px)";

/** Gifts per page: every card is hydrated on the guest's phone; 24 keep Lighthouse at 97+ (docs/performance.md). */
const GIFTS_PER_PAGE = 24;

type Filters = ReturnType<typeof guestItemFilterSchema.parse>;

function sortAndFilter(items: GuestItem[], f: Filters, currency: string) {
  const unit = 10 ** currencyDigits(currency); // the filter's amounts are whole units of the registry's currency
  const out = items.filter(
    (i) =>
      (f.show === "all" || i.available > 0) &&
      (f.min === undefined || i.priceCents >= f.min * unit) &&
      (f.max === undefined || i.priceCents <= f.max * unit) &&
      (!f.category || i.category === f.category),
  );
  if (f.sort === "price-asc") out.sort((a, b) => a.priceCents - b.priceCents);
  if (f.sort === "price-desc") out.sort((a, b) => b.priceCents - a.priceCents);
  return out; // "priority": the query's order (priority, then the registrant's order)
}

/** One registry as a guest sees it, for these query parameters (filters, sort, page). */
export async function RegistryView({
  registry,
  funds,
  chipped = {},
  query,
}: {
  registry: GuestRegistry;
  funds: GuestFund[];
  /** Per group gift: how many guests chipped in toward its next unit. */
  chipped?: Record<number, number>;
  query: Record<string, string | string[] | undefined>;
}) {
  const [locale, t, tf, tb, tfund] = await Promise.all([
    getLocale(),
    getTranslations("registry"),
    getTranslations("filters"),
    getTranslations("basket"),
    getTranslations("fund"),
  ]);
  const filters = guestItemFilterSchema.parse(Object.fromEntries(Object.entries(query).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v])));
  const items: GuestItem[] = registry.items.map((i) => ({
    id: i.id,
    title: i.title,
    colour: i.colour,
    size: i.size,
    category: i.category,
    priceCents: i.priceCents,
    requested: i.requested,
    available: available(i),
    priority: i.priority,
    note: i.note,
    imageUrl: i.imageUrl,
    photo: i.photo,
    url: i.url,
    shopName: i.shopName,
    group: i.groupGift ? { fundedCents: i.fundedCents, people: chipped[i.id] ?? 0 } : null,
  }));
  const matching = sortAndFilter(items, filters, registry.currency);
  const pages = Math.max(1, Math.ceil(matching.length / GIFTS_PER_PAGE));
  const page = Math.min(filters.page, pages);
  const shown = matching.slice((page - 1) * GIFTS_PER_PAGE, page * GIFTS_PER_PAGE);
  const categories = [...new Set(items.map((i) => i.category).filter(Boolean))].sort();
  const needed = items.filter((i) => i.available > 0);
  const prices = Object.fromEntries(needed.map((i) => [i.id, i.priceCents]));
  const days = daysUntil(registry.eventDate);
  const photoPrefix = guestPhotoPrefix(registry);
  const cover = photoSource(registry.coverPhoto, "cover", photoPrefix);
  const couple = photoSource(registry.couplePhoto, "couple", photoPrefix);
  if (cover) preload(cover.src, { as: "image", imageSrcSet: cover.srcSet, imageSizes: COVER_SIZES, fetchPriority: "high" });
  const pageLink = (n: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, page: n > 1 ? n : undefined })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/r/${registry.slug}?${q}`;
  };
  return (
    <>
      <article className="space-y-8">
        <header className="overflow-hidden rounded-2xl bg-brand-50">
          {cover ? (
            // The page's largest element: fetched first, at the size the screen needs.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={cover.src}
              srcSet={cover.srcSet}
              sizes={COVER_SIZES}
              width={cover.width}
              height={cover.height}
              alt={t("coverAlt", { title: registry.title })}
              fetchPriority="high"
              className="aspect-[2/1] w-full object-cover lg:aspect-[5/2]"
            />
          ) : null}
          <div className="flex flex-col gap-4 px-6 py-8 sm:flex-row sm:items-center sm:gap-6 sm:px-10">
            {couple ? (
              // eslint-disable-next-line @next/next/no-img-element
              <img
                src={couple.src}
                srcSet={couple.srcSet}
                sizes="112px"
                width={couple.width}
                height={couple.height}
                alt={t("coupleAlt", { names: coupleNames(registry) })}
                className="h-20 w-20 rounded-full border-4 border-white object-cover shadow-sm sm:h-28 sm:w-28"
              />
            ) : null}
            <div className="min-w-0 flex-1">
              <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
                {registry.occasion?.name ?? t("registry")} · #{registry.id}
              </p>
              <h1 className="mt-1 font-serif text-3xl font-bold sm:text-4xl">{registry.title}</h1>
              <p className="mt-2 text-lg">{coupleNames(registry)}</p>
              <p className="mt-1 text-muted">
                {formatDate(registry.eventDate, locale, t("dateTbd"))}
                {days !== null && days >= 0 ? ` · ${t("daysToGo", { days })}` : ""}
                {registry.addrCity ? ` · ${registry.addrCity}` : ""}
              </p>
              {registry.message ? <p className="mt-4 max-w-3xl whitespace-pre-line">{registry.message}</p> : null}
            </div>
          </div>
        </header>
        {funds.length ? (
          <section aria-labelledby="funds-heading" className="space-y-4">
            <h2 id="funds-heading" className="font-serif text-2xl font-bold">
              {t("cashFunds")}
            </h2>
            <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {funds.map((f) => (
                <FundCard
                  key={f.id}
                  fund={f}
                  slug={registry.slug}
                  currency={registry.currency}
                  photoPrefix={photoPrefix}
                  t={tfund}
                  locale={locale}
                />
              ))}
            </ul>
          </section>
        ) : null}
        <section aria-labelledby="items-heading" className="space-y-4">
          <h2 id="items-heading" className="font-serif text-2xl font-bold">
            {t("gifts")}{" "}
            <span className="text-base font-normal text-muted">({t("neededOfAll", { needed: needed.length, all: items.length })})</span>
          </h2>
          <ItemFilters values={filters} categories={categories} t={tf} />
          {matching.length === 0 ? <p className="text-muted">{t("noMatch")}</p> : null}
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {shown.map((item, i) => (
              // The first row may be in view when the page opens; the rest load as the guest scrolls.
              <ItemCard
                key={item.id}
                item={item}
                slug={registry.slug}
                currency={registry.currency}
                lazy={i >= 3}
                photoPrefix={photoPrefix}
                t={t}
                locale={locale}
              />
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label={t("pagesNav")} className="flex flex-wrap items-center gap-4 text-sm">
              {page > 1 ? (
                <a href={pageLink(page - 1)} className="font-semibold text-brand-700 underline">
                  {t("previousGifts")}
                </a>
              ) : null}
              <span>
                {t("pageOf", {
                  page,
                  pages,
                  first: (page - 1) * GIFTS_PER_PAGE + 1,
                  last: (page - 1) * GIFTS_PER_PAGE + shown.length,
                  total: matching.length,
                })}
              </span>
              {page < pages ? (
                <a href={pageLink(page + 1)} className="font-semibold text-brand-700 underline">
                  {t("moreGifts")}
                </a>
              ) : null}
            </nav>
          ) : null}
        </section>
        <p className="text-sm text-muted">
          {t("somethingWrong")}{" "}
          <a href={`/r/${registry.slug}/report`} className="underline">
            {t("reportIt")}
          </a>
        </p>
      </article>
      <BasketBar slug={registry.slug} prices={prices} t={tb} />
      <BasketScript slug={registry.slug} currency={registry.currency} strings={basketStrings(tb, locale)} />
    </>
  );
}

/** The basket script's few strings, in the guest's language (not the catalogue: the page stays light). */
function basketStrings(t: T, locale: string): BasketStrings {
  return {
    locale,
    add: t("add"),
    update: t("update"),
    inBasket: t("inBasket"),
    barOne: t("barOne"),
    barOther: t("barOther"),
    atLeastOne: t("atLeastOne"),
    onlyNeeded: t("onlyNeeded"),
    upTo: t("upTo"),
    wholeNumber: t("wholeNumber"),
  };
}
