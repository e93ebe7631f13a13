import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { adminOverview } from "@/lib/data/admin-overview";
import { WeekChart } from "@/components/admin/week-chart";
import { actionLabel, targetLabel } from "@/lib/audit-labels";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHome() {
  await requireRole("ADMIN", "/admin");
  const o = await adminOverview();
  const stats: [string, number, string, string][] = [
    [
      "Active registries",
      o.byStatus.active,
      `${o.byStatus.deactivated} deactivated by admins · ${o.byStatus.archived} archived by owners`,
      "/admin/registries?status=active",
    ],
    ["Orders in progress", o.ordersInProgress, "awaiting dispatch", "/admin/orders"],
    ["Open reports", o.openReports, "from guests", "/admin/reports"],
    ["Users", o.users, `${o.suspendedUsers} suspended`, "/admin/users"],
  ];
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-bold">Store administration</h1>
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        {stats.map(([label, value, note, href]) => (
          <div key={label} className="rounded-xl border border-gray-200 bg-white p-5">
            <dt className="text-sm text-muted">
              <Link href={href} className="hover:underline">
                {label}
              </Link>
            </dt>
            <dd className="text-3xl font-bold">{value}</dd>
            <dd className="text-sm text-muted">{note}</dd>
          </div>
        ))}
      </dl>
      <WeekChart days={o.week} />
      <section aria-labelledby="audit-heading">
        <h2 id="audit-heading" className="mb-3 text-xl font-semibold">
          Recent activity{" "}
          <Link href="/admin/audit" className="ml-2 text-sm font-normal text-brand-700 underline">
            Full audit log
          </Link>
        </h2>
        {o.recentAudit.length === 0 ? (
          <p className="text-muted">No admin or API activity recorded yet.</p>
        ) : (
          <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white text-sm">
            {o.recentAudit.map((a) => (
              <li key={a.id} className="break-words px-4 py-2">
                {a.createdAt.toISOString().slice(0, 16).replace("T", " ")} — {a.actorLabel} · {actionLabel(a.action)} ·{" "}
                {targetLabel(a.targetType, a.targetId)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
