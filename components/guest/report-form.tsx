"use client";
import { resolveMessage } from "@/lib/i18n/validation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { reportRegistryAction } from "@/lib/actions/guest";
import { reportSchema } from "@/lib/validations/checkout";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, SelectField, TextArea, TextField } from "@/components/ui/field";

export function ReportForm({ slug }: { slug: string }) {
  const [done, setDone] = useState(false);
  const t = useTranslations("report");
  const tv = useTranslations("validation");
  const fieldError = (m: string | undefined) => resolveMessage(m, tv);
  const { form, onSubmit, pending, formError, errors } = useActionForm(reportSchema, reportRegistryAction, {
    defaultValues: { slug, reason: "" as never, details: "", reporterEmail: "" },
    onSuccess: () => setDone(true),
  });
  if (done)
    return (
      <p role="status" className="text-lg font-semibold text-green-800">
        {t("done")}
      </p>
    );
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("formLabel")}>
      <FormAlert message={fieldError(formError ?? undefined)} />
      <SelectField label={t("reason")} error={fieldError(errors.reason?.message)} {...register("reason")}>
        <option value="">{t("choose")}</option>
        <option value="offensive">{t("offensive")}</option>
        <option value="spam">{t("spam")}</option>
        <option value="fraud">{t("fraud")}</option>
        <option value="privacy">{t("privacy")}</option>
        <option value="other">{t("other")}</option>
      </SelectField>
      <TextArea label={t("details")} error={fieldError(errors.details?.message)} {...register("details")} />
      <TextField label={t("email")} type="email" error={fieldError(errors.reporterEmail?.message)} {...register("reporterEmail")} />
      <Button type="submit" disabled={pending}>
        {t("submit")}
      </Button>
    </form>
  );
}
