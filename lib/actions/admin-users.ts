"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "../authz";
import { setUserRole, setUserSuspended } from "../data/admin-users";
import { userRoleSchema, userStatusSchema } from "../validations/admin";
import { parseInput, runAction, type ActionResult } from "./safe-action";

export async function setUserSuspendedAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(userStatusSchema, input);
    await setUserSuspended(d.userId, d.suspended, admin);
    revalidatePath("/admin", "layout");
    return { message: d.suspended ? "User suspended: they can no longer sign in." : "User unsuspended." };
  });
}

export async function setUserRoleAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(userRoleSchema, input);
    await setUserRole(d.userId, d.role, admin);
    revalidatePath("/admin", "layout");
    return { message: `Role changed to ${d.role === "ADMIN" ? "admin" : "registrant"}.` };
  });
}
