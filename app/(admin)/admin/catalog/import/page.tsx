import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { CSV_COLUMNS } from "@/lib/catalog-csv";
import { CsvImport } from "@/components/admin/csv-import";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCatalog.import"))("metaTitle") };
}

export default async function AdminCatalogImport() {
  await requireRole("ADMIN", "/admin/catalog/import");
  const [t, back] = await Promise.all([getTranslations("adminCatalog.import"), getTranslations("adminCatalog").then((t) => t("back"))]);
  return (
    // wrap-anywhere: the column list is one long word, wider than a phone.
    <div className="max-w-4xl space-y-4 wrap-anywhere">
      <Link href="/admin/catalog" className="text-sm text-brand-700 underline">
        {back}
      </Link>
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t.rich("intro", { columns: CSV_COLUMNS, code: (chunks) => <code>{chunks}</code> })}</p>
      <CsvImport columns={CSV_COLUMNS} />
    </div>
  );
}
