import type { Metadata } from "next";
import { requireUser } from "@/lib/authz";
import { registryFormOptions } from "@/lib/data/registry-edits";
import { COUNTRIES } from "@/lib/countries";
import { RegistryForm } from "@/components/registry/registry-form";

export const metadata: Metadata = { title: "Create a registry" };

export default async function NewRegistryPage() {
  await requireUser("/dashboard/registries/new");
  const [occasions, stores] = await registryFormOptions();
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-bold">Create a registry</h1>
      <RegistryForm occasions={occasions} stores={stores} countries={COUNTRIES} />
    </div>
  );
}
