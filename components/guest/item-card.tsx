import { formatMoney } from "@/lib/format";
import type { T } from "@/lib/i18n/types";
import { GiftPicture } from "@/components/ui/gift-picture";
import { buttonClass } from "@/components/ui/button";
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
  /** A group gift: money toward the next unit and how many guests gave it (null: a normal gift). */
  group: { fundedCents: number; people: number } | null;
};

/** "$320.00 of $800.00 covered" and the bar's percentage, for a group gift's next unit. */
export function groupProgress(g: { fundedCents: number }, priceCents: number, currency: string, t: T, locale: string) {
  const pct = priceCents > 0 ? Math.min(100, Math.floor((g.fundedCents / priceCents) * 100)) : 0;
  const money = (minor: number) => formatMoney(minor, currency, locale);
  return { text: t("groupCovered", { funded: money(g.fundedCents), price: money(priceCents) }), pct };
}

/** "3 people chipped in", in the "registry" messages' language. */
export const peopleLine = (n: number, t: T) => t("groupPeople", { count: n });

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
      {item.group ? <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("groupGift")}</p> : null}
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
      {item.group && left > 0 ? (
        <GroupProgress item={item} group={item.group} slug={slug} currency={currency} t={t} locale={locale} />
      ) : left > 0 ? (
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

/** A group gift's card foot: how much of the next unit is covered, who chipped in, and the way to give. */
function GroupProgress({
  item,
  group,
  slug,
  currency,
  t,
  locale,
}: {
  item: GuestItem;
  group: NonNullable<GuestItem["group"]>;
  slug: string;
  currency: string;
  t: T;
  locale: string;
}) {
  const { text, pct } = groupProgress(group, item.priceCents, currency, t, locale);
  return (
    <div className="mt-2">
      <p className="text-sm font-medium">{text}</p>
      <div
        className="mt-1 h-2.5 rounded-full bg-gray-200"
        role="progressbar"
        aria-valuenow={pct}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={t("groupCoveredSoFar", { title: item.title })}
      >
        <div className="h-2.5 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
      {group.people ? <p className="mt-1 text-sm text-muted">{peopleLine(group.people, t)}</p> : null}
      <a href={`/r/${slug}/gift/${item.id}`} className={buttonClass("primary", "mt-3 w-full")}>
        {t("chipIn")}
        <span className="sr-only"> {t("chipInToward", { title: item.title })}</span>
      </a>
    </div>
  );
}
