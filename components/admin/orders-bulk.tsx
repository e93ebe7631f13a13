"use client";
// Select orders, then dispatch or cancel them: each order is its own atomic change, and the
// outcome of each is listed (one failure does not stop the others).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { updateOrdersAction } from "@/lib/actions/admin-orders";
import type { BulkOutcome } from "@/lib/data/admin-orders";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { formatMoney } from "@/lib/format";
import { Table, td } from "./table";

type Row = {
  id: number;
  createdAt: string;
  buyerName: string;
  buyerEmail: string;
  totalCents: number;
  currency: string;
  registry: { id: number; title: string };
  lines: { id: number; title: string; quantity: number }[];
};

export function OrdersBulk({ orders }: { orders: Row[] }) {
  const router = useRouter();
  const [selected, setSelected] = useState<number[]>([]);
  const [pending, start] = useTransition();
  const [result, setResult] = useState<{ message: string; tone: "error" | "success"; outcomes: BulkOutcome[] } | null>(null);
  const toggle = (id: number, on: boolean) => setSelected((s) => (on ? [...s, id] : s.filter((x) => x !== id)));
  const run = (operation: "dispatch" | "cancel") =>
    start(async () => {
      const r = await updateOrdersAction({ orderIds: selected, operation });
      if (!r.ok) return setResult({ message: r.error, tone: "error", outcomes: [] });
      const failed = r.data.outcomes.filter((o) => !o.ok);
      setResult({ message: r.data.message, tone: failed.length ? "error" : "success", outcomes: failed });
      setSelected([]);
      router.refresh();
    });
  const all = orders.length > 0 && selected.length === orders.length;
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap items-center gap-2">
        <Button disabled={pending || !selected.length} onClick={() => run("dispatch")}>
          Dispatch selected ({selected.length})
        </Button>
        <Button variant="danger" disabled={pending || !selected.length} onClick={() => run("cancel")}>
          Cancel selected ({selected.length})
        </Button>
      </div>
      {result ? <FormAlert message={result.message} tone={result.tone} /> : null}
      {result?.outcomes.length ? (
        <ul className="list-disc pl-5 text-sm text-red-800" aria-label="Orders not changed">
          {result.outcomes.map((o) => (
            <li key={o.orderId}>
              Order #{o.orderId}: {o.message}
            </li>
          ))}
        </ul>
      ) : null}
      <Table caption="Orders in progress" head={["Select", "Order", "Registry", "Placed", "Buyer", "Lines", "Total"]}>
        <tr>
          <td className={td} colSpan={7}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={all}
                onChange={(e) => setSelected(e.target.checked ? orders.map((o) => o.id) : [])}
              />
              Select all on this page
            </label>
          </td>
        </tr>
        {orders.map((o) => (
          <tr key={o.id}>
            <td className={td}>
              <input
                type="checkbox"
                className="h-5 w-5"
                aria-label={`Select order #${o.id}`}
                checked={selected.includes(o.id)}
                onChange={(e) => toggle(o.id, e.target.checked)}
              />
            </td>
            <td className={td}>#{o.id}</td>
            <td className={td}>
              <Link className="text-brand-700 underline" href={`/admin/registries/${o.registry.id}`}>
                {o.registry.title}
              </Link>
            </td>
            <td className={`${td} whitespace-nowrap`}>{o.createdAt.slice(0, 16).replace("T", " ")}</td>
            <td className={td}>
              {o.buyerName}
              <br />
              <span className="text-muted">{o.buyerEmail}</span>
            </td>
            <td className={td}>{o.lines.map((l) => `${l.quantity} × ${l.title}`).join(", ")}</td>
            <td className={td}>{formatMoney(o.totalCents, o.currency)}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
