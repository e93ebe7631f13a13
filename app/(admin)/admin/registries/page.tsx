import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listRegistries } from "@/lib/data/admin-registries";
import { firstParams, registryListQuery } from "@/lib/validations/admin";
import { formatDate } from "@/lib/format";
import { RegistryFilters } from "@/components/admin/registry-filters";
import { Badge, Pager, Table, td } from "@/components/admin/table";

export const metadata: Metadata = { title: "Registries · Admin" };

export default async function AdminRegistries({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/registries");
  const q = registryListQuery.parse(firstParams(await searchParams));
  const { total, rows, occasions, pages } = await listRegistries(q);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Registries</h1>
      <RegistryFilters q={q} occasions={occasions} />
      <Pager path="/admin/registries" params={q} page={q.page} pages={pages} total={total} />
      <Table caption="Registries" head={["No.", "Title", "Registrant", "Occasion", "Event", "Items", "Status"]}>
        {rows.map((r) => (
          <tr key={r.id}>
            <td className={td}>{r.id}</td>
            <td className={td}>
              <Link href={`/admin/registries/${r.id}`} className="font-medium text-brand-700 underline">
                {r.title}
              </Link>
            </td>
            <td className={td}>
              {r.firstName} {r.lastName}
              <br />
              <span className="text-muted">{r.email}</span>
            </td>
            <td className={td}>{r.occasion?.name ?? "—"}</td>
            <td className={`${td} whitespace-nowrap`}>{r.eventDate ? formatDate(r.eventDate) : "—"}</td>
            <td className={td}>{r._count.items}</td>
            <td className={`${td} space-x-1`}>
              {r.active ? (
                <Badge tone="green">Active</Badge>
              ) : (
                <Badge tone={r.deactivatedByAdmin ? "red" : "gray"}>{r.deactivatedByAdmin ? "Deactivated" : "Archived"}</Badge>
              )}
              {r._count.reports ? (
                <Badge tone="amber">
                  {r._count.reports} report{r._count.reports === 1 ? "" : "s"}
                </Badge>
              ) : null}
            </td>
          </tr>
        ))}
      </Table>
      {rows.length === 0 ? <p className="text-muted">No registry matches these filters.</p> : null}
    </div>
  );
}
