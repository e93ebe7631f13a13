"use client";
// CSV import in two steps: preview (every row checked, nothing written), then import the valid rows
// only once the admin confirms. Editing the text after a preview asks for a new preview.
import { useState } from "react";
import { useWatch } from "react-hook-form";
import { importProductCsvAction, previewProductCsvAction, type CsvPreviewRow } from "@/lib/actions/admin-catalog";
import { csvImportSchema } from "@/lib/validations/admin";
import { Button } from "@/components/ui/button";
import { FormAlert, TextArea } from "@/components/ui/field";
import { useActionForm, useRun } from "@/components/ui/use-action-form";
import { Badge, Table, td } from "./table";
import { useFormWords } from "./admin-intl";

export function CsvImport({ columns }: { columns: string }) {
  const { resolve } = useFormWords();
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
      <form method="post" aria-label="Import products from CSV" className="space-y-4" noValidate onSubmit={preview.onSubmit}>
        <label className="block text-sm font-medium">
          CSV file
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
          label="…or paste the CSV"
          hint={`First line: ${columns}`}
          rows={8}
          error={resolve(preview.errors.csv?.message) ?? preview.formError ?? importError ?? undefined}
          className="font-mono text-sm"
          {...form.register("csv", { onChange: changed })}
        />
        <Button type="submit" disabled={pending || !csv.trim()}>
          Preview import
        </Button>
      </form>
      <FormAlert message={done} tone="success" />
      {rows ? (
        <div className="space-y-3">
          <p role="status">
            {rows.length} row{rows.length === 1 ? "" : "s"}: {good} ready to import, {rows.length - good} with errors (skipped).
          </p>
          <Table caption="Import preview" head={["Line", "SKU", "Name", "Price", "Result"]}>
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
                        <li key={e}>{e}</li>
                      ))}
                    </ul>
                  ) : (
                    <Badge tone="green">{r.status === "new" ? "new product" : "updates existing SKU"}</Badge>
                  )}
                </td>
              </tr>
            ))}
          </Table>
          <div className="flex flex-wrap gap-2">
            <Button onClick={confirm} disabled={pending || good === 0}>
              Confirm: import {good} valid row{good === 1 ? "" : "s"}
            </Button>
            <Button variant="secondary" onClick={() => setRows(null)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}
