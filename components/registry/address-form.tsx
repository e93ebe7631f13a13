"use client";
// The registry's own address (/r/alex-and-sam-2027). Old addresses keep working: they redirect here.
import { useRouter } from "next/navigation";
import { changeSlugAction } from "@/lib/actions/registry";
import { chosenSlugSchema } from "@/lib/validations/slug";
import { withRegistryId } from "@/lib/validations/id";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useToast } from "@/components/ui/toast";

const schema = withRegistryId(chosenSlugSchema); // changeSlugAction's own schema

export function AddressForm({ registryId, slug, base }: { registryId: number; slug: string; base: string }) {
  const router = useRouter();
  const toast = useToast();
  const { form, onSubmit, pending, formError, errors } = useActionForm(schema, changeSlugAction, {
    defaultValues: { slug },
    values: { registryId },
    onSuccess: ({ url }) => {
      toast({ text: `Your registry’s address is now ${url}` });
      router.refresh();
    },
  });
  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      className="space-y-4 rounded-xl border border-gray-200 bg-white p-5"
      aria-label="Registry address"
    >
      <h2 className="text-lg font-semibold">Registry address</h2>
      <FormAlert message={errors.slug ? null : formError} />
      <TextField
        label="Address"
        autoComplete="off"
        spellCheck={false}
        hint={`${base}/r/… — lowercase letters, digits and hyphens, 3 to 60 characters. Links to the old address keep working.`}
        error={errors.slug?.message}
        {...form.register("slug")}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        Save address
      </Button>
    </form>
  );
}
