"use client";
// Creates a REST key and shows PrivateKey + Token exactly once (only their hashes are stored).
import { useState } from "react";
import { useTranslations } from "next-intl";
import { createRestKeyAction } from "@/lib/actions/admin-credentials";
import { restKeySchema } from "@/lib/validations/admin";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFormWords } from "./admin-intl";

export function RestKeyForm() {
  const { resolve } = useFormWords();
  const t = useTranslations("adminCredentials");
  const [secrets, setSecrets] = useState<{ message: string; privateKey: string; token: string } | null>(null);
  const { form, onSubmit, pending, formError, errors } = useActionForm(restKeySchema, createRestKeyAction, {
    defaultValues: { label: "" },
    reset: true,
    refresh: true,
    onSuccess: setSecrets,
  });
  return (
    <div className="space-y-3">
      <form method="post" aria-label={t("keyForm")} className="flex max-w-lg flex-wrap items-end gap-2" noValidate onSubmit={onSubmit}>
        <div className="min-w-56 flex-1">
          {/* One message at the field: its own error, else what went wrong (as before). */}
          <TextField label={t("keyLabel")} error={resolve(errors.label?.message) ?? formError ?? undefined} {...form.register("label")} />
        </div>
        <Button type="submit" disabled={pending}>
          {t("createKey")}
        </Button>
      </form>
      {secrets ? (
        <div className="space-y-2 rounded-lg border border-amber-300 bg-amber-50 p-4" role="status">
          <p className="font-semibold">{secrets.message}</p>
          <dl className="grid gap-1 text-sm">
            <dt className="font-semibold">PrivateKey</dt>
            <dd>
              <code data-testid="new-private-key" className="break-all">
                {secrets.privateKey}
              </code>
            </dd>
            <dt className="font-semibold">Token</dt>
            <dd>
              <code data-testid="new-token" className="break-all">
                {secrets.token}
              </code>
            </dd>
          </dl>
          <Button variant="secondary" onClick={() => setSecrets(null)}>
            {t("copied")}
          </Button>
        </div>
      ) : null}
    </div>
  );
}
