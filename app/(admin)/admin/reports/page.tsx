import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listReports } from "@/lib/data/admin-reports";
import { resolveReportAction } from "@/lib/actions/admin-registries";
import { ActionForm, Area, Select } from "@/components/admin/action-form";
import { Badge } from "@/components/admin/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.reports"))("metaTitle") };
}

export default async function AdminReports({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requireRole("ADMIN", "/admin/reports");
  const status = ({ dismissed: "DISMISSED", actioned: "ACTIONED" } as const)[(await searchParams).status ?? ""] ?? "OPEN";
  const [reports, t, reasons, format] = await Promise.all([
    listReports(status),
    getTranslations("admin.reports"),
    getTranslations("report"),
    getFormatter(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <nav aria-label={t("statusNav")} className="flex gap-4 text-sm">
        {(
          [
            ["", t("open")],
            ["dismissed", t("dismissed")],
            ["actioned", t("actioned")],
          ] as const
        ).map(([v, l]) => (
          <Link
            key={v}
            href={v ? `/admin/reports?status=${v}` : "/admin/reports"}
            aria-current={status === (v.toUpperCase() || "OPEN") ? "page" : undefined}
            className="text-brand-700 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
          >
            {l}
          </Link>
        ))}
      </nav>
      {reports.length === 0 ? <p className="text-muted">{t("none", { status })}</p> : null}
      <ul className="space-y-4">
        {reports.map((r) => (
          <li key={r.id} className="space-y-2 rounded-xl border border-gray-200 bg-white p-4">
            <p className="font-semibold">
              <Link href={`/admin/registries/${r.registry.id}`} className="text-brand-700 underline">
                {r.registry.title}
              </Link>{" "}
              {r.registry.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="red">{t("inactive")}</Badge>}
            </p>
            <p className="text-sm text-muted">
              {t("reported", { when: format.dateTime(r.createdAt, { dateStyle: "medium", timeStyle: "short" }) })}
              {r.reporterEmail ? t("by", { email: r.reporterEmail }) : ""}
              {r.resolvedBy ? t("resolvedBy", { email: r.resolvedBy.email }) : ""}
            </p>
            <p>
              <strong>{t("reason")}</strong> {reasons.has(r.reason) ? reasons(r.reason) : r.reason}
            </p>
            {r.details ? <p className="whitespace-pre-wrap text-sm">{r.details}</p> : null}
            {status === "OPEN" ? (
              <ActionForm
                action={resolveReportAction}
                schema="reportResolve"
                values={{ reportId: r.id }}
                label={t("resolveLabel", { id: r.id })}
                submit={t("resolve")}
                className="grid max-w-xl gap-3"
              >
                <Select name="outcome" label={t("outcome")} defaultValue="dismiss">
                  <option value="dismiss">{t("dismiss")}</option>
                  <option value="deactivate">{t("deactivate")}</option>
                </Select>
                <Area name="reason" label={t("ownerReason")} maxLength={500} />
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
