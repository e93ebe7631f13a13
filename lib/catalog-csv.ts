// Product CSV import: parse with papaparse, validate each row with the product form's schema.
// Pure (no database), so the preview, the import and the unit tests share it.
import Papa from "papaparse";
import { productSchema, type ProductInput } from "./validations/admin";
import { catalogue } from "./i18n/messages";
import { resolveMessage, validationOf } from "./i18n/validation";

// The schema's messages are keys (adminValidation): the import's report words them in English, as the rest of it.
const en = catalogue("en");
const word = (message: string) => resolveMessage(message, validationOf(en), en) ?? message;

export type CsvRow = { line: number; sku: string; product?: ProductInput; errors: string[] };

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

export function parseProductCsv(text: string): { rows: CsvRow[]; error?: string } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase().replace(/\s+/g, "_"),
  });
  const fields = parsed.meta.fields ?? [];
  const missing = ["sku", "name", "price"].filter((f) => !fields.includes(f));
  if (missing.length)
    return { rows: [], error: `The first line must name the columns; missing: ${missing.join(", ")} (expected ${CSV_COLUMNS})` };
  if (parsed.data.length > MAX_ROWS) return { rows: [], error: `At most ${MAX_ROWS} rows per import` };

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
    const errors = result.success ? [] : result.error.issues.map((e) => `${e.path.join(".") || "row"}: ${word(e.message)}`);
    const key = sku.toLowerCase();
    if (sku && seen.has(key)) errors.push(`sku: “${sku}” already appears on line ${seen.get(key)}`);
    else if (sku) seen.set(key, line);
    return { line, sku, product: errors.length ? undefined : result.data, errors };
  });
  for (const e of parsed.errors) {
    const row = typeof e.row === "number" ? rows[e.row] : undefined;
    if (row && e.code !== "UndetectableDelimiter") {
      row.errors.push(`row: ${e.message}`);
      row.product = undefined;
    }
  }
  return { rows };
}
