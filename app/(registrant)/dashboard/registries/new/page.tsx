import type { Metadata } from "next";
import { requireUser } from "@/lib/authz";
import { registryFormOptions } from "@/lib/data/registry-edits";
import { countryOptions } from "@/lib/countries";
import { getLocale, getTranslations } from "next-intl/server";
import { RegistryForm } from "@/components/registry/registry-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("registryForm"))("createTitle") };
}

export default async function NewRegistryPage() {
  await requireUser("/dashboard/registries/new");
  const [[occasions, stores], t, locale] = await Promise.all([registryFormOptions(), getTranslations("registryForm"), getLocale()]);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">{t("createTitle")}</h1>
      <RegistryForm occasions={occasions} stores={stores} countries={countryOptions(locale)} />
    </div>
  );
}
