import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/authz";
import { getUserForAdmin } from "@/lib/data/admin-users";
import { setUserRoleAction, setUserSuspendedAction } from "@/lib/actions/admin-users";
import { idSchema } from "@/lib/validations/admin";
import { formatDate } from "@/lib/format";
import { ActionForm, Select } from "@/components/admin/action-form";
import { Badge, Table, td } from "@/components/admin/table";

export const metadata: Metadata = { title: "User · Admin" };

export default async function AdminUser({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole("ADMIN", "/admin/users");
  const id = idSchema.safeParse((await params).id);
  const u = id.success ? await getUserForAdmin(id.data) : null;
  if (!u) notFound();
  const self = u.id === admin.id;
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/users" className="text-sm text-brand-700 underline">
          ← All users
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">
        {u.firstName} {u.lastName}
      </h1>
      <p>
        {u.email} · {u.role === "ADMIN" ? "Admin" : "Registrant"} ·{" "}
        {u.status === "ACTIVE" ? <Badge tone="green">Active</Badge> : <Badge tone="red">Suspended</Badge>} · since{" "}
        {u.createdAt.toISOString().slice(0, 10)}
      </p>
      {self ? (
        <p className="text-muted">This is your own account: you cannot suspend yourself or change your own role.</p>
      ) : (
        <div className="flex flex-wrap gap-6">
          <ActionForm
            action={setUserSuspendedAction}
            schema="userStatus"
            values={{ userId: u.id, suspended: u.status === "ACTIVE" }}
            label={u.status === "ACTIVE" ? "Suspend user" : "Unsuspend user"}
            submit={u.status === "ACTIVE" ? "Suspend user" : "Unsuspend user"}
            variant={u.status === "ACTIVE" ? "danger" : "primary"}
          >
            <p className="max-w-xs text-sm text-muted">A suspended user cannot sign in; their registries stay as they are.</p>
          </ActionForm>
          <ActionForm
            action={setUserRoleAction}
            schema="userRole"
            values={{ userId: u.id }}
            label="Change role"
            submit="Change role"
            variant="secondary"
          >
            <Select name="role" label="Role" defaultValue={u.role}>
              <option value="REGISTRANT">Registrant</option>
              <option value="ADMIN">Admin</option>
            </Select>
          </ActionForm>
        </div>
      )}
      <h2 className="text-xl font-semibold">Registries</h2>
      {u.registries.length ? (
        <Table caption="Registries of this user" head={["No.", "Title", "Event", "Status"]}>
          {u.registries.map((r) => (
            <tr key={r.id}>
              <td className={td}>{r.id}</td>
              <td className={td}>
                <Link href={`/admin/registries/${r.id}`} className="text-brand-700 underline">
                  {r.title}
                </Link>
              </td>
              <td className={td}>{formatDate(r.eventDate)}</td>
              <td className={td}>{r.active ? <Badge tone="green">Active</Badge> : <Badge tone="gray">Inactive</Badge>}</td>
            </tr>
          ))}
        </Table>
      ) : (
        <p className="text-muted">No registries.</p>
      )}
    </div>
  );
}
