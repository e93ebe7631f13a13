"use client";
// The basket's behaviour in the browser: the stored basket (the checkout page reads it too) and the
// registry page's controls, whose markup is server-rendered by basket.tsx.
import { useEffect } from "react";

type Basket = Record<number, number>;

export function readBasket(slug: string): Basket {
  try {
    return JSON.parse(sessionStorage.getItem(`basket:${slug}`) ?? "{}") as Basket;
  } catch {
    return {};
  }
}

/** A typed quantity within 1..max (max: what is still needed, at most 99), and why it was changed if it was. */
export function clampQuantity(typed: string, max: number): { qty: number; why: string } {
  const n = Number(typed);
  if (typed.trim() === "" || !Number.isFinite(n) || n < 1) return { qty: 1, why: "Enter at least 1" };
  if (n > max) return { qty: max, why: max < 99 ? `Only ${max} still needed` : `Up to ${max} at a time` };
  if (!Number.isInteger(n)) return { qty: Math.floor(n), why: "Enter a whole number" };
  return { qty: n, why: "" };
}

/** Wires the page's basket controls and bar to the stored basket; returns the undo (unmount). */
function enhanceBasket(slug: string, currency: string) {
  const key = `basket:${slug}`;
  const stop = new AbortController();
  const on = { signal: stop.signal };
  const bar = document.getElementById("basket-bar");
  const prices: Record<string, number> = JSON.parse(bar?.dataset.prices || "{}");
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency });
  // Prices are in the currency's minor unit (lib/format.ts): yen have none, dinars three.
  const scale = 10 ** (money.resolvedOptions().maximumFractionDigits ?? 2);
  const controls = Array.from(document.querySelectorAll<HTMLElement>("[data-basket-item]"));

  function render() {
    const basket = readBasket(slug);
    for (const control of controls) {
      const n = basket[Number(control.dataset.basketItem)] || 0;
      const button = control.querySelector("button")!;
      button.textContent = n ? "Update basket" : "Add to basket";
      button.disabled = false;
      const note = control.querySelector<HTMLElement>("[data-in-basket]")!;
      note.textContent = n ? `${n} in basket` : "";
      note.hidden = !n;
    }
    let units = 0;
    let total = 0;
    for (const [id, n] of Object.entries(basket)) {
      if (!(id in prices)) continue;
      units += n;
      total += n * prices[id];
    }
    if (!bar) return;
    bar.hidden = units === 0;
    bar.querySelector("p")!.textContent = units
      ? `${units} ${units === 1 ? "gift" : "gifts"} in your basket · ${money.format(total / scale)}`
      : "";
  }

  for (const control of controls) {
    control.querySelector("button")!.addEventListener(
      "click",
      () => {
        const input = control.querySelector("input")!;
        const { qty, why } = clampQuantity(input.value, Number(control.dataset.max) || 1);
        // Clamped, never silently: the field shows what went in the basket and the note says why.
        input.value = String(qty);
        control.querySelector<HTMLElement>("[data-qty-note]")!.textContent = why;
        const basket = readBasket(slug);
        basket[Number(control.dataset.basketItem)] = qty;
        sessionStorage.setItem(key, JSON.stringify(basket));
        render();
      },
      on,
    );
  }
  // Back from checkout (or another tab's change): the page may come from the back-forward cache.
  addEventListener("pageshow", render, on);
  render();
  return () => stop.abort();
}

/** The registry page's basket behaviour, as a client component that renders nothing of its own. */
export function BasketScript({ slug, currency }: { slug: string; currency: string }) {
  useEffect(() => enhanceBasket(slug, currency), [slug, currency]);
  return null;
}
