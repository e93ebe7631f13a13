// The gift basket for one registry, kept in sessionStorage (`basket:{slug}`) so it survives page
// loads in this tab; the checkout page reads it (readBasket). The registry page carries no client
// runtime (pages/r/[slug].tsx): its basket controls are server-rendered markup that one small
// inline script (enhanceBasket) brings to life, and they stay disabled until it has run.

type Basket = Record<number, number>;

export function readBasket(slug: string): Basket {
  try {
    return JSON.parse(sessionStorage.getItem(`basket:${slug}`) ?? "{}") as Basket;
  } catch {
    return {};
  }
}

/** One gift's quantity and add button; enhanceBasket wires it up. */
export function BasketControl({ itemId, title, available }: { itemId: number; title: string; available: number }) {
  const max = Math.min(available, 99);
  const id = `qty-${itemId}`;
  return (
    <div className="mt-3 flex flex-wrap items-end gap-2" data-basket-item={itemId} data-max={max}>
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
          defaultValue="1"
          className="w-20 rounded-md border border-gray-400 px-2 py-2"
          aria-label={`Quantity of ${title}`}
        />
      </div>
      <button
        type="button"
        disabled
        className="min-h-10 rounded-md bg-brand-700 px-3 py-2 text-sm font-semibold text-white hover:bg-brand-800 disabled:opacity-60"
        aria-label={`Add ${title} to basket`}
      >
        Add to basket
      </button>
      <span className="text-sm text-green-800" data-in-basket hidden />
    </div>
  );
}

/** The sticky basket summary; hidden until the basket holds a gift still needed here. */
export function BasketBar({ slug, prices }: { slug: string; prices: Record<number, number> }) {
  return (
    <div
      id="basket-bar"
      data-prices={JSON.stringify(prices)}
      hidden
      className="sticky bottom-0 z-10 -mx-4 border-t border-gray-200 bg-white/95 px-4 py-3 shadow-[0_-2px_8px_rgba(0,0,0,0.06)]"
      role="region"
      aria-label="Gift basket"
    >
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-3">
        <p className="font-medium" aria-live="polite" />
        <a href={`/r/${slug}/checkout`} className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800">
          Checkout
        </a>
      </div>
    </div>
  );
}

/**
 * Runs in the browser, inlined into the registry page as its one script (basketScript). It must
 * stay self-contained: no imports and no names from outside its own body.
 */
export function enhanceBasket(slug: string, currency: string) {
  const key = `basket:${slug}`;
  const read = (): Record<string, number> => {
    try {
      return JSON.parse(sessionStorage.getItem(key) || "{}") || {};
    } catch {
      return {};
    }
  };
  const bar = document.getElementById("basket-bar");
  const prices: Record<string, number> = JSON.parse(bar?.dataset.prices || "{}");
  const money = new Intl.NumberFormat("en-US", { style: "currency", currency });
  const controls = Array.from(document.querySelectorAll<HTMLElement>("[data-basket-item]"));

  function render() {
    const basket = read();
    for (const control of controls) {
      const n = basket[control.dataset.basketItem!] || 0;
      const button = control.querySelector("button")!;
      button.textContent = n ? "Update basket" : "Add to basket";
      button.disabled = false;
      const note = control.querySelector<HTMLElement>("[data-in-basket]")!;
      note.textContent = n ? `${n} in basket` : "";
      note.hidden = !n;
    }
    let units = 0;
    let total = 0;
    for (const id of Object.keys(basket)) {
      if (!(id in prices)) continue;
      units += basket[id];
      total += basket[id] * prices[id];
    }
    if (!bar) return;
    bar.hidden = units === 0;
    bar.querySelector("p")!.textContent = units
      ? `${units} ${units === 1 ? "gift" : "gifts"} in your basket · ${money.format(total / 100)}`
      : "";
  }

  for (const control of controls) {
    control.querySelector("button")!.addEventListener("click", () => {
      const max = Number(control.dataset.max) || 1;
      const qty = Math.min(max, Math.max(1, Math.floor(Number(control.querySelector("input")!.value)) || 1));
      const basket = read();
      basket[control.dataset.basketItem!] = qty;
      sessionStorage.setItem(key, JSON.stringify(basket));
      render();
    });
  }
  // Back from checkout (or another tab's change): the page may come from the back-forward cache.
  addEventListener("pageshow", render);
  render();
  document.documentElement.dataset.hydrated = "1"; // the browser tests wait for this mark
}

/** The inline script for a registry page: enhanceBasket's source, called with this registry's slug and currency. */
export function basketScript(slug: string, currency: string) {
  const args = JSON.stringify([slug, currency]).replace(/</g, "\\u003c");
  return `(${enhanceBasket.toString()}).apply(null, ${args});`;
}
