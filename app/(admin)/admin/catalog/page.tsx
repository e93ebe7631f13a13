import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listProducts } from "@/lib/data/admin-catalog";
import { createProductAction } from "@/lib/actions/admin-catalog";
import { firstParams, productListQuery } from "@/lib/validations/admin";
import { formatMoney } from "@/lib/format";
import { buttonClass, LinkButton } from "@/components/ui/button";
import { ActionForm } from "@/components/admin/action-form";
import { ProductFields } from "@/components/admin/product-fields";
import { Badge, Pager, Table, filterInput, td } from "@/components/admin/table";

export const metadata: Metadata = { title: "Catalog · Admin" };

export default async function AdminCatalog({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/catalog");
  const q = productListQuery.parse(firstParams(await searchParams));
  const { total, rows, pages } = await listProducts(q);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Catalog</h1>
        <LinkButton href="/admin/catalog/import" variant="secondary">
          Import products from CSV
        </LinkButton>
      </div>
      <form method="get" aria-label="Search products" className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          SKU, name or barcode
          <input name="q" defaultValue={q.q ?? ""} className={filterInput} />
        </label>
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
      </form>
      <Pager path="/admin/catalog" params={q} page={q.page} pages={pages} total={total} />
      <Table caption="Products" head={["Catalog id", "SKU", "Name", "Price", "Barcode", "Colour", "Size", "Category", "Status"]}>
        {rows.map((p) => (
          <tr key={p.id}>
            <td className={td}>{p.id}</td>
            <td className={td}>
              <Link href={`/admin/catalog/${p.id}`} className="font-medium text-brand-700 underline">
                {p.sku}
              </Link>
            </td>
            <td className={td}>{p.name}</td>
            <td className={td}>{formatMoney(p.priceCents)}</td>
            <td className={td}>{p.barcode || "—"}</td>
            <td className={td}>{p.colour || "—"}</td>
            <td className={td}>{p.size || "—"}</td>
            <td className={td}>{p.category || "—"}</td>
            <td className={td}>{p.active ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Inactive</Badge>}</td>
          </tr>
        ))}
      </Table>
      <section aria-labelledby="new-product" className="space-y-3 rounded-xl border border-gray-200 bg-white p-4">
        <h2 id="new-product" className="text-xl font-semibold">
          Add a product
        </h2>
        <ActionForm action={createProductAction} schema="product" label="Add a product" submit="Add product" reset>
          <ProductFields />
        </ActionForm>
      </section>
    </div>
  );
}
