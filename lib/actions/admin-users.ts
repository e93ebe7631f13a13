"use server";
import { revalidatePath } from "next/cache";
import { setUserRole, setUserSuspended } from "../data/admin-users";
import { userRoleSchema, userStatusSchema } from "../validations/admin";
import { adminAction } from "./safe-action";

export const setUserSuspendedAction = adminAction(userStatusSchema, async (d, { user }) => {
  await setUserSuspended(d.userId, d.suspended, user);
  revalidatePath("/admin", "layout");
  return { message: d.suspended ? "User suspended: they can no longer sign in." : "User unsuspended." };
});

export const setUserRoleAction = adminAction(userRoleSchema, async (d, { user }) => {
  await setUserRole(d.userId, d.role, user);
  revalidatePath("/admin", "layout");
  return { message: `Role changed to ${d.role === "ADMIN" ? "admin" : "registrant"}.` };
});
