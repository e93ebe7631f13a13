"use client";
import { useLocale, useTranslations } from "next-intl";
import { resolveMessage } from "@/lib/i18n/validation";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { get, useWatch } from "react-hook-form";
import { placeOrderAction } from "@/lib/actions/guest";
import { checkoutSchema, type ShortLineData } from "@/lib/validations/checkout";
import { formatMoney } from "@/lib/format";
import { Button } from "@/components/ui/button";
import { FormAlert, SelectField, CountryOptions, TextArea, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { readBasket } from "./basket-script";

type Item = { id: number; title: string; priceCents: number; available: number };
type Props = {
  slug: string;
  currency: string;
  city: string;
  items: Item[];
  /** Named in the guest's language (lib/countries.ts countryOptions), with the select's empty choice. */
  countries: { code: string; name: string }[];
  chooseCountry: string;
};

export function CheckoutForm({ slug, currency, city, items, countries, chooseCountry }: Props) {
  const router = useRouter();
  // Strings from the page's provider: only the "checkout" and "validation" messages (app/(public)/r/[slug]/checkout).
  const t = useTranslations("checkout");
  const tv = useTranslations("validation");
  const locale = useLocale();
  const money = (minor: number) => formatMoney(minor, currency, locale);
  // The basket (sessionStorage) holds the lines; the buyer's details are the form's fields.
  const [lines, setLines] = useState<Record<number, number>>({});
  const [loaded, setLoaded] = useState(false);
  // What changed in the basket after another guest bought some of it first.
  const [notice, setNotice] = useState<string | null>(null);
  const byId = new Map(items.map((i) => [i.id, i]));

  useEffect(() => {
    const basket = readBasket(slug);
    // Drop what is no longer on sale; cap quantities at what is left now.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setLines(
      Object.fromEntries(
        Object.entries(basket).flatMap(([id, q]) => {
          const it = byId.get(Number(id));
          return it && it.available > 0 ? [[Number(id), Math.min(q, it.available)]] : [];
        }),
      ),
    );
    setLoaded(true);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [slug]);

  const saveLines = (next: Record<number, number>) => {
    setLines(next);
    sessionStorage.setItem(`basket:${slug}`, JSON.stringify(next));
  };
  const setQty = (id: number, q: number) => {
    const next = { ...lines, [id]: q };
    if (q <= 0) delete next[id];
    saveLines(next);
  };
  // A lost race names each short line with what is left: lower those lines to it (drop the ones
  // with none), so the total and the button show an order that can go through, and say what changed.
  const fitToWhatIsLeft = (shortLines: ShortLineData[]) => {
    const next = { ...lines };
    const changes: string[] = [];
    for (const { itemId: id, left } of shortLines) {
      if (!(id in next)) continue;
      const title = byId.get(id)?.title ?? t("oneGift");
      if (left === 0) {
        delete next[id];
        changes.push(t("goneTakenOut", { title }));
      } else {
        next[id] = Math.min(next[id], left);
        changes.push(t("onlyLeft", { title, left }));
      }
      form.clearErrors(`line.${id}` as never);
    }
    if (!changes.length) return setNotice(null);
    saveLines(next);
    const rest = Object.keys(next).length ? ` ${t("checkAgain")}` : "";
    setNotice(`${t("basketUpdated", { changes: changes.join("; ") })}${rest}`);
  };
  const entries = Object.entries(lines)
    .map(([id, q]) => ({ item: byId.get(Number(id))!, quantity: q }))
    .filter((l) => l.item);
  const total = entries.reduce((s, l) => s + l.quantity * l.item.priceCents, 0);

  const { form, onSubmit, pending, formError, errors } = useActionForm(checkoutSchema, placeOrderAction, {
    defaultValues: {
      buyerName: "",
      buyerEmail: "",
      giftMessage: "",
      shipToRegistrant: true,
      shipName: "",
      shipStreet: "",
      shipCity: "",
      shipPostcode: "",
      shipCountry: "",
    },
    values: { slug, lines: entries.map((l) => ({ itemId: l.item.id, quantity: l.quantity })) },
    onSuccess: ({ orderId, receipt }) => {
      sessionStorage.removeItem(`basket:${slug}`);
      router.push(`/r/${slug}/thanks/${orderId}?sig=${encodeURIComponent(receipt)}`);
    },
    onFailure: (_, failure) => fitToWhatIsLeft(failure.shortLines ?? []),
    refresh: "always", // after a failure: show what is left now
  });
  const { register } = form;
  const toRegistrant = useWatch({ control: form.control, name: "shipToRegistrant" });
  // A short line's message comes from the server, already in the guest's language ("Solo quedan 2").
  const lineError = (id: number) => resolveMessage((get(errors, `line.${id}`) as { message?: string } | undefined)?.message, tv);
  const fieldError = (message: string | undefined) => resolveMessage(message, tv);

  const empty = loaded && entries.length === 0;
  return (
    <div>
      {/* Above both the gifts and an emptied basket: what failed, then what we changed because of it. */}
      {formError ? (
        <div className="mb-6">
          <FormAlert message={resolveMessage(formError, tv)} />
        </div>
      ) : null}
      {/* Always rendered, so screen readers announce the update when it appears. */}
      <div aria-live="polite">
        {notice ? (
          <p className="mb-6 rounded-md border border-amber-300 bg-amber-50 px-4 py-3 font-medium text-amber-900">{notice}</p>
        ) : null}
      </div>
      {empty ? (
        <p className="rounded-xl border border-dashed border-gray-300 bg-white p-6">
          {t("basketEmpty")}{" "}
          <Link href={`/r/${slug}`} className="font-semibold text-brand-700 underline">
            {t("chooseGifts")}
          </Link>
        </p>
      ) : (
        <form method="post" onSubmit={onSubmit} noValidate className="space-y-6" aria-label={t("formLabel")}>
          <section aria-labelledby="basket-heading" className="rounded-xl border border-gray-200 bg-white p-5">
            <h2 id="basket-heading" className="mb-3 text-lg font-semibold">
              {t("yourGifts")}
            </h2>
            <ul className="divide-y divide-gray-200">
              {entries.map(({ item, quantity }) => (
                <li key={item.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
                  <div>
                    <p className="font-medium">{item.title}</p>
                    <p className="text-sm text-muted">{t("eachAvailable", { price: money(item.priceCents), available: item.available })}</p>
                    {lineError(item.id) ? (
                      <p id={`line-${item.id}-error`} className="text-sm font-medium text-red-700" role="alert">
                        {lineError(item.id)}
                      </p>
                    ) : null}
                  </div>
                  <div className="flex items-center gap-2">
                    <label htmlFor={`line-${item.id}`} className="text-sm">
                      {t("quantity")}
                    </label>
                    <input
                      id={`line-${item.id}`}
                      type="number"
                      min={1}
                      max={Math.max(1, item.available)}
                      value={quantity}
                      aria-invalid={lineError(item.id) ? true : undefined}
                      aria-describedby={lineError(item.id) ? `line-${item.id}-error` : undefined}
                      onChange={(e) =>
                        setQty(item.id, Math.min(Math.max(1, item.available), Math.max(0, Math.floor(Number(e.target.value) || 0))))
                      }
                      className="w-20 rounded-md border border-gray-400 px-2 py-1"
                    />
                    <button
                      type="button"
                      onClick={() => setQty(item.id, 0)}
                      className="text-sm text-brand-700 underline"
                      aria-label={t("removeTitle", { title: item.title })}
                    >
                      {t("remove")}
                    </button>
                  </div>
                </li>
              ))}
            </ul>
            <p className="mt-3 text-end text-lg font-semibold">{t("total", { total: money(total) })}</p>
          </section>
          <section aria-labelledby="buyer-heading" className="space-y-4 rounded-xl border border-gray-200 bg-white p-5">
            <h2 id="buyer-heading" className="text-lg font-semibold">
              {t("yourDetails")}
            </h2>
            <TextField label={t("yourName")} autoComplete="name" error={fieldError(errors.buyerName?.message)} {...register("buyerName")} />
            <TextField
              label={t("yourEmail")}
              type="email"
              autoComplete="email"
              error={fieldError(errors.buyerEmail?.message)}
              {...register("buyerEmail")}
              hint={t("emailHint")}
            />
            <TextArea label={t("giftMessage")} error={fieldError(errors.giftMessage?.message)} {...register("giftMessage")} />
            <label className="flex items-center gap-2">
              <input type="checkbox" className="h-5 w-5" {...register("shipToRegistrant")} />
              {city ? t("shipToRegistrantIn", { city }) : t("shipToRegistrant")}
            </label>
            {toRegistrant ? null : (
              <fieldset className="space-y-4 rounded-lg border border-gray-200 p-4">
                <legend className="px-1 font-semibold">{t("deliveryAddress")}</legend>
                <TextField
                  label={t("shipName")}
                  autoComplete="shipping name"
                  error={fieldError(errors.shipName?.message)}
                  {...register("shipName")}
                />
                <TextField
                  label={t("shipStreet")}
                  autoComplete="shipping street-address"
                  error={fieldError(errors.shipStreet?.message)}
                  {...register("shipStreet")}
                />
                <div className="grid gap-4 sm:grid-cols-2">
                  <TextField
                    label={t("shipCity")}
                    autoComplete="shipping address-level2"
                    error={fieldError(errors.shipCity?.message)}
                    {...register("shipCity")}
                  />
                  <TextField
                    label={t("shipPostcode")}
                    autoComplete="shipping postal-code"
                    error={fieldError(errors.shipPostcode?.message)}
                    {...register("shipPostcode")}
                  />
                </div>
                <SelectField label={t("shipCountry")} error={fieldError(errors.shipCountry?.message)} {...register("shipCountry")}>
                  <CountryOptions countries={countries} choose={chooseCountry} />
                </SelectField>
              </fieldset>
            )}
          </section>
          <p className="text-sm text-muted">{t("reservedNote")}</p>
          <Button type="submit" disabled={pending || entries.length === 0}>
            {pending ? t("placing") : t("placeOrder", { total: money(total) })}
          </Button>
        </form>
      )}
    </div>
  );
}
