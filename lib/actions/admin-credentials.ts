"use server";
import { revalidatePath } from "next/cache";
import { createApiUser, createRestKey, resetApiUserPassword, revokeRestKey, setApiUserDisabled } from "../data/admin-credentials";
import { apiUserDisableSchema, apiUserPasswordSchema, apiUserSchema, idSchema, restKeySchema } from "../validations/admin";
import { adminAction } from "./safe-action";

const refresh = () => revalidatePath("/admin/credentials");

/** The secrets are returned once, to be shown once; only their SHA-256 digests are stored. */
export const createRestKeyAction = adminAction(restKeySchema, async (d, { user }) => {
  const key = await createRestKey(d.label, user);
  refresh();
  return {
    message: `Key “${d.label}” created. Copy both values now: they are not shown again.`,
    privateKey: key.privateKey,
    token: key.token,
  };
});

export const revokeRestKeyAction = adminAction(idSchema, async (id, { user }) => {
  await revokeRestKey(id, user);
  refresh();
  return { message: "Key revoked." };
});

export const createApiUserAction = adminAction(apiUserSchema, async (d, { user }) => {
  await createApiUser(d, user);
  refresh();
  return { message: `API user “${d.username}” created.` };
});

export const setApiUserDisabledAction = adminAction(apiUserDisableSchema, async (d, { user }) => {
  await setApiUserDisabled(d.apiUserId, d.disabled, user);
  refresh();
  return { message: d.disabled ? "API user disabled." : "API user enabled." };
});

export const resetApiUserPasswordAction = adminAction(apiUserPasswordSchema, async (d, { user }) => {
  await resetApiUserPassword(d.apiUserId, d.password, user);
  refresh();
  return { message: "Password reset; open sessions ended." };
});
