"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signInAction } from "@/lib/actions/auth";
import { signInSchema } from "@/lib/validations/auth";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";

export function SignInForm({ callbackUrl }: { callbackUrl?: string }) {
  const router = useRouter();
  const { form, onSubmit, pending, formError, errors } = useActionForm(signInSchema, signInAction, {
    defaultValues: { callbackUrl },
    onSuccess: ({ redirectTo }) => {
      router.push(redirectTo);
      router.refresh();
    },
  });
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Sign in">
      <FormAlert message={formError} />
      <TextField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register("email")} />
      <TextField
        label="Password"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...register("password")}
      />
      <input type="hidden" {...register("callbackUrl")} />
      <p className="text-right text-sm">
        <Link href="/forgot-password" className="text-brand-700 underline">
          Forgot your password?
        </Link>
      </p>
      <Button type="submit" disabled={pending} className="w-full">
        {pending ? "Signing in…" : "Sign in"}
      </Button>
      <p className="text-center text-sm text-muted">
        New here?{" "}
        <Link
          href={callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up"}
          className="font-semibold text-brand-700 underline"
        >
          Create an account
        </Link>
      </p>
    </form>
  );
}
