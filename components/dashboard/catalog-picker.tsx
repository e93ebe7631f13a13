"use client";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { get, useWatch } from "react-hook-form";
import { addCatalogItemsAction, raiseQuantityAction } from "@/lib/actions/items";
import type { ExistingGift } from "@/lib/data/registry-items";
import { CATALOG_CURRENCY, catalogAddSchema } from "@/lib/validations/registry";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useActionForm, useRun } from "@/components/ui/use-action-form";
import { useToast } from "@/components/ui/toast";

type Product = { id: number; name: string; priceLabel: string; colour: string; size: string; picture: string };

/** Pick several catalog products with quantities and add them in one go. */
export function CatalogPicker({ registryId, currency, products }: { registryId: number; currency: string; products: Product[] }) {
  // The catalog's prices are in US dollars: a registry in another currency names its own price per gift.
  const ownPrice = currency !== CATALOG_CURRENCY;
  const toast = useToast();
  const fe = useFormErrors();
  const t = useTranslations("catalog");
  // The chosen products are the form's lines: [{ productId, requested }].
  const { form, onSubmit, pending, formError, errors, data } = useActionForm(catalogAddSchema, addCatalogItemsAction, {
    defaultValues: { lines: [] },
    values: { registryId, currency },
    reset: true,
    refresh: true,
    onSuccess: ({ added }) => {
      if (added) toast({ text: t("added", { count: added }) });
    },
  });
  const lines = (useWatch({ control: form.control, name: "lines" }) ?? []) as { productId: number; requested: unknown; price?: string }[];
  const setLines = (next: typeof lines) => form.setValue("lines", next);
  const lineError = (i: number, field = "requested") =>
    fe((get(errors, `lines.${i}.${field}`) as { message?: string } | undefined)?.message);
  if (products.length === 0) return <p className="text-muted">{t("noMatch")}</p>;
  return (
    <form method="post" aria-label={t("heading")} className="space-y-3" noValidate onSubmit={onSubmit}>
      <FormAlert message={fe(formError)} />
      {ownPrice ? <p className="text-sm text-muted">{t("ownPrice", { currency })}</p> : null}
      <div aria-live="polite" className="space-y-2">
        {data?.existing.map((g) => (
          <AlreadyOnRegistry key={g.itemId} registryId={registryId} gift={g} />
        ))}
      </div>
      <ul className="grid gap-3 sm:grid-cols-2">
        {products.map((p) => {
          const at = lines.findIndex((l) => l.productId === p.id);
          const on = at >= 0;
          return (
            <li
              key={p.id}
              className={`flex gap-3 rounded-lg border p-3 ${on ? "border-brand-600 bg-brand-50" : "border-gray-200 bg-white"}`}
            >
              {/* eslint-disable-next-line @next/next/no-img-element */}
              <img
                src={p.picture}
                alt=""
                width={72}
                height={72}
                loading="lazy"
                className="h-18 w-18 shrink-0 rounded-md bg-gray-50 object-cover"
              />
              <div className="flex-1">
                <label className="flex items-start gap-2 font-medium">
                  <input
                    type="checkbox"
                    className="mt-1 h-5 w-5"
                    checked={on}
                    onChange={(e) =>
                      setLines(
                        e.target.checked
                          ? [...lines, { productId: p.id, requested: 1, price: "" }]
                          : lines.filter((l) => l.productId !== p.id),
                      )
                    }
                  />
                  <span>
                    {p.name}
                    <span className="block text-sm font-normal text-muted">
                      {[p.priceLabel, p.colour, p.size].filter(Boolean).join(" · ")}
                    </span>
                  </span>
                </label>
                {on ? (
                  <>
                    <label className="mt-2 flex items-center gap-2 text-sm">
                      {t("quantity")}
                      <input
                        type="number"
                        min={1}
                        max={999}
                        aria-invalid={lineError(at) ? true : undefined}
                        aria-describedby={lineError(at) ? `pick-${p.id}-error` : undefined}
                        className="w-20 rounded border border-gray-400 px-2 py-1"
                        {...form.register(`lines.${at}.requested`)}
                      />
                    </label>
                    {lineError(at) ? (
                      <p id={`pick-${p.id}-error`} className="text-sm font-medium text-red-700" role="alert">
                        {lineError(at)}
                      </p>
                    ) : null}
                    {ownPrice ? (
                      <>
                        <label className="mt-2 flex items-center gap-2 text-sm">
                          {t("price", { currency })}
                          <input
                            type="text"
                            inputMode="decimal"
                            aria-invalid={lineError(at, "price") ? true : undefined}
                            aria-describedby={lineError(at, "price") ? `pick-${p.id}-price-error` : undefined}
                            className="w-28 rounded border border-gray-400 px-2 py-1"
                            {...form.register(`lines.${at}.price`)}
                          />
                        </label>
                        {lineError(at, "price") ? (
                          <p id={`pick-${p.id}-price-error`} className="text-sm font-medium text-red-700" role="alert">
                            {lineError(at, "price")}
                          </p>
                        ) : null}
                      </>
                    ) : null}
                  </>
                ) : null}
              </div>
            </li>
          );
        })}
      </ul>
      <Button type="submit" disabled={pending || lines.length === 0}>
        {lines.length ? t("addSelected", { count: lines.length }) : t("selectToAdd")}
      </Button>
    </form>
  );
}

/** A product that was already on the registry: no second line, an offer to ask for more instead. */
function AlreadyOnRegistry({ registryId, gift }: { registryId: number; gift: ExistingGift }) {
  const { run, pending, error } = useRun();
  const fe = useFormErrors();
  const t = useTranslations("catalog");
  const [now, setNow] = useState<number | null>(null);
  return (
    <div className="rounded-md border border-amber-300 bg-amber-50 px-4 py-3 text-sm">
      <FormAlert message={fe(error)} />
      {now === null ? (
        <p className="flex flex-wrap items-center gap-2">
          <span>
            <strong>{gift.title}</strong>: {t("alreadyOn", { requested: gift.requested, asked: gift.asked })}
          </span>
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() =>
              run(
                () => raiseQuantityAction({ registryId, itemId: gift.itemId, by: gift.asked }),
                (r) => setNow(r.requested),
              )
            }
          >
            {t("addMore", { asked: gift.asked })}
          </Button>
        </p>
      ) : (
        <p role="status">
          <strong>{gift.title}</strong> {t("nowWants", { count: now })}
        </p>
      )}
    </div>
  );
}
