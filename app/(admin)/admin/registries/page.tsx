import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listRegistries } from "@/lib/data/admin-registries";
import { firstParams, registryListQuery } from "@/lib/validations/admin";
import { formatDate } from "@/lib/format";
import { RegistryFilters } from "@/components/admin/registry-filters";
import { Badge, Pager, Table, td } from "@/components/admin/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.registries"))("metaTitle") };
}

export default async function AdminRegistries({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/registries");
  const q = registryListQuery.parse(firstParams(await searchParams));
  const [{ total, rows, occasions, pages }, t, locale] = await Promise.all([
    listRegistries(q),
    getTranslations("admin.registries"),
    getLocale(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <RegistryFilters q={q} occasions={occasions} />
      <Pager path="/admin/registries" params={q} page={q.page} pages={pages} total={total} />
      <Table
        caption={t("title")}
        head={[t("colNumber"), t("colTitle"), t("colRegistrant"), t("colOccasion"), t("colEvent"), t("colItems"), t("colStatus")]}
      >
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
            <td className={`${td} whitespace-nowrap`}>{r.eventDate ? formatDate(r.eventDate, locale, t("dateTbd")) : "—"}</td>
            <td className={td}>{r._count.items}</td>
            <td className={`${td} space-x-1 rtl:space-x-reverse`}>
              {r.active ? (
                <Badge tone="green">{t("active")}</Badge>
              ) : (
                <Badge tone={r.deactivatedByAdmin ? "red" : "gray"}>{r.deactivatedByAdmin ? t("deactivated") : t("archived")}</Badge>
              )}
              {r._count.reports ? <Badge tone="amber">{t("reports", { count: r._count.reports })}</Badge> : null}
            </td>
          </tr>
        ))}
      </Table>
      {rows.length === 0 ? <p className="text-muted">{t("noMatch")}</p> : null}
    </div>
  );
}
