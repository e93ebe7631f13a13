import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { available, findGuestRegistry } from "@/lib/data/guest";
import { canView } from "@/lib/guest-gate";
import { guestItemFilterSchema } from "@/lib/validations/checkout";
import { coupleNames, daysUntil, formatDate } from "@/lib/format";
import { BasketBar, BasketProvider } from "@/components/guest/basket";
import { ItemCard, type GuestItem } from "@/components/guest/item-card";
import { ItemFilters } from "@/components/guest/item-filters";


/** Gifts per page: a 500-gift registry in one page was 1.3 MB of HTML and RSC payload per view. */
const GIFTS_PER_PAGE = 60;

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const registry = await findGuestRegistry((await params).slug);
  return { title: registry ? registry.title : "Registry not found", robots: { index: false } };
}

function sortAndFilter(items: GuestItem[], f: ReturnType<typeof guestItemFilterSchema.parse>) {
  const out = items.filter(
    (i) =>
      (f.show === "all" || i.available > 0) &&
      (f.min === undefined || i.priceCents >= f.min * 100) &&
      (f.max === undefined || i.priceCents <= f.max * 100) &&
      (!f.category || i.category === f.category),
  );
  if (f.sort === "price-asc") out.sort((a, b) => a.priceCents - b.priceCents);
  if (f.sort === "price-desc") out.sort((a, b) => b.priceCents - a.priceCents);
  return out; // "priority": the query's order (priority, then the registrant's order)
}

export default async function RegistryPage({ params, searchParams }: Props) {
  const [{ slug }, raw] = await Promise.all([params, searchParams]);
  const registry = await findGuestRegistry(slug);
  if (!registry) notFound();
  // The access form lives on its own route, so its form and validation libraries never load here.
  if (!(await canView(registry))) redirect(`/r/${registry.slug}/access`);

  const filters = guestItemFilterSchema.parse(raw);
  const items: GuestItem[] = registry.items.map((i) => ({ ...i, available: available(i) }));
  const matching = sortAndFilter(items, filters);
  const pages = Math.max(1, Math.ceil(matching.length / GIFTS_PER_PAGE));
  const page = Math.min(filters.page, pages);
  const shown = matching.slice((page - 1) * GIFTS_PER_PAGE, page * GIFTS_PER_PAGE);
  const pageLink = (n: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...filters, page: n > 1 ? n : undefined })) if (v !== undefined && v !== "") q.set(k, String(v));
    return `/r/${registry.slug}?${q}`;
  };
  const stillNeeded = items.filter((i) => i.available > 0).length;
  const categories = [...new Set(items.map((i) => i.category).filter(Boolean))].sort();
  const days = daysUntil(registry.eventDate);
  const prices = Object.fromEntries(items.filter((i) => i.available > 0).map((i) => [i.id, i.priceCents]));

  return (
    <BasketProvider slug={registry.slug}>
      <article className="space-y-8">
        <header className="rounded-2xl bg-brand-50 px-6 py-8 sm:px-10">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
            {registry.occasion?.name ?? "Registry"} · #{registry.id}
          </p>
          <h1 className="mt-1 font-serif text-3xl font-bold sm:text-4xl">{registry.title}</h1>
          <p className="mt-2 text-lg">{coupleNames(registry)}</p>
          <p className="mt-1 text-muted">
            {formatDate(registry.eventDate)}
            {days !== null && days >= 0 ? ` · ${days === 0 ? "today!" : `${days} ${days === 1 ? "day" : "days"} to go`}` : ""}
            {registry.addrCity ? ` · ${registry.addrCity}` : ""}
          </p>
          {registry.message ? <p className="mt-4 max-w-3xl whitespace-pre-line">{registry.message}</p> : null}
        </header>
        <section aria-labelledby="items-heading" className="space-y-4">
          <h2 id="items-heading" className="font-serif text-2xl font-bold">
            Gifts <span className="text-base font-normal text-muted">({stillNeeded} of {items.length} still needed)</span>
          </h2>
          <ItemFilters values={filters} categories={categories} />
          {matching.length === 0 ? <p className="text-muted">No gifts match these filters.</p> : null}
          <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {shown.map((item) => (
              <ItemCard key={item.id} item={item} slug={registry.slug} currency={registry.currency} />
            ))}
          </ul>
          {pages > 1 ? (
            <nav aria-label="Gift pages" className="flex flex-wrap items-center gap-4 text-sm">
              {page > 1 ? <Link href={pageLink(page - 1)} className="font-semibold text-brand-700 underline">Previous gifts</Link> : null}
              <span>
                Page {page} of {pages} · gifts {(page - 1) * GIFTS_PER_PAGE + 1}–{(page - 1) * GIFTS_PER_PAGE + shown.length} of {matching.length}
              </span>
              {page < pages ? <Link href={pageLink(page + 1)} className="font-semibold text-brand-700 underline">More gifts</Link> : null}
            </nav>
          ) : null}
        </section>
        <p className="text-sm text-muted">
          Something wrong with this registry?{" "}
          <Link href={`/r/${registry.slug}/report`} className="underline">
            Report it
          </Link>
        </p>
      </article>
      <BasketBar slug={registry.slug} prices={prices} currency={registry.currency} />
    </BasketProvider>
  );
}
