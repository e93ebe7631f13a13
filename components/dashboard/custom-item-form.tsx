"use client";
import { useState } from "react";
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
    success: (d) => (d.photoProblem ? { text: `Gift added. ${d.photoProblem}`, tone: "error" } : null),
    onSuccess: (d) => {
      toast({ text: `“${form.getValues("title")}” added to your registry` });
      onSaved?.(d.photoProblem ? `Gift added. ${d.photoProblem}` : "Gift added.");
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
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="space-y-3"
      aria-label={fromShop ? "Check the gift and save" : "Add your own gift"}
    >
      {message ? <FormAlert message={message.text} tone={message.tone} /> : null}
      {fromShop && photoUrl ? (
        <div className="flex items-center gap-3">
          {photo ? (
            // A data: URL of the photo we fetched: the browser never contacts the shop.
            // eslint-disable-next-line @next/next/no-img-element
            <img
              src={photo}
              alt="The shop's photo of the gift"
              width={96}
              height={96}
              className="h-24 w-24 rounded-lg border border-gray-200 object-cover"
            />
          ) : (
            <p className="text-sm text-muted">The shop&apos;s photo will be copied when you save.</p>
          )}
          <Button variant="secondary" onClick={dropPhoto}>
            Don&apos;t use this photo
          </Button>
        </div>
      ) : null}
      <TextField label="Gift name" error={errors.title?.message} {...register("title")} />
      <div className="grid gap-3 sm:grid-cols-2">
        <TextField
          label={`Price (${currency})`}
          inputMode="decimal"
          placeholder={currencyDigits(currency) ? `24.${"9".repeat(currencyDigits(currency))}` : "2500"}
          error={errors.price?.message}
          hint={
            imported?.otherCurrency
              ? `This shop lists the price in ${imported.otherCurrency} — please check the amount in ${currency}.`
              : undefined
          }
          {...register("price")}
        />
        <TextField
          label="Quantity wanted"
          type="number"
          min={1}
          inputMode="numeric"
          error={errors.requested?.message}
          {...register("requested")}
        />
        <TextField label="Colour" error={errors.colour?.message} {...register("colour")} />
        <TextField label="Size" error={errors.size?.message} {...register("size")} />
      </div>
      <TextField label="Link to the product" type="url" placeholder="https://" error={errors.url?.message} {...register("url")} />
      {fromShop ? (
        <TextField label="Shop name" hint="Guests see “From …” with the link." error={errors.shopName?.message} {...register("shopName")} />
      ) : (
        <TextField label="Image link" type="url" placeholder="https://" error={errors.imageUrl?.message} {...register("imageUrl")} />
      )}
      <TextField label="Note to guests" error={errors.note?.message} {...register("note")} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" disabled={pending}>
          {pending ? "Adding…" : "Add gift"}
        </Button>
        {onCancel ? (
          <Button variant="secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
        ) : null}
      </div>
    </form>
  );
}
