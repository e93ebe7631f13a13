"use client";
import { resolveMessage } from "@/lib/i18n/validation";
import { useTranslations } from "next-intl";
// The guest's pledge to a cash fund: amount (one-tap suggestions or their own), name, email, message,
// and whether other guests may see their name. How to pay is shown only after pledging (the receipt page).
import { useRouter } from "next/navigation";
import { contributeAction } from "@/lib/actions/funds";
import { contributeSchema, moneyLimits } from "@/lib/validations/funds";
import { minorToDecimal } from "@/lib/format";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, TextArea, TextField } from "@/components/ui/field";

type Props = { slug: string; fundId: number; suggested: { cents: number; label: string }[]; currency: string };

export function ContributeForm({ slug, fundId, suggested, currency }: Props) {
  const router = useRouter();
  // From the page's provider: only the "pledge" and "validation" messages.
  const t = useTranslations("pledge");
  const tv = useTranslations("validation");
  const { form, onSubmit, pending, formError, errors } = useActionForm(contributeSchema, contributeAction, {
    defaultValues: { slug, fundId, currency, amount: "", name: "", email: "", message: "", anonymous: false },
    onSuccess: (data) => router.push(data.receipt),
  });
  const { register, setValue } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
      <FormAlert message={resolveMessage(formError, tv)} />
      {suggested.length ? (
        <div className="flex flex-wrap gap-2" role="group" aria-label={t("suggested")}>
          {suggested.map((s) => (
            <Button
              key={s.cents}
              variant="secondary"
              onClick={() => setValue("amount", minorToDecimal(s.cents, currency), { shouldValidate: true, shouldDirty: true })}
            >
              {s.label}
            </Button>
          ))}
        </div>
      ) : null}
      <TextField
        label={t("amount", { currency })}
        inputMode="decimal"
        autoComplete="off"
        hint={t("atLeast", { amount: minorToDecimal(moneyLimits(currency).min, currency) })}
        error={resolveMessage(errors.amount?.message, tv)}
        {...register("amount")}
      />
      <TextField label={t("yourName")} autoComplete="name" error={resolveMessage(errors.name?.message, tv)} {...register("name")} />
      <TextField
        label={t("yourEmail")}
        type="email"
        autoComplete="email"
        error={resolveMessage(errors.email?.message, tv)}
        {...register("email")}
      />
      <TextArea label={t("message")} error={resolveMessage(errors.message?.message, tv)} {...register("message")} />
      <label className="flex items-center gap-3">
        <input type="checkbox" className="h-5 w-5" {...register("anonymous")} />
        {t("anonymous")}
      </label>
      <p className="text-sm text-muted">{t("noPayment")}</p>
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
