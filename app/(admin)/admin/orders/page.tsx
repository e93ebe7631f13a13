import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listOrdersInProgress } from "@/lib/data/admin-orders";
import { firstParams, orderListQuery } from "@/lib/validations/admin";
import { buttonClass } from "@/components/ui/button";
import { OrdersBulk } from "@/components/admin/orders-bulk";
import { Pager, filterInput } from "@/components/admin/table";
import { guestAddressLine } from "@/lib/countries";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.orders"))("metaTitle") };
}

export default async function AdminOrders({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/orders");
  const q = orderListQuery.parse(firstParams(await searchParams));
  const [{ total, rows, pages }, t] = await Promise.all([listOrdersInProgress(q), getTranslations("admin.orders")]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <p className="text-muted">{t("intro")}</p>
      <form method="get" aria-label={t("filter")} className="flex flex-wrap items-end gap-3 rounded-xl border border-gray-200 bg-white p-4">
        <label className="text-sm font-medium">
          {t("registry")}
          <input name="registry" type="number" min={1} defaultValue={q.registry ?? ""} className={filterInput} />
        </label>
        <label className="text-sm font-medium">
          {t("from")}
          <input name="from" type="date" defaultValue={q.from ?? ""} className={filterInput} />
        </label>
        <label className="text-sm font-medium">
          {t("to")}
          <input name="to" type="date" defaultValue={q.to ?? ""} className={filterInput} />
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("submit")}
        </button>
      </form>
      <Pager path="/admin/orders" params={q} page={q.page} pages={pages} total={total} />
      <OrdersBulk orders={rows.map((o) => ({ ...o, createdAt: o.createdAt.toISOString(), deliverTo: guestAddressLine(o) }))} />
    </div>
  );
}
