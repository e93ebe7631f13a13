import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrantIntl } from "@/components/layout/registrant-intl";
import { ConfirmButton } from "@/components/account/email-link-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("confirmTitle"), referrer: "no-referrer" };
}

export default async function ConfirmEmailPage({ searchParams }: { searchParams: Promise<{ token?: string }> }) {
  const [{ token = "" }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  return (
    <section className="mx-auto max-w-md space-y-4 rounded-xl border border-gray-200 bg-white p-6">
      <h1 className="font-serif text-3xl font-bold">{t("confirmTitle")}</h1>
      <RegistrantIntl>
        <ConfirmButton kind="email" payload={token} label={t("confirmButton")} doneText={t("confirmDone")} />
      </RegistrantIntl>
    </section>
  );
}
