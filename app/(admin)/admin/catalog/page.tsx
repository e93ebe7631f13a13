import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
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

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog"))("metaTitle") };
}

export default async function AdminCatalog({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/catalog");
  const q = productListQuery.parse(firstParams(await searchParams));
  const [{ total, rows, pages }, t, locale] = await Promise.all([listProducts(q), getTranslations("adminCatalog"), getLocale()]);
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
        <LinkButton href="/admin/catalog/import" variant="secondary">
          {t("importLink")}
        </LinkButton>
      </div>
      <form method="get" aria-label={t("searchLabel")} className="flex flex-wrap items-end gap-3">
        <label className="text-sm font-medium">
          {t("q")}
          <input name="q" defaultValue={q.q ?? ""} className={filterInput} />
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("search")}
        </button>
      </form>
      <Pager path="/admin/catalog" params={q} page={q.page} pages={pages} total={total} />
      <Table
        caption={t("caption")}
        head={[
          t("colId"),
          t("colSku"),
          t("colName"),
          t("colPrice"),
          t("colBarcode"),
          t("colColour"),
          t("colSize"),
          t("colCategory"),
          t("colStatus"),
        ]}
      >
        {rows.map((p) => (
          <tr key={p.id}>
            <td className={td}>{p.id}</td>
            <td className={td}>
              <Link href={`/admin/catalog/${p.id}`} className="font-medium text-brand-700 underline">
                {p.sku}
              </Link>
            </td>
            <td className={td}>{p.name}</td>
            <td className={td}>{formatMoney(p.priceCents, "USD", locale)}</td>
            <td className={td}>{p.barcode || "—"}</td>
            <td className={td}>{p.colour || "—"}</td>
            <td className={td}>{p.size || "—"}</td>
            <td className={td}>{p.category || "—"}</td>
            <td className={td}>{p.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="gray">{t("inactive")}</Badge>}</td>
          </tr>
        ))}
      </Table>
      <section aria-labelledby="new-product" className="space-y-3 rounded-xl border border-gray-200 bg-white p-4">
        <h2 id="new-product" className="text-xl font-semibold">
          {t("add")}
        </h2>
        <ActionForm action={createProductAction} schema="product" label={t("add")} submit={t("addSubmit")} reset>
          <ProductFields />
        </ActionForm>
      </section>
    </div>
  );
}
