import type { Metadata } from "next";
import { requireRegistryAccess } from "@/lib/authz";
import { registryFormOptions } from "@/lib/data/registry-edits";
import { COUNTRIES } from "@/lib/countries";
import { registryFormValues } from "@/lib/validations/registry";
import { RegistryForm } from "@/components/registry/registry-form";
import { RegistryPhotos } from "@/components/registry/registry-photos";
import { AddressForm } from "@/components/registry/address-form";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Edit registry" };

export default async function EditRegistryPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, registry: r } = await requireRegistryAccess((await params).id);
  const [occasions, stores] = await registryFormOptions();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Edit “{r.title}”</h1>
      <RegistryPhotos registryId={r.id} title={r.title} cover={r.coverPhoto} couple={r.couplePhoto} />
      <AddressForm registryId={r.id} slug={r.slug} base={env().APP_URL} />
      <RegistryForm
        occasions={occasions}
        stores={stores}
        countries={COUNTRIES}
        registryId={r.id}
        hasAccessCode={!!r.accessCodeHash}
        canEditCoRegistrant={r.ownerId === user.id || user.role === "ADMIN"}
        surpriseActive={r.surpriseMode && !r.revealedAt}
        initial={registryFormValues(r)}
      />
    </div>
  );
}
