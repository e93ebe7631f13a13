"use client";
// "Add from a link": paste a product page's address, the server reads it, and the gift form opens
// pre-filled for review. Used on the registry's page and on the phone share page (/add-from-link).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { importFromLinkAction } from "@/lib/actions/items";
import { importLinkSchema } from "@/lib/validations/registry";
import type { ImportedGift } from "@/lib/import/import-product";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { CustomItemForm } from "./custom-item-form";

export function AddFromLink({ registryId, currency, initialUrl = "" }: { registryId: number; currency: string; initialUrl?: string }) {
  const t = useTranslations("dashboard");
  const fe = useFormErrors();
  const [imported, setImported] = useState<(ImportedGift & { key: number }) | null>(null);
  const [saved, setSaved] = useState<{ text: string; tone: "error" | "success" } | null>(null);
  // A failure about the link itself shows at the field only; others (not allowed, too many tries) above the form.
  const [atField, setAtField] = useState(false);
  const { form, onSubmit, pending, formError, errors } = useActionForm(importLinkSchema, importFromLinkAction, {
    defaultValues: { url: initialUrl },
    values: { registryId },
    onFailure: (fieldErrors) => {
      setSaved(null);
      setAtField(Boolean(fieldErrors.url));
    },
    onSuccess: (gift) => {
      setSaved(null);
      setImported({ ...gift, key: Date.now() });
    },
  });
  return (
    <div className="space-y-4">
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("fromLink")}>
        {formError && !atField ? <FormAlert message={fe(formError)} /> : null}
        {saved ? <FormAlert message={saved.text} tone={saved.tone} /> : null}
        {/* Stacked: on the registry page this sits in a narrow column even on wide screens. */}
        <TextField
          label={t("fromLinkLabel")}
          type="url"
          inputMode="url"
          placeholder="https://"
          hint={t("fromLinkHint")}
          error={fe(errors.url?.message)}
          {...form.register("url")}
        />
        <Button type="submit" disabled={pending}>
          {pending ? t("readingPage") : t("fillFromLink")}
        </Button>
      </form>
      {imported ? (
        <section aria-labelledby="review-heading" className="space-y-3 rounded-lg border border-brand-200 bg-brand-50/40 p-4">
          <h3 id="review-heading" className="font-semibold">
            {imported.shopName ? t("checkDetailsFrom", { shop: imported.shopName }) : t("checkDetails")}
          </h3>
          {imported.notice ? <p className="text-sm">{imported.notice}</p> : null}
          <CustomItemForm
            key={imported.key}
            registryId={registryId}
            currency={currency}
            imported={imported}
            onSaved={(text) => {
              setImported(null);
              setSaved({ text, tone: text === t("giftAdded") ? "success" : "error" });
              form.reset({ url: "" });
            }}
            onCancel={() => setImported(null)}
          />
        </section>
      ) : null}
    </div>
  );
}
