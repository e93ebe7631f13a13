import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import type { T } from "@/lib/i18n/types";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listAudit } from "@/lib/data/admin-audit";
import { actionLabel, targetLabel } from "@/lib/audit-labels";
import { auditListQuery, firstParams } from "@/lib/validations/admin";
import { buttonClass } from "@/components/ui/button";
import { Pager, Table, filterInput, td } from "@/components/admin/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.audit"))("metaTitle") };
}

export default async function AdminAudit({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/audit");
  const q = auditListQuery.parse(firstParams(await searchParams));
  const [{ total, rows, actions, pages }, t, labels, any, format] = await Promise.all([
    listAudit(q),
    getTranslations("admin.audit"),
    getTranslations("audit") as Promise<unknown> as Promise<T>,
    getTranslations("admin.table").then((t) => t("any")),
    getFormatter(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <form
        method="get"
        aria-label={t("filter")}
        className="grid gap-3 rounded-xl border border-gray-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <label className="text-sm font-medium">
          {t("action")}
          <select name="action" defaultValue={q.action ?? ""} className={filterInput}>
            <option value="">{any}</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a, labels)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("actor")}
          <input name="actor" defaultValue={q.actor ?? ""} className={filterInput} />
        </label>
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
        <button type="submit" className={`${buttonClass("primary")} self-end`}>
          {t("submit")}
        </button>
      </form>
      <Pager path="/admin/audit" params={q} page={q.page} pages={pages} total={total} />
      <Table
        caption={t("caption")}
        head={[t("colWhen"), t("colActor"), t("colAction"), t("colTarget"), t("colRegistry"), t("colBefore"), t("colAfter")]}
      >
        {rows.map((a) => (
          <tr key={a.id}>
            <td className={`${td} whitespace-nowrap`}>{format.dateTime(a.createdAt, { dateStyle: "short", timeStyle: "medium" })}</td>
            <td className={td}>
              {a.actorLabel}
              <span className="block text-xs text-muted">{t("actorType", { type: a.actorType })}</span>
            </td>
            <td className={td}>{actionLabel(a.action, labels)}</td>
            <td className={td}>{targetLabel(a.targetType, a.targetId, labels)}</td>
            <td className={td}>
              {a.registryId ? (
                <Link className="text-brand-700 underline" href={`/admin/registries/${a.registryId}`}>
                  {a.registryId}
                </Link>
              ) : (
                "—"
              )}
            </td>
            <td className={`${td} max-w-72 break-all font-mono text-xs`}>{a.before || "—"}</td>
            <td className={`${td} max-w-72 break-all font-mono text-xs`}>{a.after || "—"}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
