"use client";
// CSV import in two steps: preview (every row checked, nothing written), then import the valid rows
// only once the admin confirms. Editing the text after a preview asks for a new preview.
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { useTranslations } from "next-intl";
import { importProductCsvAction, previewProductCsvAction, type CsvPreviewRow } from "@/lib/actions/admin-catalog";
import { csvImportSchema } from "@/lib/validations/admin";
import { csvProblemText } from "@/lib/catalog-csv-words";
import type { T } from "@/lib/i18n/types";
import { Button } from "@/components/ui/button";
import { FormAlert, TextArea } from "@/components/ui/field";
import { useActionForm, useRun } from "@/components/ui/use-action-form";
import { Badge, Table, td } from "./table";
import { useFormWords } from "./admin-intl";

export function CsvImport({ columns }: { columns: string }) {
  const { resolve } = useFormWords();
  const all = useTranslations() as unknown as T;
  const t = useTranslations("adminCatalog.import");
  const [rows, setRows] = useState<CsvPreviewRow[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  // Preview is the form; the confirmation sends the same, already checked, text.
  const preview = useActionForm(csvImportSchema, previewProductCsvAction, {
    defaultValues: { csv: "" },
    onSuccess: (data) => setRows(data.rows),
  });
  const { run, pending: importing, error: importError, clear } = useRun();
  const { form } = preview;
  const csv = useWatch({ control: form.control, name: "csv" });
  const pending = preview.pending || importing;
  const good = rows?.filter((r) => r.status !== "error").length ?? 0;
  const changed = () => {
    setRows(null);
    setDone(null);
    clear();
  };
  const confirm = () =>
    run(
      () => importProductCsvAction({ csv: form.getValues("csv") }),
      (data) => {
        setDone(data.message);
        setRows(null);
        form.reset();
      },
    );

  return (
    <div className="space-y-4">
      <form method="post" aria-label={t("formLabel")} className="space-y-4" noValidate onSubmit={preview.onSubmit}>
        <label className="block text-sm font-medium">
          {t("file")}
          <input
            type="file"
            accept=".csv,text/csv"
            className="mt-1 block text-sm"
            onChange={async (e) => {
              const f = e.target.files?.[0];
              if (f) {
                form.setValue("csv", await f.text(), { shouldValidate: true });
                changed();
              }
            }}
          />
        </label>
        <TextArea
          label={t("paste")}
          hint={t("hint", { columns })}
          rows={8}
          error={resolve(preview.errors.csv?.message) ?? preview.formError ?? importError ?? undefined}
          className="font-mono text-sm"
          {...form.register("csv", { onChange: changed })}
        />
        <Button type="submit" disabled={pending || !csv.trim()}>
          {t("preview")}
        </Button>
      </form>
      <FormAlert message={done} tone="success" />
      {rows ? (
        <div className="space-y-3">
          <p role="status">{t("summary", { rows: rows.length, good, bad: rows.length - good })}</p>
          <Table caption={t("caption")} head={[t("colLine"), t("colSku"), t("colName"), t("colPrice"), t("colResult")]}>
            {rows.map((r) => (
              <tr key={r.line} className={r.status === "error" ? "bg-red-50" : undefined}>
                <td className={td}>{r.line}</td>
                <td className={td}>{r.sku || "—"}</td>
                <td className={td}>{r.name}</td>
                <td className={td}>{r.price}</td>
                <td className={td}>
                  {r.status === "error" ? (
                    <ul className="text-red-800">
                      {r.errors.map((e) => (
                        <li key={`${e.field}:${e.message}`}>{csvProblemText(e, all)}</li>
                      ))}
                    </ul>
                  ) : (
                    <Badge tone="green">{r.status === "new" ? t("new") : t("update")}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </Table>
          <div className="flex flex-wrap gap-2">
            <Button onClick={confirm} disabled={pending || good === 0}>
              {t("confirm", { good })}
            </Button>
            <Button variant="secondary" onClick={() => setRows(null)}>
              {t("cancel")}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
