"use client";
import Link from "next/link";
import { useState } from "react";
import { confirmEmailAction, requestPasswordResetAction, resetPasswordAction, unsubscribeAction } from "@/lib/actions/account";
import { forgotPasswordSchema, resetPasswordSchema } from "@/lib/validations/account";
import { useActionForm, useRun } from "@/components/ui/use-action-form";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";

export function ForgotPasswordForm() {
  const [sent, setSent] = useState(false);
  const { form, onSubmit, pending, formError, errors } = useActionForm(forgotPasswordSchema, requestPasswordResetAction, {
    defaultValues: { email: "" },
    onSuccess: () => setSent(true),
  });
  if (sent) return <p role="status">If an account uses that email, a reset link is on its way. It works once and expires in 30 minutes.</p>;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Forgot password">
      <FormAlert message={formError} />
      <TextField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...form.register("email")} />
      <Button type="submit" disabled={pending} className="w-full">
        Email me a reset link
      </Button>
    </form>
  );
}

export function ResetPasswordForm({ token }: { token: string }) {
  const [done, setDone] = useState(false);
  const { form, onSubmit, pending, formError, errors } = useActionForm(resetPasswordSchema, resetPasswordAction, {
    defaultValues: { token, password: "", confirmPassword: "" },
    onSuccess: () => setDone(true),
  });
  if (done)
    return (
      <p role="status">
        Your password is changed.{" "}
        <Link href="/sign-in" className="font-semibold text-brand-700 underline">
          Sign in
        </Link>
      </p>
    );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Reset password">
      <FormAlert message={formError ?? errors.token?.message} />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...form.register("confirmPassword")}
      />
      <Button type="submit" disabled={pending} className="w-full">
        Set new password
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
  if (done)
    return (
      <p role="status" className="font-semibold text-green-800">
        {doneText}
      </p>
    );
  return (
    <div className="space-y-3">
      <FormAlert message={error} />
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
