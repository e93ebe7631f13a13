import { getMessages, getTranslations } from "next-intl/server";
import { NextIntlClientProvider } from "next-intl";
import type { Metadata } from "next";
import { notFound, redirect } from "next/navigation";
import { findGuestTarget } from "@/lib/data/guest";
import { canView } from "@/lib/guest-gate";
import { AccessCodeForm } from "@/components/guest/access-code-form";
import { isSlug } from "@/lib/validations/slug";
import { redirectFormerSlug } from "@/lib/slug-redirect";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("access"))("title"), robots: { index: false } };
}

/** A private registry's gate: the access code the registrant shared sets the signed access cookie. */
export default async function AccessPage({ params }: Props) {
  const { slug } = await params;
  const registry = isSlug(slug) ? await findGuestTarget(slug) : null;
  if (!registry) {
    await redirectFormerSlug(slug, "/access");
    notFound();
  }
  if (await canView(registry)) redirect(`/r/${registry.slug}`);
  const [t, messages] = await Promise.all([getTranslations("access"), getMessages()]);
  return (
    <section className="mx-auto max-w-lg py-12 text-center">
      <h1 className="font-serif text-3xl font-bold">{registry.title}</h1>
      <p className="mt-3 text-muted">{t("intro", { name: registry.firstName })}</p>
      <NextIntlClientProvider messages={{ access: messages.access, validation: messages.validation }}>
        <AccessCodeForm slug={registry.slug} />
      </NextIntlClientProvider>
    </section>
  );
}
