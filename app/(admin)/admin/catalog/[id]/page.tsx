import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/authz";
import { getProduct } from "@/lib/data/admin-catalog";
import { deleteProductAction, updateProductAction } from "@/lib/actions/admin-catalog";
import { idSchema } from "@/lib/validations/admin";
import { ActionForm } from "@/components/admin/action-form";
import { ProductFields } from "@/components/admin/product-fields";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog"))("productMeta") };
}

export default async function AdminProduct({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "/admin/catalog");
  const id = idSchema.safeParse((await params).id);
  const p = id.success ? await getProduct(id.data) : null;
  if (!p) notFound();
  const t = await getTranslations("adminCatalog");
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/admin/catalog" className="text-sm text-brand-700 underline">
        {t("back")}
      </Link>
      <h1 className="font-serif text-3xl font-bold">
        {p.name} <span className="text-lg font-normal text-muted">{t("catalogId", { id: p.id })}</span>
      </h1>
      <ActionForm action={updateProductAction} schema="productUpdate" values={{ productId: p.id }} label={t("edit")} submit={t("save")}>
        <ProductFields p={p} />
      </ActionForm>
      <ActionForm
        action={deleteProductAction.bind(null, p.id)}
        label={t("delete")}
        submit={t("delete")}
        variant="danger"
        confirm={t("deleteConfirm", { sku: p.sku })}
        className="border-t border-gray-200 pt-4"
      >
        <p className="text-sm text-muted">{t("deleteNote")}</p>
      </ActionForm>
    </div>
  );
}
