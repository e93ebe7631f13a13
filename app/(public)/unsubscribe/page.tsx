import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RegistrantIntl } from "@/components/layout/registrant-intl";
import { ConfirmButton } from "@/components/account/email-link-forms";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth"))("unsubscribeTitle"), robots: { index: false } };
}

export default async function UnsubscribePage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const [{ u = "", k = "", sig = "" }, t] = await Promise.all([searchParams, getTranslations("auth")]);
  return (
    <section className="mx-auto max-w-md space-y-4 rounded-xl border border-gray-200 bg-white p-6">
      <h1 className="font-serif text-3xl font-bold">{t("unsubscribeTitle")}</h1>
      <p>{t("unsubscribeQuestion", { kind: k === "admin-reports" ? "adminReports" : k })}</p>
      <RegistrantIntl>
        <ConfirmButton kind="unsubscribe" payload={{ u, k, sig }} label={t("unsubscribeTitle")} doneText={t("unsubscribeDone")} />
      </RegistrantIntl>
    </section>
  );
}
