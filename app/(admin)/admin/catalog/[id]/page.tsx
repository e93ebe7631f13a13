import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/authz";
import { getProduct } from "@/lib/data/admin-catalog";
import { deleteProductAction, updateProductAction } from "@/lib/actions/admin-catalog";
import { idSchema } from "@/lib/validations/admin";
import { ActionForm } from "@/components/admin/action-form";
import { ProductFields } from "@/components/admin/product-fields";

export const metadata: Metadata = { title: "Product · Admin" };

export default async function AdminProduct({ params }: { params: Promise<{ id: string }> }) {
  await requireRole("ADMIN", "/admin/catalog");
  const id = idSchema.safeParse((await params).id);
  const p = id.success ? await getProduct(id.data) : null;
  if (!p) notFound();
  return (
    <div className="max-w-3xl space-y-4">
      <Link href="/admin/catalog" className="text-sm text-brand-700 underline">
        ← Catalog
      </Link>
      <h1 className="font-serif text-3xl font-bold">
        {p.name} <span className="text-lg font-normal text-muted">(catalog id {p.id})</span>
      </h1>
      <ActionForm
        action={updateProductAction}
        schema="productUpdate"
        values={{ productId: p.id }}
        label="Edit product"
        submit="Save product"
      >
        <ProductFields p={p} />
      </ActionForm>
      <ActionForm
        action={deleteProductAction.bind(null, p.id)}
        label="Delete product"
        submit="Delete product"
        variant="danger"
        confirm={`Delete ${p.sku} for good?`}
        className="border-t border-gray-200 pt-4"
      >
        <p className="text-sm text-muted">Only a product no registry uses can be deleted; otherwise deactivate it.</p>
      </ActionForm>
    </div>
  );
}
