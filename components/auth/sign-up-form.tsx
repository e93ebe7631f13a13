"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { signUpAction } from "@/lib/actions/auth";
import { signUpSchema } from "@/lib/validations/auth";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFormErrors } from "@/components/ui/use-form-errors";

export function SignUpForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const t = useTranslations("auth");
  const fe = useFormErrors();
  const { form, onSubmit, pending, formError, errors } = useActionForm(signUpSchema, signUpAction, {
    defaultValues: { callbackUrl },
    onSuccess: ({ redirectTo }) => {
      router.push(redirectTo);
      router.refresh();
    },
  });
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("signUp")}>
      <FormAlert message={fe(formError)} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("firstName")} autoComplete="given-name" error={fe(errors.firstName?.message)} {...register("firstName")} />
        <TextField label={t("lastName")} autoComplete="family-name" error={fe(errors.lastName?.message)} {...register("lastName")} />
      </div>
      <TextField label={t("email")} type="email" autoComplete="email" error={fe(errors.email?.message)} {...register("email")} />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="new-password"
        hint={t("passwordHint")}
        error={fe(errors.password?.message)}
        {...register("password")}
      />
      <TextField
        label={t("confirmPassword")}
        type="password"
        autoComplete="new-password"
        error={fe(errors.confirmPassword?.message)}
        {...register("confirmPassword")}
      />
      <input type="hidden" {...register("callbackUrl")} />
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("creatingAccount") : t("createAccountButton")}
      </Button>
      <p className="text-center text-sm text-muted">
        {t("haveAccount")}{" "}
        <Link
          href={callbackUrl ? `/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-in"}
          className="font-semibold text-brand-700 underline"
        >
          {t("signIn")}
        </Link>
      </p>
    </form>
  );
}
