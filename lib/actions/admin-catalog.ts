"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CSV_COLUMNS, parseProductCsv, type CsvRow } from "../catalog-csv";
import { deleteProduct, existingSkus, importProducts, saveProduct } from "../data/admin-catalog";
import { WordedError, worded } from "../i18n/errors";
import { msg } from "../i18n/validation";
import { csvImportSchema, idSchema, productSchema, productUpdateSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

export const createProductAction = adminAction(productSchema, async (d, { user }) => {
  await saveProduct(null, d, user);
  revalidatePath("/admin/catalog");
  return { message: (await getTranslations("adminCatalog"))("created", { sku: d.sku }) };
});

export const updateProductAction = adminAction(productUpdateSchema, async ({ productId, ...d }, { user }) => {
  await saveProduct(productId, d, user);
  revalidatePath("/admin/catalog", "layout");
  return { message: (await getTranslations("adminCatalog"))("saved", { sku: d.sku }) };
});

export const deleteProductAction = adminAction(idSchema, async (productId, { user }) => {
  await deleteProduct(productId, user);
  revalidatePath("/admin/catalog");
  redirect("/admin/catalog");
});

export type CsvPreviewRow = Omit<CsvRow, "product"> & { name: string; price: string; status: "new" | "update" | "error" };

function parseOrFail(csv: string) {
  const { rows, error } = parseProductCsv(csv);
  if (error) throw new WordedError("validation", { message: error, fieldErrors: { csv: error } });
  if (!rows.length)
    throw worded("validation", "adminCatalog.csv.noRows", undefined, {
      csv: msg("adminCatalog.csv.noRowsField", { columns: CSV_COLUMNS }),
    });
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
  if (!good.length) throw worded("validation", "adminCatalog.csv.noValid");
  const r = await importProducts(good, user);
  revalidatePath("/admin/catalog");
  const t = await getTranslations("adminCatalog.import");
  return {
    message: t("done", { created: r.created, updated: r.updated, skipped: rows.length - good.length }),
  };
});
