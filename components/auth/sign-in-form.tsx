"use client";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { signInAction } from "@/lib/actions/auth";
import { signInSchema } from "@/lib/validations/auth";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { useFormErrors } from "@/components/ui/use-form-errors";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const t = useTranslations("auth");
  const fe = useFormErrors();
  const { form, onSubmit, pending, formError, errors } = useActionForm(signInSchema, signInAction, {
    defaultValues: { callbackUrl },
    onSuccess: ({ redirectTo }) => {
      router.push(redirectTo);
      router.refresh();
    },
  });
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("signIn")}>
      <FormAlert message={fe(formError)} />
      <TextField label={t("email")} type="email" autoComplete="email" error={fe(errors.email?.message)} {...register("email")} />
      <TextField
        label={t("password")}
        type="password"
        autoComplete="current-password"
        error={fe(errors.password?.message)}
        {...register("password")}
      />
      <input type="hidden" {...register("callbackUrl")} />
      <p className="text-end text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          {t("forgotLink")}
        </Link>
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? t("signingIn") : t("signIn")}
      </Button>
      <p className="text-center text-sm text-muted">
        {t("newHere")}{" "}
        <Link
          href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
          className="font-semibold text-brand-700 underline"
        >
          {t("createAccount")}
        </Link>
      </p>
    </form>
  );
}
