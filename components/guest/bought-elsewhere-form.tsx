"use client";
import { resolveMessage } from "@/lib/i18n/validation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import Link from "next/link";
import { boughtElsewhereAction } from "@/lib/actions/guest";
import { boughtElsewhereSchema } from "@/lib/validations/checkout";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, TextArea, TextField } from "@/components/ui/field";

type Props = { slug: string; itemId: number; available: number; who: string };

/**
 * The intro, the form and the thank-you as one client component: the action revalidates the page,
 * whose new count (often 0) must not replace the thank-you with "already fully purchased".
 */
export function BoughtElsewhereForm({ slug, itemId, available, who }: Props) {
  const [done, setDone] = useState<{ left: number } | null>(null);
  const t = useTranslations("elsewhere");
  const tv = useTranslations("validation");
  const fieldError = (m: string | undefined) => resolveMessage(m, tv);
  const { form, onSubmit, pending, formError, errors } = useActionForm(boughtElsewhereSchema, boughtElsewhereAction, {
    defaultValues: { slug, itemId, buyerName: "", buyerEmail: "", quantity: 1, message: "" },
    onSuccess: (data) => setDone(data),
  });
  if (done)
    return (
      <div role="status" className="space-y-3">
        <p className="text-lg font-semibold text-green-800">{t("done", { who })}</p>
        {done.left > 0 ? <p>{t("stillNeeded", { left: done.left })}</p> : null}
        <Link href={`/r/${slug}`} className="font-semibold text-brand-700 underline">
          {t("backToRegistry")}
        </Link>
      </div>
    );
  if (available === 0) return <p className="font-semibold">{t("fullyPurchased")}</p>;
  const { register } = form;
  return (
    <>
      <p className="text-muted">{t("intro", { who, available })}</p>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
        <FormAlert message={fieldError(formError ?? undefined)} />
        <TextField label={t("yourName")} autoComplete="name" error={fieldError(errors.buyerName?.message)} {...register("buyerName")} />
        <TextField
          label={t("yourEmail")}
          type="email"
          autoComplete="email"
          error={fieldError(errors.buyerEmail?.message)}
          {...register("buyerEmail")}
        />
        <TextField
          label={t("howMany")}
          type="number"
          min={1}
          max={available}
          inputMode="numeric"
          error={fieldError(errors.quantity?.message)}
          {...register("quantity")}
        />
        <TextArea label={t("message")} error={fieldError(errors.message?.message)} {...register("message")} />
        <Button type="submit" disabled={pending}>
          {t("submit")}
        </Button>
      </form>
    </>
  );
}
