"use client";
// Select orders, then dispatch or cancel them: each order is its own atomic change, and the
// outcome of each is listed (one failure does not stop the others).
import Link from "next/link";
import { useWatch } from "react-hook-form";
import { useFormatter, useLocale, useTranslations } from "next-intl";
import { updateOrdersAction } from "@/lib/actions/admin-orders";
import { bulkOrdersSchema } from "@/lib/validations/admin";
import { Button } from "@/components/ui/button";
import { FormAlert } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { formatMoney } from "@/lib/format";
import { Table, td } from "./table";
import { useFormWords } from "./admin-intl";

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
  const t = useTranslations("admin.orders");
  const format = useFormatter();
  const locale = useLocale();
  const { resolve } = useFormWords();
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
    <form method="post" aria-label={t("formLabel")} className="space-y-3" noValidate onSubmit={onSubmit}>
      <div className="flex flex-wrap items-center gap-2">
        <Button type="submit" disabled={pending || !selected.length} onClick={() => form.setValue("operation", "dispatch")}>
          {t("dispatch", { count: selected.length })}
        </Button>
        <Button type="submit" variant="danger" disabled={pending || !selected.length} onClick={() => form.setValue("operation", "cancel")}>
          {t("cancel", { count: selected.length })}
        </Button>
      </div>
      <FormAlert message={resolve(errors.orderIds?.message ?? errors.operation?.message)} />
      {message ? <FormAlert message={message.text} tone={message.tone} /> : null}
      {failed.length ? (
        <ul className="list-disc ps-5 text-sm text-red-800" aria-label={t("notChanged")}>
          {failed.map((o) => (
            <li key={o.orderId}>{t("orderFailed", { id: o.orderId, message: o.message })}</li>
          ))}
        </ul>
      ) : null}
      <Table
        caption={t("caption")}
        head={[
          t("colSelect"),
          t("colOrder"),
          t("colRegistry"),
          t("colPlaced"),
          t("colBuyer"),
          t("colLines"),
          t("colDeliver"),
          t("colTotal"),
        ]}
      >
        <tr>
          <td className={td} colSpan={8}>
            <label className="flex items-center gap-2 text-sm">
              <input
                type="checkbox"
                className="h-5 w-5"
                checked={all}
                onChange={(e) => select(e.target.checked ? orders.map((o) => o.id) : [])}
              />
              {t("selectAll")}
            </label>
          </td>
        </tr>
        {orders.map((o) => (
          <tr key={o.id}>
            <td className={td}>
              <input
                type="checkbox"
                className="h-5 w-5"
                aria-label={t("selectOne", { id: o.id })}
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
            <td className={`${td} whitespace-nowrap`}>
              {format.dateTime(new Date(o.createdAt), { dateStyle: "short", timeStyle: "short" })}
            </td>
            <td className={td}>
              {o.buyerName}
              <br />
              <span className="text-muted">{o.buyerEmail}</span>
            </td>
            <td className={td}>{o.lines.map((l) => `${l.quantity} × ${l.title}`).join(", ")}</td>
            <td className={td}>{o.deliverTo ?? t("registrantAddress")}</td>
            <td className={td}>{formatMoney(o.totalCents, o.currency, locale)}</td>
          </tr>
        ))}
      </Table>
    </form>
  );
}
