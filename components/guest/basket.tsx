// The gift basket for one registry, kept in sessionStorage (`basket:{slug}`) so it survives page
// loads in this tab. Its controls on the registry page are server-rendered markup (plain elements
// hydrate cheaply, which keeps a page of gifts light on a phone); BasketScript (basket-script.tsx)
// brings them to life, and they stay disabled until it has run.

import type { T } from "@/lib/i18n/types";

/** One gift's quantity and add button; enhanceBasket wires it up. */
export function BasketControl({ itemId, title, available, t }: { itemId: number; title: string; available: number; t: T }) {
  const max = Math.min(available, 99);
  const id = `qty-${itemId}`;
  return (
    <div className="mt-3" data-basket-item={itemId} data-max={max}>
      <div className="flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor={id} className="block text-xs font-medium">
            {t("quantity")}
          </label>
          {/* A number field, not a select: a list of up to 99 options per gift made a 500-gift page weigh megabytes. */}
          <input
            id={id}
            type="number"
            inputMode="numeric"
            min={1}
            max={max}
            defaultValue="1"
            className="w-20 rounded-md border border-gray-400 px-2 py-2"
            aria-label={t("quantityOf", { title })}
            aria-describedby={`${id}-note`}
          />
        </div>
        <button
          type="button"
          disabled
          className="min-h-10 rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
          aria-label={t("addTitle", { title })}
        >
          {t("add")}
        </button>
        <span className="text-sm text-green-800" data-in-basket hidden />
      </div>
      {/* Why a typed quantity was changed; present (empty, no height) from the start so screen readers announce it. */}
      <p id={`${id}-note`} className="mt-1 text-sm font-medium text-amber-900 empty:mt-0" aria-live="polite" data-qty-note />
    </div>
  );
}

/** The sticky basket summary; hidden until the basket holds a gift still needed here. */
export function BasketBar({ slug, prices, t }: { slug: string; prices: Record<number, number>; t: T }) {
  return (
    <div
      id="basket-bar"
      data-prices={JSON.stringify(prices)}
      hidden
      className="sticky bottom-0 z-10 -mx-4 border-t border-gray-200 bg-white/95 px-4 py-3 shadow-[0_-2px_8px_rgba(0,0,0,0.06)]"
      role="region"
      aria-label={t("basket")}
    >
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3">
        <p className="font-medium" aria-live="polite" />
        <a href={`/r/${slug}/checkout`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          {t("checkout")}
        </a>
      </div>
    </div>
  );
}
