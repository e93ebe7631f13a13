// Product CSV import: parse with papaparse, validate each row with the product form's schema.
// Pure (no database), so the preview, the import and the unit tests share it.
import Papa from "papaparse";
import { productSchema, type ProductInput } from "./validations/admin";
import { msg } from "./i18n/validation";
import type { CsvProblem } from "./catalog-csv-words";

// Every problem is a message key (the schema's adminValidation keys, adminCatalog.csv keys with the
// line number and values): the preview words them in the admin's language (catalog-csv-words.ts).
export type CsvRow = { line: number; sku: string; product?: ProductInput; errors: CsvProblem[] };

const HEADER_ALIASES: Record<string, keyof typeof productSchema.shape> = {
  sku: "sku",
  barcode: "barcode",
  name: "name",
  price: "price",
  colour: "colour",
  color: "colour",
  size: "size",
  imageurl: "imageUrl",
  image_url: "imageUrl",
  image: "imageUrl",
  category: "category",
  active: "active",
};
export const CSV_COLUMNS = "sku,barcode,name,price,colour,size,image_url,category,active";
const MAX_ROWS = 2000;

/** `error`: what is wrong with the whole file, as a message key (msg). */
export function parseProductCsv(text: string): { rows: CsvRow[]; error?: string } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase().replace(/\s+/g, "_"),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = ["sku", "name", "price"].filter((f) => !fields.includes(f));
  if (missing.length)
    return { rows: [], error: msg("adminCatalog.csv.missingColumns", { missing: missing.join(", "), columns: CSV_COLUMNS }) };
  if (parsed.data.length > MAX_ROWS) return { rows: [], error: msg("adminCatalog.csv.tooManyRows", { max: MAX_ROWS }) };

  const seen = new Map<string, number>();
  const rows = parsed.data.map((raw, i): CsvRow => {
    const line = i + 2; // header is line 1
    const input: Record<string, unknown> = {
      sku: "",
      barcode: "",
      name: "",
      price: "",
      colour: "",
      size: "",
      imageUrl: "",
      category: "",
      active: true,
    };
    for (const [k, v] of Object.entries(raw)) {
      const key = HEADER_ALIASES[k];
      if (key) input[key] = key === "active" ? !/^(0|no|false|n)$/i.test(String(v ?? "").trim()) : String(v ?? "");
    }
    const result = productSchema.safeParse(input);
    const sku = String(input.sku).trim();
    const errors: CsvProblem[] = result.success ? [] : result.error.issues.map((e) => ({ field: e.path.join("."), message: e.message }));
    const key = sku.toLowerCase();
    if (sku && seen.has(key)) errors.push({ field: "sku", message: msg("adminCatalog.csv.duplicate", { sku, line: seen.get(key)! }) });
    else if (sku) seen.set(key, line);
    return { line, sku, product: errors.length ? undefined : result.data, errors };
  });
  for (const e of parsed.errors) {
    const row = typeof e.row === "number" ? rows[e.row] : undefined;
    if (row && e.code !== "UndetectableDelimiter") {
      row.errors.push({ field: "", message: msg("adminCatalog.csv.parse", { code: e.code }) });
      row.product = undefined;
    }
  }
  return { rows };
}
