"use client";
// The gift basket for one registry, kept in sessionStorage so it survives page loads in this tab.
import Link from "next/link";
import { createContext, useCallback, useContext, useEffect, useMemo, useState } from "react";

type Basket = Record<number, number>;
type Ctx = { basket: Basket; set: (itemId: number, qty: number) => void; clear: () => void; ready: boolean };
const BasketContext = createContext<Ctx | null>(null);
const key = (slug: string) => `basket:${slug}`;

export function readBasket(slug: string): Basket {
  try {
    return JSON.parse(sessionStorage.getItem(key(slug)) ?? "{}") as Basket;
  } catch {
    return {};
  }
}

export function BasketProvider({ slug, children }: { slug: string; children: React.ReactNode }) {
  const [basket, setBasket] = useState<Basket>({});
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // sessionStorage exists only in the browser: load after hydration.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setBasket(readBasket(slug));
    setReady(true);
  }, [slug]);
  const save = useCallback((next: Basket) => {
    sessionStorage.setItem(key(slug), JSON.stringify(next));
    setBasket(next);
  }, [slug]);
  const value = useMemo<Ctx>(
    () => ({
      basket,
      ready,
      set: (itemId, qty) => {
        const next = { ...basket };
        if (qty > 0) next[itemId] = qty;
        else delete next[itemId];
        save(next);
      },
      clear: () => save({}),
    }),
    [basket, ready, save],
  );
  return <BasketContext.Provider value={value}>{children}</BasketContext.Provider>;
}

export function useBasket() {
  const ctx = useContext(BasketContext);
  if (!ctx) throw new Error("useBasket outside BasketProvider");
  return ctx;
}

export function AddToBasket({ itemId, title, available }: { itemId: number; title: string; available: number }) {
  const { basket, set, ready } = useBasket();
  const inBasket = basket[itemId] ?? 0;
  const [qty, setQty] = useState("1");
  const max = Math.min(available, 99);
  const id = `qty-${itemId}`;
  return (
    <div className="mt-3 flex flex-wrap items-end gap-2">
      <div>
        <label htmlFor={id} className="block text-xs font-medium">
          Quantity
        </label>
        {/* A number field, not a select: a list of up to 99 options per gift made a 500-gift page weigh megabytes. */}
        <input
          id={id}
          type="number"
          inputMode="numeric"
          min={1}
          max={max}
          value={qty}
          onChange={(e) => setQty(e.target.value)}
          className="w-20 rounded-md border border-gray-400 px-2 py-2"
          aria-label={`Quantity of ${title}`}
        />
      </div>
      <button type="button" disabled={!ready} onClick={() => set(itemId, Math.min(max, Math.max(1, Math.floor(Number(qty)) || 1)))} className="min-h-10 rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60" aria-label={`Add ${title} to basket`}>
        {inBasket ? "Update basket" : "Add to basket"}
      </button>
      {inBasket ? <span className="text-sm text-green-800">{inBasket} in basket</span> : null}
    </div>
  );
}

export function BasketBar({ slug, prices, currency }: { slug: string; prices: Record<number, number>; currency: string }) {
  const { basket } = useBasket();
  const entries = Object.entries(basket).filter(([id]) => Number(id) in prices);
  if (entries.length === 0) return null;
  const units = entries.reduce((s, [, q]) => s + q, 0);
  const total = entries.reduce((s, [id, q]) => s + q * prices[Number(id)], 0);
  return (
    <div className="sticky bottom-0 z-10 -mx-4 border-t border-gray-200 bg-white/95 px-4 py-3 shadow-[0_-2px_8px_rgba(0,0,0,0.06)]" role="region" aria-label="Gift basket">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3">
        <p className="font-medium" aria-live="polite">
          {units} {units === 1 ? "gift" : "gifts"} in your basket · {(total / 100).toLocaleString("en-US", { style: "currency", currency })}
        </p>
        <Link href={`/r/${slug}/checkout`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Checkout
        </Link>
      </div>
    </div>
  );
}
