import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listAudit } from "@/lib/data/admin-audit";
import { actionLabel, targetLabel } from "@/lib/audit-labels";
import { auditListQuery, firstParams } from "@/lib/validations/admin";
import { buttonClass } from "@/components/ui/button";
import { Pager, Table, filterInput, td } from "@/components/admin/table";

export const metadata: Metadata = { title: "Audit log · Admin" };

export default async function AdminAudit({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/audit");
  const q = auditListQuery.parse(firstParams(await searchParams));
  const { total, rows, actions, pages } = await listAudit(q);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Audit log</h1>
      <form
        method="get"
        aria-label="Filter audit log"
        className="grid gap-3 rounded-xl border border-gray-200 bg-white p-4 sm:grid-cols-3 lg:grid-cols-6"
      >
        <label className="text-sm font-medium">
          Action
          <select name="action" defaultValue={q.action ?? ""} className={filterInput}>
            <option value="">Any</option>
            {actions.map((a) => (
              <option key={a} value={a}>
                {actionLabel(a)}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm font-medium">
          Actor
          <input name="actor" defaultValue={q.actor ?? ""} className={filterInput} />
        </label>
        <label className="text-sm font-medium">
          Registry number
          <input name="registry" type="number" min={1} defaultValue={q.registry ?? ""} className={filterInput} />
        </label>
        <label className="text-sm font-medium">
          From
          <input name="from" type="date" defaultValue={q.from ?? ""} className={filterInput} />
        </label>
        <label className="text-sm font-medium">
          To
          <input name="to" type="date" defaultValue={q.to ?? ""} className={filterInput} />
        </label>
        <button type="submit" className={`${buttonClass("primary")} self-end`}>
          Filter
        </button>
      </form>
      <Pager path="/admin/audit" params={q} page={q.page} pages={pages} total={total} />
      <Table caption="Audit entries" head={["When (UTC)", "Actor", "Action", "Target", "Registry", "Before", "After"]}>
        {rows.map((a) => (
          <tr key={a.id}>
            <td className={`${td} whitespace-nowrap`}>{a.createdAt.toISOString().slice(0, 19).replace("T", " ")}</td>
            <td className={td}>
              {a.actorLabel}
              <span className="block text-xs text-muted">{a.actorType.toLowerCase()}</span>
            </td>
            <td className={td}>{actionLabel(a.action)}</td>
            <td className={td}>{targetLabel(a.targetType, a.targetId)}</td>
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
