import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listUsers } from "@/lib/data/admin-users";
import { firstParams, userListQuery } from "@/lib/validations/admin";
import { buttonClass } from "@/components/ui/button";
import { Badge, Pager, Table, filterInput, td } from "@/components/admin/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("metaTitle") };
}

export default async function AdminUsers({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/users");
  const q = userListQuery.parse(firstParams(await searchParams));
  const [{ total, rows, pages }, t, any, format] = await Promise.all([
    listUsers(q),
    getTranslations("admin.users"),
    getTranslations("admin.table").then((t) => t("any")),
    getFormatter(),
  ]);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <form method="get" aria-label={t("search")} className="flex flex-wrap items-end gap-3 rounded-xl border border-gray-200 bg-white p-4">
        <label className="text-sm font-medium">
          {t("q")}
          <input name="q" defaultValue={q.q ?? ""} className={filterInput} />
        </label>
        <label className="text-sm font-medium">
          {t("status")}
          <select name="status" defaultValue={q.status ?? ""} className={filterInput}>
            <option value="">{any}</option>
            <option value="ACTIVE">{t("ACTIVE")}</option>
            <option value="SUSPENDED">{t("SUSPENDED")}</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          {t("role")}
          <select name="role" defaultValue={q.role ?? ""} className={filterInput}>
            <option value="">{any}</option>
            <option value="REGISTRANT">{t("REGISTRANT")}</option>
            <option value="ADMIN">{t("ADMIN")}</option>
          </select>
        </label>
        <button type="submit" className={buttonClass("primary")}>
          {t("submit")}
        </button>
      </form>
      <Pager path="/admin/users" params={q} page={q.page} pages={pages} total={total} />
      <Table caption={t("title")} head={[t("colName"), t("colEmail"), t("colRole"), t("colStatus"), t("colRegistries"), t("colSince")]}>
        {rows.map((u) => (
          <tr key={u.id}>
            <td className={td}>
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">
                {u.firstName} {u.lastName}
              </Link>
            </td>
            <td className={td}>{u.email}</td>
            <td className={td}>{u.role === "ADMIN" ? t("ADMIN") : t("REGISTRANT")}</td>
            <td className={td}>
              {u.status === "ACTIVE" ? <Badge tone="green">{t("ACTIVE")}</Badge> : <Badge tone="red">{t("SUSPENDED")}</Badge>}
            </td>
            <td className={td}>{u._count.registries}</td>
            <td className={`${td} whitespace-nowrap`}>{format.dateTime(u.createdAt, { dateStyle: "medium" })}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
