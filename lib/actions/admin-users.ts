"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { setUserRole, setUserSuspended } from "../data/admin-users";
import { userRoleSchema, userStatusSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

export const setUserSuspendedAction = adminAction(userStatusSchema, async (d, { user }) => {
  await setUserSuspended(d.userId, d.suspended, user);
  revalidatePath("/admin", "layout");
  const t = await getTranslations("admin.users");
  return { message: d.suspended ? t("suspended") : t("unsuspended") };
});

export const setUserRoleAction = adminAction(userRoleSchema, async (d, { user }) => {
  await setUserRole(d.userId, d.role, user);
  revalidatePath("/admin", "layout");
  return { message: (await getTranslations("admin.users"))("roleChanged", { role: d.role }) };
});
