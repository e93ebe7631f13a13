import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { CSV_COLUMNS } from "@/lib/catalog-csv";
import { CsvImport } from "@/components/admin/csv-import";

export const metadata: Metadata = { title: "Import products · Admin" };

export default async function AdminCatalogImport() {
  await requireRole("ADMIN", "/admin/catalog/import");
  return (
    <div className="max-w-4xl space-y-4">
      <Link href="/admin/catalog" className="text-sm text-brand-700 underline">
        ← Catalog
      </Link>
      <h1 className="font-serif text-3xl font-bold">Import products from CSV</h1>
      <p className="text-muted">
        Columns (header line required): <code>{CSV_COLUMNS}</code>. sku, name and price are required; price like 24.99; active is yes/no
        (default yes). A SKU already in the catalog is updated.
      </p>
      <CsvImport columns={CSV_COLUMNS} />
    </div>
  );
}
