import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getMessages, getTranslations } from "next-intl/server";
import Link from "next/link";
import { available } from "@/lib/data/guest";
import { guestRegistryFor } from "@/lib/guest-gate";
import { CheckoutForm } from "@/components/guest/checkout-form";
import { countryOptions } from "@/lib/countries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("checkout"))("title"), robots: { index: false } };
}

export default async function CheckoutPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const registry = await guestRegistryFor(slug, "/checkout");
  const [t, messages, locale, tForm] = await Promise.all([
    getTranslations("checkout"),
    getMessages(),
    getLocale(),
    getTranslations("registryForm"),
  ]);
  const items = registry.items.map((i) => ({ id: i.id, title: i.title, priceCents: i.priceCents, available: available(i) }));
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <p className="text-sm">
        <Link href={`/r/${registry.slug}`} className="text-brand-700 underline">
          {t("backTo", { title: registry.title })}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      {/* Only what the form says, not the whole catalogue. */}
      <NextIntlClientProvider messages={{ checkout: messages.checkout, validation: messages.validation }}>
        <CheckoutForm
          slug={registry.slug}
          currency={registry.currency}
          city={registry.addrCity}
          items={items}
          countries={countryOptions(locale)}
          chooseCountry={tForm("choose")}
        />
      </NextIntlClientProvider>
    </div>
  );
}
