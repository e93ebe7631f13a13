import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { available, findGuestRegistry } from "@/lib/data/guest";
import { coupleNames, formatDate, formatMoney } from "@/lib/format";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const registry = await findGuestRegistry((await params).slug);
  return { title: registry ? registry.title : "Registry not found", robots: { index: false } };
}

function daysUntil(date: Date | null) {
  if (!date) return null;
  return Math.ceil((date.getTime() - Date.now()) / 86_400_000);
}

export default async function RegistryPage({ params }: Props) {
  const registry = await findGuestRegistry((await params).slug);
  if (!registry) notFound();
  if (registry.visibility === "PRIVATE")
    return (
      <section className="mx-auto max-w-lg py-12 text-center">
        <h1 className="font-serif text-3xl font-bold">{registry.title}</h1>
        <p className="mt-3 text-muted">This registry is private. Please ask {registry.firstName} for the access code.</p>
      </section>
    );
  const days = daysUntil(registry.eventDate);
  const stillNeeded = registry.items.filter((i) => available(i) > 0).length;
  return (
    <article className="space-y-8">
      <header className="rounded-2xl bg-brand-50 px-6 py-8 sm:px-10">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">
          {registry.occasion?.name ?? "Registry"} · #{registry.id}
        </p>
        <h1 className="mt-1 font-serif text-3xl font-bold sm:text-4xl">{registry.title}</h1>
        <p className="mt-2 text-lg">{coupleNames(registry)}</p>
        <p className="mt-1 text-muted">
          {formatDate(registry.eventDate)}
          {days !== null && days >= 0 ? ` · ${days === 0 ? "today!" : `${days} days to go`}` : ""}
          {registry.addrCity ? ` · ${registry.addrCity}` : ""}
        </p>
        {registry.message ? <p className="mt-4 max-w-3xl whitespace-pre-line">{registry.message}</p> : null}
      </header>
      <section aria-labelledby="items-heading">
        <h2 id="items-heading" className="mb-4 font-serif text-2xl font-bold">
          Gifts <span className="text-base font-normal text-muted">({stillNeeded} of {registry.items.length} still needed)</span>
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {registry.items.map((item) => {
            const left = available(item);
            return (
              <li key={item.id} className={`flex flex-col rounded-xl border bg-white p-4 ${left === 0 ? "border-gray-200 opacity-75" : "border-gray-300"}`}>
                {item.imageUrl ? (
                  // Product images are small local SVGs or registrant-supplied URLs: a plain img keeps the page light.
                  // eslint-disable-next-line @next/next/no-img-element
                  <img src={item.imageUrl} alt="" width={320} height={200} loading="lazy" className="mb-3 h-40 w-full rounded-lg bg-gray-50 object-contain" />
                ) : null}
                <h3 className="font-semibold">{item.title}</h3>
                <p className="text-sm text-muted">{[item.colour, item.size].filter(Boolean).join(" · ")}</p>
                {item.priority >= 2 ? <p className="mt-1 text-sm font-semibold text-brand-700">★ Most wanted</p> : null}
                {item.note ? <p className="mt-1 text-sm italic">“{item.note}”</p> : null}
                <div className="mt-auto flex items-end justify-between pt-3">
                  <span className="text-lg font-semibold">{formatMoney(item.priceCents, registry.currency)}</span>
                  <span className={`text-sm font-medium ${left === 0 ? "text-green-800" : ""}`}>
                    {left === 0 ? "Fully purchased — thank you!" : `${left} of ${item.requested} still needed`}
                  </span>
                </div>
              </li>
            );
          })}
        </ul>
      </section>
    </article>
  );
}
