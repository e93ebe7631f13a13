"use client";
import { resolveMessage } from "@/lib/i18n/validation";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { unlockRegistryAction } from "@/lib/actions/guest";
import { accessCodeSchema } from "@/lib/validations/checkout";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

export function AccessCodeForm({ slug }: { slug: string }) {
  const router = useRouter();
  const t = useTranslations("access");
  const tv = useTranslations("validation");
  const { form, onSubmit, pending, errors } = useActionForm(accessCodeSchema, unlockRegistryAction, {
    defaultValues: { slug, code: "" },
    onSuccess: () => router.replace(`/r/${slug}`),
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mx-auto mt-6 max-w-sm space-y-3 text-start" aria-label={t("formLabel")}>
      <TextField label={t("code")} autoComplete="off" error={resolveMessage(errors.code?.message, tv)} {...form.register("code")} />
      <Button type="submit" disabled={pending} className="w-full">
        {t("submit")}
      </Button>
    </form>
  );
}
