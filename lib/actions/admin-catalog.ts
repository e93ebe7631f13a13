"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { CSV_COLUMNS, parseProductCsv, type CsvRow } from "../catalog-csv";
import { deleteProduct, existingSkus, importProducts, saveProduct } from "../data/admin-catalog";
import { AppError } from "../errors";
import { csvImportSchema, idSchema, productSchema, productUpdateSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

export const createProductAction = adminAction(productSchema, async (d, { user }) => {
  await saveProduct(null, d, user);
  revalidatePath("/admin/catalog");
  return { message: `Product ${d.sku} created.` };
});

export const updateProductAction = adminAction(productUpdateSchema, async ({ productId, ...d }, { user }) => {
  await saveProduct(productId, d, user);
  revalidatePath("/admin/catalog", "layout");
  return { message: `Product ${d.sku} saved.` };
});

export const deleteProductAction = adminAction(idSchema, async (productId, { user }) => {
  await deleteProduct(productId, user);
  revalidatePath("/admin/catalog");
  redirect("/admin/catalog");
});

export type CsvPreviewRow = Omit<CsvRow, "product"> & { name: string; price: string; status: "new" | "update" | "error" };

function parseOrFail(csv: string) {
  const { rows, error } = parseProductCsv(csv);
  if (error) throw new AppError(error, "validation", { csv: error });
  if (!rows.length)
    throw new AppError("The file has no product rows", "validation", { csv: `Add one product per line after the header: ${CSV_COLUMNS}` });
  return rows;
}

/** Step 1: validate every row and say what an import would do; nothing is written. */
export const previewProductCsvAction = adminAction(csvImportSchema, async ({ csv }): Promise<{ rows: CsvPreviewRow[] }> => {
  const rows = parseOrFail(csv);
  const existing = await existingSkus(rows.filter((r) => r.product).map((r) => r.sku));
  return {
    rows: rows.map(({ product, ...r }) => ({
      ...r,
      name: product?.name ?? "",
      price: product ? (product.price / 100).toFixed(2) : "",
      status: !product ? "error" : existing.has(r.sku) ? "update" : "new",
    })),
  };
});

/** Step 2 (after the admin confirmed the preview): import the good rows, skip the bad ones. */
export const importProductCsvAction = adminAction(csvImportSchema, async ({ csv }, { user }) => {
  const rows = parseOrFail(csv);
  const good = rows.flatMap((r) => (r.product ? [r.product] : []));
  if (!good.length) throw new AppError("No valid rows to import", "validation");
  const r = await importProducts(good, user);
  revalidatePath("/admin/catalog");
  const skipped = rows.length - good.length;
  return {
    message: `Imported ${r.created} new and updated ${r.updated} existing product${r.created + r.updated === 1 ? "" : "s"}; ${skipped} row${skipped === 1 ? "" : "s"} with errors skipped.`,
  };
});
