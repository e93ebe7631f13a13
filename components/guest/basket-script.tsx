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

/**
 * The few strings the basket script shows, already in the guest's language (the page passes only
 * these, never the message catalogue). "{n}", "{max}", "{total}" are filled in here.
 */
export type BasketStrings = {
  locale: string;
  add: string;
  update: string;
  inBasket: string;
  /** The bar's line, by plural category of the number of gifts ("one", "other"…). */
  barOne: string;
  barOther: string;
  atLeastOne: string;
  onlyNeeded: string;
  upTo: string;
  wholeNumber: string;
};

const ENGLISH: BasketStrings = {
  locale: "en-US",
  add: "Add to basket",
  update: "Update basket",
  inBasket: "{n} in basket",
  barOne: "{n} gift in your basket · {total}",
  barOther: "{n} gifts in your basket · {total}",
  atLeastOne: "Enter at least 1",
  onlyNeeded: "Only {max} still needed",
  upTo: "Up to {max} at a time",
  wholeNumber: "Enter a whole number",
};

const fill = (text: string, values: Record<string, string | number>) =>
  text.replace(/\{(\w+)\}/g, (m, k: string) => String(values[k] ?? m));

/** A typed quantity within 1..max (max: what is still needed, at most 99), and why it was changed if it was. */
export function clampQuantity(typed: string, max: number, s: BasketStrings = ENGLISH): { qty: number; why: string } {
  const n = Number(typed);
  if (typed.trim() === "" || !Number.isFinite(n) || n < 1) return { qty: 1, why: s.atLeastOne };
  if (n > max) return { qty: max, why: fill(max < 99 ? s.onlyNeeded : s.upTo, { max }) };
  if (!Number.isInteger(n)) return { qty: Math.floor(n), why: s.wholeNumber };
  return { qty: n, why: "" };
}

/** Wires the page's basket controls and bar to the stored basket; returns the undo (unmount). */
function enhanceBasket(slug: string, currency: string, s: BasketStrings) {
  const key = `basket:${slug}`;
  const stop = new AbortController();
  const on = { signal: stop.signal };
  const bar = document.getElementById("basket-bar");
  const prices: Record<string, number> = JSON.parse(bar?.dataset.prices || "{}");
  const money = new Intl.NumberFormat(s.locale, { style: "currency", currency });
  const plural = new Intl.PluralRules(s.locale);
  // Prices are in the currency's minor unit (lib/format.ts): yen have none, dinars three.
  const scale = 10 ** (money.resolvedOptions().maximumFractionDigits ?? 2);
  const controls = Array.from(document.querySelectorAll<HTMLElement>("[data-basket-item]"));

  function render() {
    const basket = readBasket(slug);
    for (const control of controls) {
      const n = basket[Number(control.dataset.basketItem)] || 0;
      const button = control.querySelector("button")!;
      button.textContent = n ? s.update : s.add;
      button.disabled = false;
      const note = control.querySelector<HTMLElement>("[data-in-basket]")!;
      note.textContent = n ? fill(s.inBasket, { n }) : "";
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
      ? fill(plural.select(units) === "one" ? s.barOne : s.barOther, { n: units, total: money.format(total / scale) })
      : "";
  }

  for (const control of controls) {
    control.querySelector("button")!.addEventListener(
      "click",
      () => {
        const input = control.querySelector("input")!;
        const { qty, why } = clampQuantity(input.value, Number(control.dataset.max) || 1, s);
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
export function BasketScript({ slug, currency, strings }: { slug: string; currency: string; strings: BasketStrings }) {
  useEffect(() => enhanceBasket(slug, currency, strings), [slug, currency, strings]);
  return null;
}
