import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import type { T } from "@/lib/i18n/types";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { adminOverview } from "@/lib/data/admin-overview";
import { WeekChart } from "@/components/admin/week-chart";
import { actionLabel, targetLabel } from "@/lib/audit-labels";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.home"))("metaTitle") };
}

export default async function AdminHome() {
  await requireRole("ADMIN", "/admin");
  const [o, t, labels, format] = await Promise.all([
    adminOverview(),
    getTranslations("admin.home"),
    getTranslations("audit") as Promise<unknown> as Promise<T>,
    getFormatter(),
  ]);
  const stats: [string, number, string, string][] = [
    [
      t("activeRegistries"),
      o.byStatus.active,
      t("registriesNote", { deactivated: o.byStatus.deactivated, archived: o.byStatus.archived }),
      "/admin/registries?status=active",
    ],
    [t("ordersInProgress"), o.ordersInProgress, t("ordersNote"), "/admin/orders"],
    [t("openReports"), o.openReports, t("reportsNote"), "/admin/reports"],
    [t("users"), o.users, t("usersNote", { count: o.suspendedUsers }), "/admin/users"],
  ];
  return (
    <div className="space-y-8">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
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
          {t("recent")}{" "}
          <Link href="/admin/audit" className="ms-2 text-sm font-normal text-brand-700 underline">
            {t("fullAudit")}
          </Link>
        </h2>
        {o.recentAudit.length === 0 ? (
          <p className="text-muted">{t("noActivity")}</p>
        ) : (
          <ul className="divide-y divide-gray-200 rounded-xl border border-gray-200 bg-white text-sm">
            {o.recentAudit.map((a) => (
              <li key={a.id} className="break-words px-4 py-2">
                {format.dateTime(a.createdAt, { dateStyle: "short", timeStyle: "short" })} — {a.actorLabel} ·{" "}
                {actionLabel(a.action, labels)} · {targetLabel(a.targetType, a.targetId, labels)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
