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

/** Wires the page's basket controls and bar to the stored basket; returns the undo (unmount). */
function enhanceBasket(slug: string, currency: string) {
  const key = `basket:${slug}`;
  const stop = new AbortController();
  const on = { signal: stop.signal };
  const bar = document.getElementById("basket-bar");
  const prices: Record<string, number> = JSON.parse(bar?.dataset.prices || "{}");
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency });
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
      ? `${units} ${units === 1 ? "gift" : "gifts"} in your basket · ${money.format(total / 100)}`
      : "";
  }

  for (const control of controls) {
    control.querySelector("button")!.addEventListener(
      "click",
      () => {
        const max = Number(control.dataset.max) || 1;
        const qty = Math.min(max, Math.max(1, Math.floor(Number(control.querySelector("input")!.value)) || 1));
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
