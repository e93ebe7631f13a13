import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/authz";
import { listUsers } from "@/lib/data/admin-users";
import { firstParams, userListQuery } from "@/lib/validations/admin";
import { buttonClass } from "@/components/ui/button";
import { Badge, Pager, Table, filterInput, td } from "@/components/admin/table";

export const metadata: Metadata = { title: "Users · Admin" };

export default async function AdminUsers({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requireRole("ADMIN", "/admin/users");
  const q = userListQuery.parse(firstParams(await searchParams));
  const { total, rows, pages } = await listUsers(q);
  return (
    <div className="space-y-4">
      <h1 className="font-serif text-3xl font-bold">Users</h1>
      <form
        method="get"
        aria-label="Search users"
        className="flex flex-wrap items-end gap-3 rounded-xl border border-gray-200 bg-white p-4"
      >
        <label className="text-sm font-medium">
          Name or email
          <input name="q" defaultValue={q.q ?? ""} className={filterInput} />
        </label>
        <label className="text-sm font-medium">
          Status
          <select name="status" defaultValue={q.status ?? ""} className={filterInput}>
            <option value="">Any</option>
            <option value="ACTIVE">Active</option>
            <option value="SUSPENDED">Suspended</option>
          </select>
        </label>
        <label className="text-sm font-medium">
          Role
          <select name="role" defaultValue={q.role ?? ""} className={filterInput}>
            <option value="">Any</option>
            <option value="REGISTRANT">Registrant</option>
            <option value="ADMIN">Admin</option>
          </select>
        </label>
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
      </form>
      <Pager path="/admin/users" params={q} page={q.page} pages={pages} total={total} />
      <Table caption="Users" head={["Name", "Email", "Role", "Status", "Registries", "Since"]}>
        {rows.map((u) => (
          <tr key={u.id}>
            <td className={td}>
              <Link href={`/admin/users/${u.id}`} className="font-medium text-brand-700 underline">
                {u.firstName} {u.lastName}
              </Link>
            </td>
            <td className={td}>{u.email}</td>
            <td className={td}>{u.role === "ADMIN" ? "Admin" : "Registrant"}</td>
            <td className={td}>{u.status === "ACTIVE" ? <Badge tone="green">Active</Badge> : <Badge tone="red">Suspended</Badge>}</td>
            <td className={td}>{u._count.registries}</td>
            <td className={`${td} whitespace-nowrap`}>{u.createdAt.toISOString().slice(0, 10)}</td>
          </tr>
        ))}
      </Table>
    </div>
  );
}
