"use client";
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
  const { form, onSubmit, pending, formError, errors } = useActionForm(contributeSchema, contributeAction, {
    defaultValues: { slug, fundId, currency, amount: "", name: "", email: "", message: "", anonymous: false },
    onSuccess: (data) => router.push(data.receipt),
  });
  const { register, setValue } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Contribute">
      <FormAlert message={formError} />
      {suggested.length ? (
        <div className="flex flex-wrap gap-2" role="group" aria-label="Suggested amounts">
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
        label={`Amount (${currency})`}
        inputMode="decimal"
        autoComplete="off"
        hint={`At least ${minorToDecimal(moneyLimits(currency).min, currency)}`}
        error={errors.amount?.message}
        {...register("amount")}
      />
      <TextField label="Your name" autoComplete="name" error={errors.name?.message} {...register("name")} />
      <TextField label="Your email" type="email" autoComplete="email" error={errors.email?.message} {...register("email")} />
      <TextArea label="Message for the couple (optional)" error={errors.message?.message} {...register("message")} />
      <label className="flex items-center gap-3">
        <input type="checkbox" className="h-5 w-5" {...register("anonymous")} />
        Hide my name from other guests
      </label>
      <p className="text-sm text-muted">
        We take no payment here: after you pledge, we show you how to send the money to the couple (and email it to you).
      </p>
      <Button type="submit" disabled={pending}>
        Pledge my gift
      </Button>
    </form>
  );
}
