import { getMessages, getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findGuestTarget } from "@/lib/data/guest";
import { ReportForm } from "@/components/guest/report-form";
import { redirectFormerSlug } from "@/lib/slug-redirect";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("report"))("title"), robots: { index: false } };
}

export default async function ReportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const registry = await findGuestTarget(slug);
  if (!registry) {
    await redirectFormerSlug(slug, "/report");
    notFound();
  }
  const [t, messages] = await Promise.all([getTranslations("report"), getMessages()]);
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl border border-gray-200 bg-white p-6">
      <p className="text-sm">
        <Link href={`/r/${registry.slug}`} className="text-brand-700 underline">
          {t("back")}
        </Link>
      </p>
      <h1 className="font-serif text-2xl font-bold">{t("heading", { title: registry.title })}</h1>
      <NextIntlClientProvider messages={{ report: messages.report, validation: messages.validation }}>
        <ReportForm slug={registry.slug} />
      </NextIntlClientProvider>
    </div>
  );
}
