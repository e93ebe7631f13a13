"use client";
// CSV import in two steps: preview (every row checked, nothing written), then import the valid rows
// only once the admin confirms. Editing the text after a preview asks for a new preview.
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { importProductCsvAction, previewProductCsvAction, type CsvPreviewRow } from "@/lib/actions/admin-catalog";
import { Button } from "@/components/ui/button";
import { FormAlert, TextArea } from "@/components/ui/field";
import { Badge, Table, td } from "./table";

export function CsvImport({ columns }: { columns: string }) {
  const router = useRouter();
  const [csv, setCsv] = useState("");
  const [rows, setRows] = useState<CsvPreviewRow[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const good = rows?.filter((r) => r.status !== "error").length ?? 0;

  const preview = () =>
    start(async () => {
      setDone(null);
      const r = await previewProductCsvAction({ csv });
      setRows(r.ok ? r.data.rows : null);
      setError(r.ok ? null : (r.fieldErrors?.csv ?? r.error));
    });
  const confirm = () =>
    start(async () => {
      const r = await importProductCsvAction({ csv });
      if (!r.ok) return setError(r.error);
      setDone(r.data.message);
      setRows(null);
      setCsv("");
      router.refresh();
    });

  return (
    <div className="space-y-4">
      <label className="block text-sm font-medium">
        CSV file
        <input
          type="file"
          accept=".csv,text/csv"
          className="mt-1 block text-sm"
          onChange={async (e) => {
            const f = e.target.files?.[0];
            if (f) {
              setCsv(await f.text());
              setRows(null);
            }
          }}
        />
      </label>
      <TextArea
        label="…or paste the CSV"
        hint={`First line: ${columns}`}
        rows={8}
        value={csv}
        error={error ?? undefined}
        className="font-mono text-sm"
        onChange={(e) => {
          setCsv(e.target.value);
          setRows(null);
        }}
      />
      <Button onClick={preview} disabled={pending || !csv.trim()}>
        Preview import
      </Button>
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
