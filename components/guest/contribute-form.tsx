"use client";
// The guest's pledge to a cash fund: amount (one-tap suggestions or their own), name, email, message,
// and whether other guests may see their name. How to pay is shown only after pledging (the receipt page).
import { useRouter } from "next/navigation";
import { contributeAction } from "@/lib/actions/funds";
import { contributeToGiftAction } from "@/lib/actions/group-gifts";
import { contributeSchema, groupContributeSchema } from "@/lib/validations/funds";
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
  const router = useRouter();
  const toReceipt = { onSuccess: (data: { receipt: string }) => router.push(data.receipt) };
  // Both hooks run on every render (hooks' rules); only the one for this target is submitted.
  const toFund = useActionForm(contributeSchema, contributeAction, {
    defaultValues: { slug: props.slug, fundId: props.fundId ?? 0, ...fields },
    ...toReceipt,
  });
  const toGift = useActionForm(groupContributeSchema, contributeToGiftAction, {
    defaultValues: { slug: props.slug, itemId: props.itemId ?? 0, ...fields },
    ...toReceipt,
  });
  return props.itemId !== undefined ? (
    <Fields {...props} f={toGift} submit="Chip in" />
  ) : (
    <Fields {...props} f={toFund} submit="Pledge my gift" />
  );
}

type Form = ReturnType<typeof useActionForm<typeof contributeSchema, { receipt: string }>>;

function Fields({
  f,
  suggested,
  currency,
  hint,
  submit,
}: Props & { f: Form | ReturnType<typeof useActionForm<typeof groupContributeSchema, { receipt: string }>>; submit: string }) {
  const { form, onSubmit, pending, formError, errors } = f as Form;
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
              onClick={() => setValue("amount", (s.cents / 100).toFixed(2), { shouldValidate: true, shouldDirty: true })}
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
        hint={hint ?? "At least 1.00"}
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
        {submit}
      </Button>
    </form>
  );
}
