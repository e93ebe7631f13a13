"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { createApiUser, createRestKey, resetApiUserPassword, revokeRestKey, setApiUserDisabled } from "../data/admin-credentials";
import { apiUserDisableSchema, apiUserPasswordSchema, apiUserSchema, idSchema, restKeySchema } from "../validations/admin";
import { adminAction } from "./safe-action";

const refresh = () => revalidatePath("/admin/credentials");
const words = () => getTranslations("adminCredentials");

/** The secrets are returned once, to be shown once; only their SHA-256 digests are stored. */
export const createRestKeyAction = adminAction(restKeySchema, async (d, { user }) => {
  const key = await createRestKey(d.label, user);
  refresh();
  return {
    message: (await words())("keyCreated", { label: d.label }),
    privateKey: key.privateKey,
    token: key.token,
  };
});

export const revokeRestKeyAction = adminAction(idSchema, async (id, { user }) => {
  await revokeRestKey(id, user);
  refresh();
  return { message: (await words())("keyRevoked") };
});

export const createApiUserAction = adminAction(apiUserSchema, async (d, { user }) => {
  await createApiUser(d, user);
  refresh();
  return { message: (await words())("userCreated", { username: d.username }) };
});

export const setApiUserDisabledAction = adminAction(apiUserDisableSchema, async (d, { user }) => {
  await setApiUserDisabled(d.apiUserId, d.disabled, user);
  refresh();
  return { message: (await words())(d.disabled ? "userDisabled" : "userEnabled") };
});

export const resetApiUserPasswordAction = adminAction(apiUserPasswordSchema, async (d, { user }) => {
  await resetApiUserPassword(d.apiUserId, d.password, user);
  refresh();
  return { message: (await words())("passwordReset") };
});
