import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { findGuestFund, suggestedAmounts } from "@/lib/data/funds";
import { guestRegistryFor } from "@/lib/guest-gate";
import { parseId } from "@/lib/validations/id";
import { formatMoney } from "@/lib/format";
import { guestPhotoPrefix } from "@/lib/images/variants";
import { ContributeForm } from "@/components/guest/contribute-form";
import { fundProgress } from "@/components/guest/fund-card";
import { GiftPicture } from "@/components/ui/gift-picture";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("pledge"))("title"), robots: { index: false } };
}

export default async function ContributePage({ params }: { params: Promise<{ slug: string; fundId: string }> }) {
  const { slug, fundId } = await params;
  const registry = await guestRegistryFor(slug, `/fund/${encodeURIComponent(fundId)}`);
  const id = parseId(fundId);
  const fund = id ? await findGuestFund(registry.id, id) : null;
  if (!fund) notFound();
  const [t, tf, locale, messages] = await Promise.all([getTranslations("pledge"), getTranslations("fund"), getLocale(), getMessages()]);
  const { text, pct } = fundProgress(fund, registry.currency, tf, locale);
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl border border-gray-200 bg-white p-4 sm:p-6">
      <p className="text-sm">
        <Link href={`/r/${registry.slug}`} className="text-brand-700 underline">
          {t("backTo", { title: registry.title })}
        </Link>
      </p>
      <div className="flex items-center gap-4">
        {fund.photo ? (
          <GiftPicture
            photo={fund.photo}
            imageUrl=""
            title={fund.title}
            sizes="96px"
            lazy={false}
            prefix={guestPhotoPrefix(registry)}
            className="w-24 shrink-0"
          />
        ) : null}
        <h1 className="font-serif text-2xl font-bold">{t("heading", { title: fund.title })}</h1>
      </div>
      {fund.story ? <p className="whitespace-pre-line">{fund.story}</p> : null}
      <p className="text-sm font-medium">{text}</p>
      {pct !== null ? (
        <div
          className="h-2.5 rounded-full bg-gray-200"
          role="progressbar"
          aria-valuenow={pct}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-label={t("progressLabel")}
        >
          <div className="h-2.5 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
        </div>
      ) : null}
      <NextIntlClientProvider messages={{ pledge: messages.pledge, validation: messages.validation }}>
        <ContributeForm
          slug={registry.slug}
          fundId={fund.id}
          currency={registry.currency}
          suggested={suggestedAmounts(fund.suggestedCents).map((cents) => ({
            cents,
            label: formatMoney(cents, registry.currency, locale),
          }))}
        />
      </NextIntlClientProvider>
    </div>
  );
}
