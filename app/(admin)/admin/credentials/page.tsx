import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "API credentials · Admin" };

const when = (d: Date | null) => (d ? d.toISOString().slice(0, 16).replace("T", " ") : "—");

export default async function AdminCredentials() {
  await requireRole("ADMIN", "/admin/credentials");
  const [keys, apiUsers] = await listCredentials();
  return (
    <div className="space-y-10">
      <h1 className="font-serif text-3xl font-bold">Integration credentials</h1>
      <section aria-labelledby="rest-h" className="space-y-4">
        <h2 id="rest-h" className="text-2xl font-semibold">
          REST API keys
        </h2>
        <p className="text-muted">
          Store systems send the PrivateKey and Token headers. Both are shown once when created and stored only as SHA-256 hashes.
        </p>
        <RestKeyForm />
        <Table caption="Issued REST API keys" head={["Label", "PrivateKey starts", "Created", "Last used", "Status", "Revoke"]}>
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
                {k.revokedAt ? <Badge tone="gray">Revoked {when(k.revokedAt)}</Badge> : <Badge tone="green">Active</Badge>}
              </td>
              <td className={td}>
                {k.revokedAt ? null : (
                  <ActionForm
                    action={revokeRestKeyAction.bind(null, k.id)}
                    label={`Revoke key ${k.label} (${k.keyPrefix}…)`}
                    submit="Revoke"
                    variant="danger"
                    confirm={`Revoke “${k.label}”? Clients using it stop working at once.`}
                  />
                )}
              </td>
            </tr>
          ))}
        </Table>
      </section>
      <section aria-labelledby="soap-h" className="space-y-4">
        <h2 id="soap-h" className="text-2xl font-semibold">
          SOAP API users
        </h2>
        <Table caption="Existing SOAP API users" head={["Username", "Granted methods", "Status", "Enable / disable", "Reset password"]}>
          {apiUsers.map((u) => (
            <tr key={u.id}>
              <td className={td}>{u.username}</td>
              <td className={td}>{u.grants.split(",").filter(Boolean).join(", ") || "none"}</td>
              <td className={td}>{u.disabled ? <Badge tone="red">Disabled</Badge> : <Badge tone="green">Enabled</Badge>}</td>
              <td className={td}>
                <ActionForm
                  action={setApiUserDisabledAction}
                  schema="apiUserDisable"
                  values={{ apiUserId: u.id, disabled: !u.disabled }}
                  label={`${u.disabled ? "Enable" : "Disable"} ${u.username}`}
                  submit={u.disabled ? "Enable" : "Disable"}
                  variant={u.disabled ? "primary" : "danger"}
                />
              </td>
              <td className={td}>
                <ActionForm
                  action={resetApiUserPasswordAction}
                  schema="apiUserPassword"
                  values={{ apiUserId: u.id }}
                  label={`Reset password of ${u.username}`}
                  submit="Reset"
                  variant="secondary"
                  reset
                  className="flex min-w-64 items-end gap-2"
                >
                  <Input name="password" label={`New password for ${u.username}`} type="password" autoComplete="new-password" />
                </ActionForm>
              </td>
            </tr>
          ))}
        </Table>
        <div className="max-w-xl rounded-xl border border-gray-200 bg-white p-4">
          <ActionForm action={createApiUserAction} schema="apiUser" label="Create SOAP API user" submit="Create API user" reset>
            <h3 className="text-lg font-semibold">New SOAP API user</h3>
            <Input name="username" label="Username" autoComplete="off" />
            <Input name="password" label="Password" type="password" autoComplete="new-password" hint="At least 10 characters" />
            <fieldset className="space-y-1">
              <legend className="text-sm font-medium">Granted methods</legend>
              <Checks name="grants" options={SOAP_GRANTS} defaultValue={["Authenticate"]} />
              <FieldError name="grants" />
            </fieldset>
          </ActionForm>
        </div>
      </section>
    </div>
  );
}
