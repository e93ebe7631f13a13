import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listReports } from "@/lib/data/admin-reports";
import { resolveReportAction } from "@/lib/actions/admin-registries";
import { ActionForm, Area, Select } from "@/components/admin/action-form";
import { Badge } from "@/components/admin/table";

export const metadata: Metadata = { title: "Reports · Admin" };

export default async function AdminReports({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requireRole("ADMIN", "/admin/reports");
  const status = ({ dismissed: "DISMISSED", actioned: "ACTIONED" } as const)[(await searchParams).status ?? ""] ?? "OPEN";
  const reports = await listReports(status);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Guest reports</h1>
      <nav aria-label="Report status" className="flex gap-4 text-sm">
        {(
          [
            ["", "Open"],
            ["dismissed", "Dismissed"],
            ["actioned", "Actioned"],
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
      {reports.length === 0 ? <p className="text-muted">No {status.toLowerCase()} reports.</p> : null}
      <ul className="space-y-4">
        {reports.map((r) => (
          <li key={r.id} className="space-y-2 rounded-xl border border-gray-200 bg-white p-4">
            <p className="font-semibold">
              <Link href={`/admin/registries/${r.registry.id}`} className="text-brand-700 underline">
                {r.registry.title}
              </Link>{" "}
              {r.registry.active ? <Badge tone="green">Active</Badge> : <Badge tone="red">Inactive</Badge>}
            </p>
            <p className="text-sm text-muted">
              Reported {r.createdAt.toISOString().slice(0, 16).replace("T", " ")}
              {r.reporterEmail ? ` by ${r.reporterEmail}` : ""}
              {r.resolvedBy ? ` · resolved by ${r.resolvedBy.email}` : ""}
            </p>
            <p>
              <strong>Reason:</strong> {r.reason}
            </p>
            {r.details ? <p className="whitespace-pre-wrap text-sm">{r.details}</p> : null}
            {status === "OPEN" ? (
              <ActionForm
                action={resolveReportAction}
                schema="reportResolve"
                values={{ reportId: r.id }}
                label={`Resolve report ${r.id}`}
                submit="Resolve report"
                className="grid max-w-xl gap-3"
              >
                <Select name="outcome" label="Outcome" defaultValue="dismiss">
                  <option value="dismiss">Dismiss (nothing wrong)</option>
                  <option value="deactivate">Deactivate the registry</option>
                </Select>
                <Area name="reason" label="Reason shown to the owner (when deactivating)" maxLength={500} />
              </ActionForm>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
