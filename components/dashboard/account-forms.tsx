"use client";
import { useState } from "react";
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
  const { form, onSubmit, pending, formError, errors } = useActionForm(profileSchema, updateProfileAction, {
    defaultValues: initial,
    // One confirmation each: a toast when there is nothing more to say, the message at the form when there is.
    onSuccess: ({ emailPending }) => {
      if (emailPending)
        setSaved(`Your details are saved. We sent a link to ${emailPending}: your email changes once you confirm it there.`);
      else {
        setSaved(null);
        toast({ text: "Your details are saved." });
      }
      router.refresh();
    },
  });
  const { register } = form;
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Profile">
      <FormAlert message={formError} />
      <FormAlert tone="success" message={saved} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="First name" autoComplete="given-name" error={errors.firstName?.message} {...register("firstName")} />
        <TextField label="Last name" autoComplete="family-name" error={errors.lastName?.message} {...register("lastName")} />
      </div>
      <TextField label="Email" type="email" autoComplete="email" error={errors.email?.message} {...register("email")} />
      <TextField label="Phone" type="tel" autoComplete="tel" error={errors.phone?.message} {...register("phone")} />
      <Button type="submit" disabled={pending}>
        Save details
      </Button>
    </form>
  );
}

export function PasswordForm() {
  const [saved, setSaved] = useState(false);
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
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Change password">
      <FormAlert message={formError} />
      <FormAlert
        tone="success"
        message={
          saved
            ? "Your password is changed. You are signed out in every browser and on every device: sign in again with your new password."
            : null
        }
      />
      <TextField
        label="Current password"
        type="password"
        autoComplete="current-password"
        error={errors.currentPassword?.message}
        {...register("currentPassword")}
      />
      <TextField
        label="New password"
        type="password"
        autoComplete="new-password"
        error={errors.newPassword?.message}
        {...register("newPassword")}
      />
      <TextField
        label="Confirm new password"
        type="password"
        autoComplete="new-password"
        error={errors.confirmPassword?.message}
        {...register("confirmPassword")}
      />
      <Button type="submit" disabled={pending}>
        Change password
      </Button>
    </form>
  );
}

export function DeleteAccountForm() {
  const { form, onSubmit, pending, formError, errors } = useActionForm(deleteAccountSchema, deleteAccountAction, {
    defaultValues: { password: "" },
  });
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Delete account">
      <FormAlert message={formError} />
      <p className="text-sm">This deletes your account and the registries you own. It can’t be undone.</p>
      <TextField
        label="Password to confirm"
        type="password"
        autoComplete="current-password"
        error={errors.password?.message}
        {...form.register("password")}
      />
      <Button type="submit" variant="danger" disabled={pending}>
        Delete my account
      </Button>
    </form>
  );
}

type Prefs = { notifyPurchases: boolean; weeklyDigest: boolean; thankYouReminder: boolean; adminDailyReports: boolean };

export function NotificationsForm({ initial, isAdmin }: { initial: Prefs; isAdmin: boolean }) {
  const toast = useToast();
  const { form, onSubmit, pending, formError } = useActionForm(notificationsSchema, updateNotificationsAction, {
    defaultValues: initial,
    onSuccess: () => toast({ text: "Your email choices are saved." }),
  });
  const box = (name: keyof Prefs, label: string) => (
    <label className="flex items-center gap-2">
      <input type="checkbox" className="h-5 w-5" {...form.register(name)} /> {label}
    </label>
  );
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="space-y-3" aria-label="Email notifications">
      <FormAlert message={formError} />
      {box("notifyPurchases", "Tell me when a gift is bought from my registry")}
      {box("weeklyDigest", "Send me a weekly digest")}
      {box("thankYouReminder", "Remind me to send thank-you notes after the event")}
      {isAdmin ? box("adminDailyReports", "Daily summary of new guest reports (admins)") : null}
      <Button type="submit" variant="secondary" disabled={pending}>
        Save email choices
      </Button>
    </form>
  );
}
