import { formatMoney } from "@/lib/format";
import type { T } from "@/lib/i18n/types";
import { GiftPicture } from "@/components/ui/gift-picture";
import { BasketControl } from "./basket";

export type GuestItem = {
  id: number;
  title: string;
  colour: string;
  size: string;
  category: string;
  priceCents: number;
  requested: number;
  available: number;
  priority: number;
  note: string;
  imageUrl: string;
  /** The uploaded photo's hash ("": none). */
  photo: string;
  url: string;
  /** The shop a gift added from a link comes from ("From Shop Name"); "" otherwise. */
  shopName: string;
};

/** Server-rendered card; the basket control comes alive through the page's one inline script. */
export function ItemCard({
  item,
  slug,
  currency,
  lazy,
  photoPrefix,
  t,
  locale,
}: {
  item: GuestItem;
  slug: string;
  currency: string;
  lazy: boolean;
  photoPrefix: string;
  /** The "registry" messages in the guest's language. */
  t: T;
  locale: string;
}) {
  const left = item.available;
  return (
    <li
      className={`flex flex-col rounded-xl border bg-white p-4 ${left === 0 ? "border-gray-200" : "border-gray-300"}`}
      aria-labelledby={`gift-${item.id}`}
    >
      <GiftPicture
        photo={item.photo}
        imageUrl={item.imageUrl}
        title={item.title}
        sizes="224px"
        lazy={lazy}
        prefix={photoPrefix}
        className="mx-auto mb-3 w-full max-w-56"
      />
      <h3 id={`gift-${item.id}`} className="font-semibold">
        {item.title}
      </h3>
      <p className="text-sm text-muted">{[item.colour, item.size, item.category].filter(Boolean).join(" · ")}</p>
      {item.priority >= 2 ? (
        <p className="mt-1 text-sm font-semibold text-brand-700">★ {t("mostWanted")}</p>
      ) : item.priority === 1 ? (
        <p className="mt-1 text-sm font-semibold text-brand-700">{t("highPriority")}</p>
      ) : null}
      {item.note ? <p className="mt-1 text-sm italic">“{item.note}”</p> : null}
      {item.url ? (
        <a href={item.url} rel="noopener noreferrer nofollow" target="_blank" className="mt-1 text-sm text-brand-700 underline">
          {item.shopName ? t("fromShop", { shop: item.shopName }) : t("seeInShop")}
          <span className="sr-only"> {t("newTab")}</span>
        </a>
      ) : null}
      <div className="mt-auto flex items-end justify-between gap-2 pt-3">
        <span className="text-lg font-semibold">{formatMoney(item.priceCents, currency, locale)}</span>
        <span className={`text-sm font-medium ${left === 0 ? "text-green-800" : ""}`}>
          {left === 0 ? t("fullyPurchased") : t("stillNeeded", { left, requested: item.requested })}
        </span>
      </div>
      {left > 0 ? (
        <>
          <BasketControl itemId={item.id} title={item.title} available={left} t={t} />
          {/* A plain link: one per gift, and a client-side Link per card costs the page's render time. */}
          <a href={`/r/${slug}/elsewhere/${item.id}`} className="mt-2 text-sm text-muted underline">
            {t("boughtElsewhere")}
          </a>
        </>
      ) : null}
    </li>
  );
}
