import type { Metadata } from "next";
import { requireRegistryAccess } from "@/lib/authz";
import { registryFormOptions } from "@/lib/data/registry-edits";
import { COUNTRIES } from "@/lib/countries";
import { toDateInput } from "@/lib/format";
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
        initial={{
          title: r.title,
          occasionId: r.occasionId ?? ("" as unknown as number),
          eventDate: toDateInput(r.eventDate),
          deliveryDate: toDateInput(r.deliveryDate),
          message: r.message,
          invitationInserts: r.invitationInserts ?? "",
          exchangeCards: r.exchangeCards,
          storeId: r.storeId ?? "",
          externalIdentifier: r.externalIdentifier,
          visibility: r.visibility,
          accessCode: "",
          surpriseMode: r.surpriseMode,
          coFirstName: r.coFirstName,
          coLastName: r.coLastName,
          coEmail: r.coEmail,
          addrCompany: r.addrCompany,
          addrStreet: r.addrStreet,
          addrStreet2: r.addrStreet2,
          addrSuburb: r.addrSuburb,
          addrCity: r.addrCity,
          addrState: r.addrState,
          addrPostcode: r.addrPostcode,
          addrCountry: r.addrCountry,
          addrPhone: r.addrPhone,
        }}
      />
    </div>
  );
}
