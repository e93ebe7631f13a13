"use client";
import { resolveMessage } from "@/lib/i18n/validation";
import { useTranslations } from "next-intl";
// The guest's pledge to a cash fund or share of a group gift: amount (one-tap suggestions or their own), name, email, message,
// and whether other guests may see their name. How to pay is shown only after pledging (the receipt page).
import { useRouter } from "next/navigation";
import { contributeAction } from "@/lib/actions/funds";
import { contributeToGiftAction } from "@/lib/actions/group-gifts";
import { contributeSchema, groupContributeSchema, moneyLimits } from "@/lib/validations/funds";
import { minorToDecimal } from "@/lib/format";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, TextArea, TextField } from "@/components/ui/field";

type Props = {
  slug: string;
  suggested: { cents: number; label: string }[];
  currency: string;
  /** The amount field's hint ("At least 1.00"; a group gift's minimum and what is left). */
  hint?: string;
} & ({ fundId: number; itemId?: undefined } | { itemId: number; fundId?: undefined });

const fields = { amount: "", name: "", email: "", message: "", anonymous: false };

/** A pledge to a cash fund, or a share of a group gift (itemId): the same fields and receipt page. */
export function ContributeForm(props: Props) {
  return props.itemId !== undefined ? (
    <GiftShareForm {...props} itemId={props.itemId} />
  ) : (
    <FundPledgeForm {...props} fundId={props.fundId} />
  );
}

function useToReceipt() {
  const router = useRouter();
  return { onSuccess: (data: { receipt: string }) => router.push(data.receipt) };
}

function FundPledgeForm(props: Props & { fundId: number }) {
  const { form, onSubmit, pending, formError, errors } = useActionForm(contributeSchema, contributeAction, {
    defaultValues: { slug: props.slug, currency: props.currency, ...fields, fundId: props.fundId },
    ...useToReceipt(),
  });
  const t = useTranslations("pledge");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
      <PledgeFields {...props} form={form} formError={formError} errors={errors} pending={pending} submit="submit" />
    </form>
  );
}

function GiftShareForm(props: Props & { itemId: number }) {
  const { form, onSubmit, pending, formError, errors } = useActionForm(groupContributeSchema, contributeToGiftAction, {
    defaultValues: { slug: props.slug, currency: props.currency, ...fields, itemId: props.itemId },
    ...useToReceipt(),
  });
  const t = useTranslations("pledge");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
      <PledgeFields
        {...props}
        form={form as unknown as PledgeForm}
        formError={formError}
        errors={errors}
        pending={pending}
        submit="chipIn"
      />
    </form>
  );
}

type Hook = ReturnType<typeof useActionForm<typeof contributeSchema, { receipt: string }>>;
type PledgeForm = Hook["form"];

/** The fields both forms share: amount (with one-tap suggestions), name, email, message, anonymous, submit. */
function PledgeFields({
  form,
  formError,
  errors,
  pending,
  suggested,
  currency,
  hint,
  submit,
}: Props & Pick<Hook, "formError" | "errors" | "pending"> & { form: PledgeForm; submit: "submit" | "chipIn" }) {
  const { register, setValue } = form;
  // From the page's provider: only the "pledge" and "validation" messages.
  const t = useTranslations("pledge");
  const tv = useTranslations("validation");
  return (
    <>
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
        hint={hint ?? t("atLeast", { amount: minorToDecimal(moneyLimits(currency).min, currency) })}
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
        {t(submit)}
      </Button>
    </>
  );
}
