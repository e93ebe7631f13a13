import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/authz";
import { listCredentials } from "@/lib/data/admin-credentials";
import {
  createApiUserAction,
  resetApiUserPasswordAction,
  revokeRestKeyAction,
  setApiUserDisabledAction,
} from "@/lib/actions/admin-credentials";
import { SOAP_GRANTS } from "@/lib/validations/admin";
import { ActionForm, Checks, FieldError, Input } from "@/components/admin/action-form";
import { RestKeyForm } from "@/components/admin/rest-key-form";
import { Badge, Table, td } from "@/components/admin/table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("adminCredentials"))("metaTitle") };
}

export default async function AdminCredentials() {
  await requireRole("ADMIN", "/admin/credentials");
  const [[keys, apiUsers], t, format] = await Promise.all([listCredentials(), getTranslations("adminCredentials"), getFormatter()]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "short", timeStyle: "short" }) : "—");
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">{t("title")}</h1>
      <section aria-labelledby="rest-h" className="space-y-4">
        <h2 id="rest-h" className="text-2xl font-semibold">
          {t("rest")}
        </h2>
        <p className="text-muted">{t("restIntro")}</p>
        <RestKeyForm />
        <Table
          caption={t("caption")}
          head={[t("colLabel"), t("colPrefix"), t("colCreated"), t("colLastUsed"), t("colStatus"), t("colRevoke")]}
        >
          {keys.map((k) => (
            <tr key={k.id}>
              <td className={td}>{k.label}</td>
              <td className={td}>
                <code>{k.keyPrefix}…</code>
              </td>
              <td className={`${td} whitespace-nowrap`}>
                {when(k.createdAt)}
                {k.createdBy ? <span className="block text-muted">{k.createdBy.email}</span> : null}
              </td>
              <td className={`${td} whitespace-nowrap`}>{when(k.lastUsedAt)}</td>
              <td className={td}>
                {k.revokedAt ? (
                  <Badge tone="gray">{t("revoked", { when: when(k.revokedAt) })}</Badge>
                ) : (
                  <Badge tone="green">{t("active")}</Badge>
                )}
              </td>
              <td className={td}>
                {k.revokedAt ? null : (
                  <ActionForm
                    action={revokeRestKeyAction.bind(null, k.id)}
                    label={t("revokeLabel", { label: k.label, prefix: k.keyPrefix })}
                    submit={t("revoke")}
                    variant="danger"
                    confirm={t("revokeConfirm", { label: k.label })}
                  />
                )}
              </td>
            </tr>
          ))}
        </Table>
      </section>
      <section aria-labelledby="soap-h" className="space-y-4">
        <h2 id="soap-h" className="text-2xl font-semibold">
          {t("soap")}
        </h2>
        <Table caption={t("soapCaption")} head={[t("colUsername"), t("colGrants"), t("colStatus"), t("colEnable"), t("colReset")]}>
          {apiUsers.map((u) => (
            <tr key={u.id}>
              <td className={td}>{u.username}</td>
              <td className={td}>{u.grants.split(",").filter(Boolean).join(", ") || t("noGrants")}</td>
              <td className={td}>{u.disabled ? <Badge tone="red">{t("disabled")}</Badge> : <Badge tone="green">{t("enabled")}</Badge>}</td>
              <td className={td}>
                <ActionForm
                  action={setApiUserDisabledAction}
                  schema="apiUserDisable"
                  values={{ apiUserId: u.id, disabled: !u.disabled }}
                  label={t(u.disabled ? "enableUser" : "disableUser", { username: u.username })}
                  submit={u.disabled ? t("enable") : t("disable")}
                  variant={u.disabled ? "primary" : "danger"}
                />
              </td>
              <td className={td}>
                <ActionForm
                  action={resetApiUserPasswordAction}
                  schema="apiUserPassword"
                  values={{ apiUserId: u.id }}
                  label={t("resetLabel", { username: u.username })}
                  submit={t("reset")}
                  variant="secondary"
                  reset
                  className="flex min-w-64 items-end gap-2"
                >
                  <Input name="password" label={t("newPassword", { username: u.username })} type="password" autoComplete="new-password" />
                </ActionForm>
              </td>
            </tr>
          ))}
        </Table>
        <div className="max-w-xl rounded-xl border border-gray-200 bg-white p-4">
          <ActionForm action={createApiUserAction} schema="apiUser" label={t("createLabel")} submit={t("createSubmit")} reset>
            <h3 className="text-lg font-semibold">{t("newUser")}</h3>
            <Input name="username" label={t("username")} autoComplete="off" />
            <Input name="password" label={t("password")} type="password" autoComplete="new-password" hint={t("passwordHint")} />
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium">{t("grants")}</legend>
              <Checks name="grants" options={SOAP_GRANTS} defaultValue={["Authenticate"]} />
              <FieldError name="grants" />
            </fieldset>
          </ActionForm>
        </div>
      </section>
    </div>
  );
}
