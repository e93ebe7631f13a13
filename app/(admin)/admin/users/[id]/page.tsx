import type { Metadata } from "next";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireRole } from "@/lib/authz";
import { getUserForAdmin } from "@/lib/data/admin-users";
import { setUserRoleAction, setUserSuspendedAction } from "@/lib/actions/admin-users";
import { idSchema } from "@/lib/validations/admin";
import { formatDate } from "@/lib/format";
import { ActionForm, Select } from "@/components/admin/action-form";
import { Badge, Table, td } from "@/components/admin/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("admin.users"))("userMeta") };
}

export default async function AdminUser({ params }: { params: Promise<{ id: string }> }) {
  const admin = await requireRole("ADMIN", "/admin/users");
  const id = idSchema.safeParse((await params).id);
  const u = id.success ? await getUserForAdmin(id.data) : null;
  if (!u) notFound();
  const self = u.id === admin.id;
  const [t, format, locale, tbd] = await Promise.all([
    getTranslations("admin.users"),
    getFormatter(),
    getLocale(),
    getTranslations("admin.registries").then((t) => t("dateTbd")),
  ]);
  return (
    <div className="space-y-6">
      <p>
        <Link href="/admin/users" className="text-sm text-brand-700 underline">
          {t("all")}
        </Link>
      </p>
      <h1 className="font-serif text-3xl font-bold">
        {u.firstName} {u.lastName}
      </h1>
      <p>
        {u.email} · {u.role === "ADMIN" ? t("ADMIN") : t("REGISTRANT")} ·{" "}
        {u.status === "ACTIVE" ? <Badge tone="green">{t("ACTIVE")}</Badge> : <Badge tone="red">{t("SUSPENDED")}</Badge>} ·{" "}
        {t("since", { date: format.dateTime(u.createdAt, { dateStyle: "medium" }) })}
      </p>
      {self ? (
        <p className="text-muted">{t("self")}</p>
      ) : (
        <div className="flex flex-wrap gap-6">
          <ActionForm
            action={setUserSuspendedAction}
            schema="userStatus"
            values={{ userId: u.id, suspended: u.status === "ACTIVE" }}
            label={u.status === "ACTIVE" ? t("suspend") : t("unsuspend")}
            submit={u.status === "ACTIVE" ? t("suspend") : t("unsuspend")}
            variant={u.status === "ACTIVE" ? "danger" : "primary"}
          >
            <p className="max-w-xs text-sm text-muted">{t("suspendNote")}</p>
          </ActionForm>
          <ActionForm
            action={setUserRoleAction}
            schema="userRole"
            values={{ userId: u.id }}
            label={t("changeRole")}
            submit={t("changeRole")}
            variant="secondary"
          >
            <Select name="role" label={t("role")} defaultValue={u.role}>
              <option value="REGISTRANT">{t("REGISTRANT")}</option>
              <option value="ADMIN">{t("ADMIN")}</option>
            </Select>
          </ActionForm>
        </div>
      )}
      <h2 className="text-xl font-semibold">{t("registries")}</h2>
      {u.registries.length ? (
        <Table caption={t("registriesOf")} head={[t("colNumber"), t("colTitle"), t("colEvent"), t("colStatus")]}>
          {u.registries.map((r) => (
            <tr key={r.id}>
              <td className={td}>{r.id}</td>
              <td className={td}>
                <Link href={`/admin/registries/${r.id}`} className="text-brand-700 underline">
                  {r.title}
                </Link>
              </td>
              <td className={td}>{formatDate(r.eventDate, locale, tbd)}</td>
              <td className={td}>{r.active ? <Badge tone="green">{t("active")}</Badge> : <Badge tone="gray">{t("inactive")}</Badge>}</td>
            </tr>
          ))}
        </Table>
      ) : (
        <p className="text-muted">{t("noRegistries")}</p>
      )}
    </div>
  );
}
