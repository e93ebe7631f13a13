import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRegistryAccess } from "@/lib/authz";
import { canSeeBuyers, thankYouList } from "@/lib/data/thank-you";
import { formatDate } from "@/lib/format";
import type { T } from "@/lib/i18n/types";
import { RevealButton, ThankYouTable } from "@/components/dashboard/thank-you-list";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("thankYou"))("title") };
}

export default async function ThankYouPage({ params }: { params: Promise<{ id: string }> }) {
  const { registry } = await requireRegistryAccess((await params).id);
  const visible = canSeeBuyers(registry);
  const [t, locale] = await Promise.all([getTranslations("thankYou"), getLocale()]);
  const entries = visible ? await thankYouList(registry.id, t as unknown as T, locale) : [];
  const eventPassed = !!registry.eventDate && registry.eventDate <= new Date();
  return (
    <div className="space-y-6">
      <p className="text-sm">
        <Link href={`/dashboard/registries/${registry.id}`} className="text-brand-700 underline">
          ← {registry.title}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      {visible ? (
        <>
          <ThankYouTable registryId={registry.id} entries={entries.map((e) => ({ ...e, date: formatDate(e.date, locale) }))} />
          <a href={`/dashboard/registries/${registry.id}/thank-you/csv`} className="inline-block font-semibold text-brand-700 underline">
            {t("csv")}
          </a>
        </>
      ) : (
        <section className="space-y-3 rounded-xl border border-gray-200 bg-white p-5">
          <p>{t("surprise")}</p>
          {eventPassed ? (
            <RevealButton registryId={registry.id} />
          ) : (
            <p className="text-muted">{t("revealAfter", { date: formatDate(registry.eventDate, locale) })}</p>
          )}
        </section>
      )}
    </div>
  );
}
