"use client";
import { useState } from "react";
import { reportRegistryAction } from "@/lib/actions/guest";
import { reportSchema } from "@/lib/validations/checkout";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, SelectField, TextArea, TextField } from "@/components/ui/field";

export function ReportForm({ slug }: { slug: string }) {
  const [done, setDone] = useState(false);
  const { form, onSubmit, pending, formError, errors } = useActionForm(reportSchema, reportRegistryAction, {
    defaultValues: { slug, reason: "" as never, details: "", reporterEmail: "" },
    onSuccess: () => setDone(true),
  });
  if (done)
    return (
      <p role="status" className="text-lg font-semibold text-green-800">
        Thank you. Our team will review this registry.
      </p>
    );
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Report registry">
      <FormAlert message={formError} />
      <SelectField label="Reason" error={errors.reason?.message} {...register("reason")}>
        <option value="">Choose…</option>
        <option value="offensive">Offensive or abusive content</option>
        <option value="spam">Spam or advertising</option>
        <option value="fraud">Fraud or scam</option>
        <option value="privacy">Shares someone’s private information</option>
        <option value="other">Something else</option>
      </SelectField>
      <TextArea label="Details (optional)" error={errors.details?.message} {...register("details")} />
      <TextField label="Your email (optional)" type="email" error={errors.reporterEmail?.message} {...register("reporterEmail")} />
      <Button type="submit" disabled={pending}>
        Send report
      </Button>
    </form>
  );
}
