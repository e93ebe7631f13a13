import type { Metadata } from "next";
import { exampleAmount } from "@/lib/format";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listSales, registryForSales } from "@/lib/data/admin-sales";
import { recordOfflineMovementAction } from "@/lib/actions/admin-sales";
import { firstParams, orderListQuery } from "@/lib/validations/admin";
import { buttonClass } from "@/components/ui/button";
import { ActionForm, Area, Input, Select } from "@/components/admin/action-form";
import { ItemsTable, SalesTable, Section } from "@/components/admin/registry-sections";
import { filterInput } from "@/components/admin/table";

export const metadata: Metadata = { title: "Sales and refunds · Admin" };

export default async function AdminSales({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/sales");
  const { registry: registryId } = orderListQuery.parse(firstParams(await searchParams));
  const [registry, sales] = registryId ? await Promise.all([registryForSales(registryId), listSales(registryId)]) : [null, []];
  return (
    <div className="space-y-6">
      <h1 className="font-serif text-3xl font-bold">Sales and refunds</h1>
      <form
        method="get"
        aria-label="Choose a registry"
        className="flex flex-wrap items-end gap-3 rounded-xl border border-gray-200 bg-white p-4"
      >
        <label className="text-sm font-medium">
          Registry number
          <input name="registry" type="number" min={1} required defaultValue={registryId ?? ""} className={filterInput} />
        </label>
        <button type="submit" className={buttonClass("primary")}>
          Show
        </button>
        <Link href="/admin/registries" className="self-center text-sm text-brand-700 underline">
          Find a registry
        </Link>
      </form>
      {registryId && !registry ? <p role="alert">Registry {registryId} not found.</p> : null}
      {registry ? (
        <>
          <h2 className="text-2xl font-semibold">
            <Link href={`/admin/registries/${registry.id}`} className="text-brand-700 underline">
              {registry.title}
            </Link>{" "}
            (No. {registry.id})
          </h2>
          <Section title="Items">
            <ItemsTable items={registry.items.map((i) => ({ ...i, sku: "" }))} currency={registry.currency} />
          </Section>
          <Section title="Record an offline sale or refund">
            <p className="max-w-2xl text-sm text-muted">
              Same rules as the store APIs: the same reference for the same item and kind counts once; a refund never exceeds what was
              purchased in the store (bought-elsewhere units excluded).
            </p>
            <ActionForm
              action={recordOfflineMovementAction}
              schema="offlineMovement"
              values={{ registryId: registry.id, currency: registry.currency }}
              label="Record an offline sale or refund"
              submit="Record"
              className="grid max-w-2xl gap-3 sm:grid-cols-2"
            >
              <Select name="kind" label="Kind" defaultValue="SALE">
                <option value="SALE">Sale</option>
                <option value="REFUND">Refund</option>
              </Select>
              <Select name="itemId" label="Item" defaultValue="">
                <option value="">Choose an item</option>
                {registry.items.map((i) => (
                  <option key={i.id} value={i.id}>
                    {i.title} (purchased {i.purchased} of {i.requested})
                  </option>
                ))}
              </Select>
              <Input name="quantity" label="Quantity" inputMode="numeric" defaultValue="1" />
              <Input
                name="unitNet"
                label={`Unit net price (${registry.currency})`}
                inputMode="decimal"
                placeholder={exampleAmount(24, registry.currency)}
              />
              <Input name="reference" label="Reference (receipt or transaction number)" />
              <Area name="comment" label="Comment" maxLength={500} />
            </ActionForm>
          </Section>
          <Section title="Records">
            {sales.length ? (
              <SalesTable sales={sales} currency={registry.currency} />
            ) : (
              <p className="text-muted">No sales or refunds recorded yet.</p>
            )}
          </Section>
        </>
      ) : null}
    </div>
  );
}
