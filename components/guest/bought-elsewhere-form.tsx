"use client";
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
  const { form, onSubmit, pending, formError, errors } = useActionForm(boughtElsewhereSchema, boughtElsewhereAction, {
    defaultValues: { slug, itemId, buyerName: "", buyerEmail: "", quantity: 1, message: "" },
    onSuccess: (data) => setDone(data),
  });
  if (done)
    return (
      <div role="status" className="space-y-3">
        <p className="text-lg font-semibold text-green-800">Thank you! We’ve let {who} know, and marked it as bought.</p>
        {done.left > 0 ? <p>{done.left} still needed.</p> : null}
        <Link href={`/r/${slug}`} className="font-semibold text-brand-700 underline">
          Back to the registry
        </Link>
      </div>
    );
  if (available === 0) return <p className="font-semibold">This gift is already fully purchased.</p>;
  const { register } = form;
  return (
    <>
      <p className="text-muted">
        Let {who} know, so nobody buys it twice. {available} still needed.
      </p>
      <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Bought elsewhere">
        <FormAlert message={formError} />
        <TextField label="Your name" autoComplete="name" error={errors.buyerName?.message} {...register("buyerName")} />
        <TextField label="Your email" type="email" autoComplete="email" error={errors.buyerEmail?.message} {...register("buyerEmail")} />
        <TextField
          label="How many did you buy?"
          type="number"
          min={1}
          max={available}
          inputMode="numeric"
          error={errors.quantity?.message}
          {...register("quantity")}
        />
        <TextArea label="Message for the registrant (optional)" error={errors.message?.message} {...register("message")} />
        <Button type="submit" disabled={pending}>
          Mark as bought
        </Button>
      </form>
    </>
  );
}
