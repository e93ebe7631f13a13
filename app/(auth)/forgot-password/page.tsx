import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/account/email-link-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("forgotTitle") };
}

export default async function ForgotPasswordPage() {
  const t = await getTranslations("auth");
  return (
    <section className="mx-auto max-w-md rounded-xl border border-gray-200 bg-white p-6 shadow-sm sm:p-8">
      <h1 className="mb-2 font-serif text-3xl font-bold">{t("forgotHeading")}</h1>
      <p className="mb-6 text-muted">{t("forgotIntro")}</p>
      <ForgotPasswordForm />
    </section>
  );
}
