import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/authz";
import { findProfile } from "@/lib/data/account";
import { signOutAction } from "@/lib/actions/auth";
import { Button } from "@/components/ui/button";
import { DeleteAccountForm, NotificationsForm, PasswordForm, ProfileForm } from "@/components/dashboard/account-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("account"))("title") };
}

export default async function AccountPage() {
  const user = await requireUser("/dashboard/account");
  const [profile, t] = await Promise.all([findProfile(user.id), getTranslations("account")]);
  const section = "space-y-4 rounded-xl border border-gray-200 bg-white p-5";
  return (
    <div className="mx-auto max-w-2xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("heading")}</h1>
      <section aria-labelledby="profile-heading" className={section}>
        <h2 id="profile-heading" className="text-lg font-semibold">
          {t("details")}
        </h2>
        <ProfileForm initial={{ firstName: profile.firstName, lastName: profile.lastName, email: profile.email, phone: profile.phone }} />
      </section>
      <section aria-labelledby="notify-heading" className={section}>
        <h2 id="notify-heading" className="text-lg font-semibold">
          {t("notifications")}
        </h2>
        <NotificationsForm
          isAdmin={profile.role === "ADMIN"}
          initial={{
            notifyPurchases: profile.notifyPurchases,
            weeklyDigest: profile.weeklyDigest,
            thankYouReminder: profile.thankYouReminder,
            adminDailyReports: profile.adminDailyReports,
          }}
        />
      </section>
      <section aria-labelledby="password-heading" className={section}>
        <h2 id="password-heading" className="text-lg font-semibold">
          {t("password")}
        </h2>
        <PasswordForm />
      </section>
      <section aria-labelledby="devices-heading" className={section}>
        <h2 id="devices-heading" className="text-lg font-semibold">
          {t("devices")}
        </h2>
        <p className="text-sm">{t("devicesText")}</p>
        <form action={signOutAction}>
          <Button type="submit" variant="secondary">
            {t("signOutEverywhere")}
          </Button>
        </form>
      </section>
      <section aria-labelledby="delete-heading" className={section}>
        <h2 id="delete-heading" className="text-lg font-semibold">
          {t("delete")}
        </h2>
        <DeleteAccountForm />
      </section>
    </div>
  );
}
