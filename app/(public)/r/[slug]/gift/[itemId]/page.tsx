import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { findGuestGroupGift } from "@/lib/data/group-gifts";
import { guestRegistryFor } from "@/lib/guest-gate";
import { parseId } from "@/lib/validations/id";
import { formatDate, formatMoney } from "@/lib/format";
import { guestPhotoPrefix } from "@/lib/images/variants";
import { ContributeForm } from "@/components/guest/contribute-form";
import { groupProgress, peopleLine } from "@/components/guest/item-card";
import { GiftPicture } from "@/components/ui/gift-picture";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registry"))("chipInTitle"), robots: { index: false } };
}

/** A group gift's contribution page: how much of the next unit is covered, and the guest's share. */
export default async function ChipInPage({ params }: { params: Promise<{ slug: string; itemId: string }> }) {
  const { slug, itemId } = await params;
  const registry = await guestRegistryFor(slug, `/gift/${encodeURIComponent(itemId)}`);
  const id = parseId(itemId);
  const gift = id ? await findGuestGroupGift(registry.id, id, registry.eventDate) : null;
  if (!gift) notFound();
  // The page's and the form's strings (amount, name, errors) in the guest's language, as on a fund's page.
  const [t, locale, messages] = await Promise.all([getTranslations("registry"), getLocale(), getMessages()]);
  const money = (cents: number) => formatMoney(cents, registry.currency, locale);
  const { text, pct } = groupProgress(gift, gift.priceCents, registry.currency, t, locale);
  const min = Math.min(gift.groupMinCents, gift.restCents);
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl border border-gray-200 bg-white p-4 sm:p-6">
      <p className="text-sm">
        <Link href={`/r/${registry.slug}`} className="text-brand-700 underline">
          {t("chipInBack", { registry: registry.title })}
        </Link>
      </p>
      <div className="flex items-center gap-4">
        <GiftPicture
          photo={gift.photo}
          imageUrl={gift.imageUrl}
          title={gift.title}
          sizes="96px"
          lazy={false}
          prefix={guestPhotoPrefix(registry)}
          className="w-24 shrink-0"
        />
        <div>
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-700">{t("groupGift")}</p>
          <h1 className="font-serif text-2xl font-bold">{t("chipInHeading", { title: gift.title })}</h1>
        </div>
      </div>
      {gift.note ? <p className="italic">“{gift.note}”</p> : null}
      <p>
        {t("chipInExplain", { price: money(gift.priceCents) })}
        {gift.requested > 1 ? ` ${t("chipInStillNeeded", { left: gift.left, requested: gift.requested })}` : ""}
      </p>
      <p className="text-sm font-medium">{text}</p>
      <div
        className="h-2.5 rounded-full bg-gray-200"
        role="progressbar"
        aria-valuenow={pct}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-label={t("chipInCoveredSoFar")}
      >
        <div className="h-2.5 rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
      </div>
      {gift.people ? <p className="text-sm text-muted">{peopleLine(gift.people, t)}</p> : null}
      {gift.deadline && gift.open ? (
        <p className="text-sm text-muted">{t("chipInOpenUntil", { date: formatDate(gift.deadline, locale) })}</p>
      ) : null}
      {gift.open ? (
        <NextIntlClientProvider messages={{ pledge: messages.pledge, validation: messages.validation }}>
          <ContributeForm
            slug={registry.slug}
            itemId={gift.id}
            currency={registry.currency}
            hint={t("chipInHint", { min: min > 100 ? money(min) : "none", rest: money(gift.restCents) })}
            suggested={[...new Set([min, Math.round(gift.restCents / 200) * 100, gift.restCents])]
              .filter((c) => c >= Math.max(min, 100) && c <= gift.restCents)
              .sort((a, b) => a - b)
              .map((cents) => ({ cents, label: cents === gift.restCents ? t("chipInAllLeft", { amount: money(cents) }) : money(cents) }))}
          />
        </NextIntlClientProvider>
      ) : (
        <p className="rounded bg-gray-100 px-3 py-2">{gift.left === 0 ? t("chipInFullyCovered") : t("chipInClosed")}</p>
      )}
    </div>
  );
}
