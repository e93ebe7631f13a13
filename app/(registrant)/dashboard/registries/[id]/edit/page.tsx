import type { Metadata } from "next";
import { requireRegistryAccess } from "@/lib/authz";
import { registryFormOptions } from "@/lib/data/registry-edits";
import { countryOptions } from "@/lib/countries";
import { getLocale, getTranslations } from "next-intl/server";
import { registryFormValues } from "@/lib/validations/registry";
import { RegistryForm } from "@/components/registry/registry-form";
import { RegistryPhotos } from "@/components/registry/registry-photos";
import { AddressForm } from "@/components/registry/address-form";
import { env } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registryForm"))("editTitle") };
}

export default async function EditRegistryPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, registry: r } = await requireRegistryAccess((await params).id);
  const [[occasions, stores], t, locale] = await Promise.all([registryFormOptions(), getTranslations("registryForm"), getLocale()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("editHeading", { title: r.title })}</h1>
      <RegistryPhotos registryId={r.id} title={r.title} cover={r.coverPhoto} couple={r.couplePhoto} />
      <AddressForm registryId={r.id} slug={r.slug} base={env().APP_URL} />
      <RegistryForm
        occasions={occasions}
        stores={stores}
        countries={countryOptions(locale)}
        registryId={r.id}
        hasAccessCode={!!r.accessCodeHash}
        canEditCoRegistrant={r.ownerId === user.id || user.role === "ADMIN"}
        surpriseActive={r.surpriseMode && !r.revealedAt}
        initial={registryFormValues(r)}
      />
    </div>
  );
}
