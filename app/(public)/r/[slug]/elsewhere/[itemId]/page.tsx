import { getLocale, getMessages, getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { available } from "@/lib/data/guest";
import { guestRegistryFor } from "@/lib/guest-gate";
import { parseId } from "@/lib/validations/id";
import { BoughtElsewhereForm } from "@/components/guest/bought-elsewhere-form";
import { GiftPicture } from "@/components/ui/gift-picture";
import { guestPhotoPrefix } from "@/lib/images/variants";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("elsewhere"))("title"), robots: { index: false } };
}

export default async function BoughtElsewherePage({ params }: { params: Promise<{ slug: string; itemId: string }> }) {
  const { slug, itemId } = await params;
  const registry = await guestRegistryFor(slug, `/elsewhere/${encodeURIComponent(itemId)}`);
  const item = registry.items.find((i) => i.id === parseId(itemId));
  if (!item) notFound();
  const left = available(item);
  const [t, messages] = await Promise.all([getTranslations("elsewhere"), getMessages()]);
  return (
    <div className="mx-auto max-w-xl space-y-4 rounded-xl border border-gray-200 bg-white p-6">
      <p className="text-sm">
        <Link href={`/r/${registry.slug}`} className="text-brand-700 underline">
          {t("backTo", { title: registry.title })}
        </Link>
      </p>
      <div className="flex items-center gap-4">
        <GiftPicture
          photo={item.photo}
          imageUrl={item.imageUrl}
          title={item.title}
          sizes="96px"
          lazy={false}
          prefix={guestPhotoPrefix(registry)}
          className="w-24 shrink-0"
        />
        <h1 className="font-serif text-2xl font-bold">{t("heading", { title: item.title })}</h1>
      </div>
      <NextIntlClientProvider messages={{ elsewhere: messages.elsewhere, validation: messages.validation }}>
        <BoughtElsewhereForm
          slug={registry.slug}
          itemId={item.id}
          available={left}
          who={
            new Intl.ListFormat(await getLocale(), { type: "conjunction" }).format(
              [registry.firstName, registry.coFirstName].filter(Boolean),
            ) || registry.title
          }
        />
      </NextIntlClientProvider>
    </div>
  );
}
