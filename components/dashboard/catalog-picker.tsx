"use client";
import { useState } from "react";
import { addCatalogItemsAction } from "@/lib/actions/items";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useRun } from "@/components/ui/use-action-form";

type Product = { id: number; name: string; sku: string; priceLabel: string; colour: string; size: string; imageUrl: string };

/** Pick several catalog products with quantities and add them in one go. */
export function CatalogPicker({ registryId, products }: { registryId: number; products: Product[] }) {
  const [chosen, setChosen] = useState<Record<number, number>>({});
  const { run, pending, error } = useRun();
  const lines = Object.entries(chosen).map(([productId, requested]) => ({ productId: Number(productId), requested }));
  if (products.length === 0) return <p className="text-muted">No products match. Try another name, SKU or barcode.</p>;
  return (
    <div className="space-y-3">
      <FormAlert message={error} />
      <ul className="grid gap-3 sm:grid-cols-2">
        {products.map((p) => {
          const on = p.id in chosen;
          return (
            <li
              key={p.id}
              className={`flex gap-3 rounded-lg border p-3 ${on ? "border-brand-600 bg-brand-50" : "border-gray-200 bg-white"}`}
            >
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={p.imageUrl || "/products/other.svg"}
                alt=""
                width={56}
                height={56}
                className="h-14 w-14 rounded bg-gray-50 object-contain"
              />
              <div className="flex-1">
                <label className="flex items-start gap-2 font-medium">
                  <input
                    type="checkbox"
                    className="mt-1 h-5 w-5"
                    checked={on}
                    onChange={(e) =>
                      setChosen(({ [p.id]: _, ...rest }) => {
                        void _;
                        return e.target.checked ? { ...rest, [p.id]: 1 } : rest;
                      })
                    }
                  />
                  <span>
                    {p.name}
                    <span className="block text-sm font-normal text-muted">
                      {[p.priceLabel, p.colour, p.size, `SKU ${p.sku}`].filter(Boolean).join(" · ")}
                    </span>
                  </span>
                </label>
                {on ? (
                  <label className="mt-2 flex items-center gap-2 text-sm">
                    Quantity
                    <input
                      type="number"
                      min={1}
                      max={999}
                      value={chosen[p.id]}
                      onChange={(e) => setChosen((c) => ({ ...c, [p.id]: Number(e.target.value) }))}
                      className="w-20 rounded border border-gray-400 px-2 py-1"
                    />
                  </label>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <Button
        disabled={pending || lines.length === 0}
        onClick={() =>
          run(
            () => addCatalogItemsAction({ registryId, lines }),
            () => setChosen({}),
          )
        }
      >
        {lines.length ? `Add ${lines.length} selected` : "Select products to add"}
      </Button>
    </div>
  );
}
