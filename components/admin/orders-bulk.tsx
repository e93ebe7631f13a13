"use client";
// Select orders, then dispatch or cancel them: each order is its own atomic change, and the
// outcome of each is listed (one failure does not stop the others).
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { updateOrdersAction } from "@/lib/actions/admin-orders";
import { bulkOrdersSchema } from "@/lib/validations/admin";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
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
  /** The guest's own address on one line; null: to the registrant's. */
  deliverTo: string | null;
};

export function OrdersBulk({ orders }: { orders: Row[] }) {
  // The selection is the form's orderIds; each button sets the operation it submits.
  const { form, onSubmit, pending, message, data, errors } = useActionForm(bulkOrdersSchema, updateOrdersAction, {
    defaultValues: { orderIds: [], operation: "dispatch" },
    reset: true,
    refresh: true,
    success: (d) => ({ text: d.message, tone: d.outcomes.some((o) => !o.ok) ? "error" : "success" }),
  });
  const selected = (useWatch({ control: form.control, name: "orderIds" }) ?? []) as number[];
  const select = (ids: number[]) => form.setValue("orderIds", ids);
  const toggle = (id: number, on: boolean) => select(on ? [...selected, id] : selected.filter((x) => x !== id));
  const failed = data?.outcomes.filter((o) => !o.ok) ?? [];
  const all = orders.length > 0 && selected.length === orders.length;
  return (
    <form method="post" aria-label="Dispatch or cancel orders" className="space-y-3" noValidate onSubmit={onSubmit}>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending || !selected.length} onClick={() => form.setValue("operation", "dispatch")}>
          Dispatch selected ({selected.length})
        </Button>
        <Button type="submit" variant="danger" disabled={pending || !selected.length} onClick={() => form.setValue("operation", "cancel")}>
          Cancel selected ({selected.length})
        </Button>
      </div>
      <FormAlert message={errors.orderIds?.message ?? errors.operation?.message} />
      {message ? <FormAlert message={message.text} tone={message.tone} /> : null}
      {failed.length ? (
        <ul className="list-disc pl-5 text-sm text-red-800" aria-label="Orders not changed">
          {failed.map((o) => (
            <li key={o.orderId}>
              Order #{o.orderId}: {o.message}
            </li>
          ))}
        </ul>
      ) : null}
      <Table caption="Orders in progress" head={["Select", "Order", "Registry", "Placed", "Buyer", "Lines", "Deliver to", "Total"]}>
        <tr>
          <td className={td} colSpan={8}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={all}
                onChange={(e) => select(e.target.checked ? orders.map((o) => o.id) : [])}
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
            <td className={td}>{o.deliverTo ?? "Registrant’s address"}</td>
            <td className={td}>{formatMoney(o.totalCents, o.currency)}</td>
          </tr>
        ))}
      </Table>
    </form>
  );
}
