"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { confirmEmailAction, requestPasswordResetAction, resetPasswordAction, unsubscribeAction } from "@/lib/actions/account";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/validations/account";
import { useActionForm, useRun } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { useFormErrors } from "@/components/ui/use-form-errors";

export function ForgotPasswordForm() {
  const [sent, setSent] = useState(false);
  const t = useTranslations("auth");
  const fe = useFormErrors();
  const { form, onSubmit, pending, formError, errors } = useActionForm(forgotPasswordSchema, requestPasswordResetAction, {
    defaultValues: { email: "" },
    onSuccess: () => setSent(true),
  });
  if (sent) return <p role="status">{t("resetSent", { minutes: 30 })}</p>;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("forgotTitle")}>
      <FormAlert message={fe(formError)} />
      <TextField label={t("email")} type="email" autoComplete="email" error={fe(errors.email?.message)} {...form.register("email")} />
      <Button type="submit" disabled={pending} className="w-full">
        {t("sendResetLink")}
      </Button>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const t = useTranslations("auth");
  const fe = useFormErrors();
  const { form, onSubmit, pending, formError, errors } = useActionForm(resetPasswordSchema, resetPasswordAction, {
    defaultValues: { token, password: "", confirmPassword: "" },
    onSuccess: () => setDone(true),
  });
  if (done)
    return (
      <p role="status">
        {t("passwordChanged")}{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          {t("signIn")}
        </Link>
      </p>
    );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("resetTitle")}>
      <FormAlert message={fe(formError ?? errors.token?.message)} />
      <TextField
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        error={fe(errors.password?.message)}
        {...form.register("password")}
      />
      <TextField
        label={t("confirmNewPassword")}
        type="password"
        autoComplete="new-password"
        error={fe(errors.confirmPassword?.message)}
        {...form.register("confirmPassword")}
      />
      <Button type="submit" disabled={pending} className="w-full">
        {t("setNewPassword")}
      </Button>
    </form>
  );
}

/** Confirmation links ask for a click: mail scanners that prefetch links change nothing. The link's raw values go as they are: the action's schema checks them. */
export function ConfirmButton({
  kind,
  payload,
  label,
  doneText,
}: {
  kind: "email" | "unsubscribe";
  payload: unknown;
  label: string;
  doneText: string;
}) {
  const [done, setDone] = useState(false);
  const { run, pending, error } = useRun();
  const fe = useFormErrors();
  if (done)
    return (
      <p role="status" className="font-semibold text-green-800">
        {doneText}
      </p>
    );
  return (
    <div className="space-y-3">
      <FormAlert message={fe(error)} />
      <Button
        disabled={pending}
        onClick={() =>
          run(
            () => (kind === "email" ? confirmEmailAction(payload as never) : unsubscribeAction(payload as never)),
            () => setDone(true),
          )
        }
      >
        {label}
      </Button>
    </div>
  );
}
