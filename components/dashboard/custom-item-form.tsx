"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { addCustomItemAction } from "@/lib/actions/items";
import { customItemSchema } from "@/lib/validations/registry";
import { currencyDigits } from "@/lib/format";
import type { ImportedGift } from "@/lib/import/import-product";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { useRouter } from "next/navigation";
import { useToast } from "@/components/ui/toast";

/**
 * A gift of the registrant's own; `imported` pre-fills it from "Add from a link" for review
 * (the shop's photo is shown from the bytes we fetched, never from the shop's address).
 */
export function CustomItemForm({
  registryId,
  currency = "USD",
  imported,
  onSaved,
  onCancel,
}: {
  registryId: number;
  currency?: string;
  imported?: ImportedGift;
  /** After saving an imported gift: the review closes and its owner shows what happened. */
  onSaved?: (message: string) => void;
  onCancel?: () => void;
}) {
  const router = useRouter();
  const toast = useToast();
  const t = useTranslations("dashboard");
  const fe = useFormErrors();
  const empty = {
    registryId,
    title: "",
    price: "",
    requested: 1,
    url: "",
    imageUrl: "",
    colour: "",
    size: "",
    note: "",
    shopName: "",
    photoUrl: "",
  };
  const start = imported
    ? {
        ...empty,
        title: imported.title,
        price: imported.price,
        url: imported.url,
        shopName: imported.shopName,
        photoUrl: imported.photoUrl,
      }
    : empty;
  const [photo, setPhoto] = useState(imported?.photoPreview ?? "");
  const { form, onSubmit, pending, message, errors } = useActionForm(customItemSchema, addCustomItemAction, {
    defaultValues: start,
    values: { currency },
    // A toast confirms; the form keeps a message only when the photo could not be copied.
    success: (d) => (d.photoProblem ? { text: `${t("giftAdded")} ${d.photoProblem}`, tone: "error" } : null),
    onSuccess: (d) => {
      toast({ text: t("giftAddedTitle", { title: form.getValues("title") }) });
      onSaved?.(d.photoProblem ? `${t("giftAdded")} ${d.photoProblem}` : t("giftAdded"));
      form.reset(empty);
      setPhoto("");
      router.refresh();
    },
  });
  const { register } = form;
  const fromShop = Boolean(imported);
  const photoUrl = form.watch("photoUrl");
  const dropPhoto = () => {
    form.setValue("photoUrl", "");
    setPhoto("");
  };
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label={fromShop ? t("checkAndSave") : t("addOwn")}>
      {message ? <FormAlert message={fe(message.text)} tone={message.tone} /> : null}
      {fromShop && photoUrl ? (
        <div className="flex items-center gap-3">
          {photo ? (
            // A data: URL of the photo we fetched: the browser never contacts the shop.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={photo}
              alt={t("shopPhotoAlt")}
              width={96}
              height={96}
              className="h-24 w-24 rounded-lg border border-gray-200 object-cover"
            />
          ) : (
            <p className="text-sm text-muted">{t("shopPhotoLater")}</p>
          )}
          <Button variant="secondary" onClick={dropPhoto}>
            {t("dropPhoto")}
          </Button>
        </div>
      ) : null}
      <TextField label={t("giftName")} error={fe(errors.title?.message)} {...register("title")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={t("priceIn", { currency })}
          inputMode="decimal"
          placeholder={currencyDigits(currency) ? `24.${"9".repeat(currencyDigits(currency))}` : "2500"}
          error={fe(errors.price?.message)}
          hint={imported?.otherCurrency ? t("otherCurrency", { other: imported.otherCurrency, currency }) : undefined}
          {...register("price")}
        />
        <TextField
          label={t("quantityWanted")}
          type="number"
          min={1}
          inputMode="numeric"
          error={fe(errors.requested?.message)}
          {...register("requested")}
        />
        <TextField label={t("colour")} error={fe(errors.colour?.message)} {...register("colour")} />
        <TextField label={t("size")} error={fe(errors.size?.message)} {...register("size")} />
      </div>
      <TextField label={t("productLink")} type="url" placeholder="https://" error={fe(errors.url?.message)} {...register("url")} />
      {fromShop ? (
        <TextField label={t("shopName")} hint={t("shopNameHint")} error={fe(errors.shopName?.message)} {...register("shopName")} />
      ) : (
        <TextField
          label={t("imageLink")}
          type="url"
          placeholder="https://"
          error={fe(errors.imageUrl?.message)}
          {...register("imageUrl")}
        />
      )}
      <TextField label={t("noteToGuests")} error={fe(errors.note?.message)} {...register("note")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? t("adding") : t("addGift")}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            {t("cancel")}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
