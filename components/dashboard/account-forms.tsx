"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import { useFormErrors } from "@/components/ui/use-form-errors";
import { changePasswordAction, deleteAccountAction, updateNotificationsAction, updateProfileAction } from "@/lib/actions/account";
import { deleteAccountSchema, notificationsSchema, passwordChangeSchema, profileSchema } from "@/lib/validations/account";
import { useActionForm } from "@/components/ui/use-action-form";
import { useToast } from "@/components/ui/toast";
import { Button } from "@/components/ui/button";
import { FormAlert, TextField } from "@/components/ui/field";
import { useRouter } from "next/navigation";

export function ProfileForm({ initial }: { initial: { firstName: string; lastName: string; email: string; phone: string } }) {
  const router = useRouter();
  const [saved, setSaved] = useState<string | null>(null);
  const toast = useToast();
  const t = useTranslations("account");
  const fe = useFormErrors();
  const { form, onSubmit, pending, formError, errors } = useActionForm(profileSchema, updateProfileAction, {
    defaultValues: initial,
    // One confirmation each: a toast when there is nothing more to say, the message at the form when there is.
    onSuccess: ({ emailPending }) => {
      if (emailPending) setSaved(t("savedEmailPending", { email: emailPending }));
      else {
        setSaved(null);
        toast({ text: t("saved") });
      }
      router.refresh();
    },
  });
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("profile")}>
      <FormAlert message={fe(formError)} />
      <FormAlert tone="success" message={saved} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label={t("firstName")} autoComplete="given-name" error={fe(errors.firstName?.message)} {...register("firstName")} />
        <TextField label={t("lastName")} autoComplete="family-name" error={fe(errors.lastName?.message)} {...register("lastName")} />
      </div>
      <TextField label={t("email")} type="email" autoComplete="email" error={fe(errors.email?.message)} {...register("email")} />
      <TextField label={t("phone")} type="tel" autoComplete="tel" error={fe(errors.phone?.message)} {...register("phone")} />
      <Button type="submit" disabled={pending}>
        {t("saveDetails")}
      </Button>
    </form>
  );
}

export function PasswordForm() {
  const [saved, setSaved] = useState(false);
  const t = useTranslations("account");
  const fe = useFormErrors();
  const empty = { currentPassword: "", newPassword: "", confirmPassword: "" };
  const { form, onSubmit, pending, formError, errors } = useActionForm(passwordChangeSchema, changePasswordAction, {
    defaultValues: empty,
    onSuccess: () => {
      setSaved(true);
      form.reset(empty);
    },
  });
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("changePassword")}>
      <FormAlert message={fe(formError)} />
      <FormAlert tone="success" message={saved ? t("passwordChanged") : null} />
      <TextField
        label={t("currentPassword")}
        type="password"
        autoComplete="current-password"
        error={fe(errors.currentPassword?.message)}
        {...register("currentPassword")}
      />
      <TextField
        label={t("newPassword")}
        type="password"
        autoComplete="new-password"
        error={fe(errors.newPassword?.message)}
        {...register("newPassword")}
      />
      <TextField
        label={t("confirmNewPassword")}
        type="password"
        autoComplete="new-password"
        error={fe(errors.confirmPassword?.message)}
        {...register("confirmPassword")}
      />
      <Button type="submit" disabled={pending}>
        {t("changePassword")}
      </Button>
    </form>
  );
}

export function DeleteAccountForm() {
  const t = useTranslations("account");
  const fe = useFormErrors();
  const { form, onSubmit, pending, formError, errors } = useActionForm(deleteAccountSchema, deleteAccountAction, {
    defaultValues: { password: "" },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("delete")}>
      <FormAlert message={fe(formError)} />
      <p className="text-sm">{t("deleteText")}</p>
      <TextField
        label={t("passwordToConfirm")}
        type="password"
        autoComplete="current-password"
        error={fe(errors.password?.message)}
        {...form.register("password")}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        {t("deleteMine")}
      </Button>
    </form>
  );
}

type Prefs = { notifyPurchases: boolean; weeklyDigest: boolean; thankYouReminder: boolean; adminDailyReports: boolean };

export function NotificationsForm({ initial, isAdmin }: { initial: Prefs; isAdmin: boolean }) {
  const toast = useToast();
  const t = useTranslations("account");
  const fe = useFormErrors();
  const { form, onSubmit, pending, formError } = useActionForm(notificationsSchema, updateNotificationsAction, {
    defaultValues: initial,
    onSuccess: () => toast({ text: t("choicesSaved") }),
  });
  const box = (name: keyof Prefs, label: string) => (
    <label className="flex items-center gap-2">
      <input type="checkbox" className="h-5 w-5" {...form.register(name)} /> {label}
    </label>
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label={t("notifications")}>
      <FormAlert message={fe(formError)} />
      {box("notifyPurchases", t("notifyPurchases"))}
      {box("weeklyDigest", t("weeklyDigest"))}
      {box("thankYouReminder", t("thankYouReminder"))}
      {isAdmin ? box("adminDailyReports", t("adminDailyReports")) : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("saveChoices")}
      </Button>
    </form>
  );
}
