"use client";
import { useRouter } from "next/navigation";
import { unlockRegistryAction } from "@/lib/actions/guest";
import { accessCodeSchema } from "@/lib/validations/checkout";
import { useActionForm } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";

export function AccessCodeForm({ slug }: { slug: string }) {
  const router = useRouter();
  const { form, onSubmit, pending, errors } = useActionForm(accessCodeSchema, unlockRegistryAction, {
    defaultValues: { slug, code: "" },
    onSuccess: () => router.replace(`/r/${slug}`),
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="mx-auto mt-6 max-w-sm space-y-3 text-left" aria-label="Enter access code">
      <TextField label="Access code" autoComplete="off" error={errors.code?.message} {...form.register("code")} />
      <Button type="submit" disabled={pending} className="w-full">
        See the registry
      </Button>
    </form>
  );
}
