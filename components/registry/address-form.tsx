"use client";
// The registry's own address (/r/alex-and-sam-2027). Old addresses keep working: they redirect here.
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { changeSlugAction } from "@/lib/actions/registry";
import { chosenSlugSchema } from "@/lib/validations/slug";
import { withRegistryId } from "@/lib/validations/id";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useToast } from "@/components/ui/toast";
import { useFormErrors } from "@/components/ui/use-form-errors";

const schema = withRegistryId(chosenSlugSchema); // changeSlugAction's own schema

export function AddressForm({ registryId, slug, base }: { registryId: number; slug: string; base: string }) {
  const router = useRouter();
  const toast = useToast();
  const t = useTranslations("registryForm");
  const fe = useFormErrors();
  const { form, onSubmit, pending, formError, errors } = useActionForm(schema, changeSlugAction, {
    defaultValues: { slug },
    values: { registryId },
    onSuccess: ({ url }) => {
      toast({ text: t("addressNow", { url }) });
      router.refresh();
    },
  });
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-xl border border-gray-200 bg-white p-5"
      aria-label={t("addressTitle")}
    >
      <h2 className="text-lg font-semibold">{t("addressTitle")}</h2>
      <FormAlert message={errors.slug ? null : fe(formError)} />
      <TextField
        label={t("address")}
        autoComplete="off"
        spellCheck={false}
        hint={t("addressHint", { base })}
        error={fe(errors.slug?.message)}
        {...form.register("slug")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("saveAddress")}
      </Button>
    </form>
  );
}
