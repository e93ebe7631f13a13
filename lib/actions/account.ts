"use server";
import { revalidatePath } from "next/cache";
import { signOut } from "../auth";
import { assertUser } from "../authz";
import { changePassword, deleteAccount, updateProfile } from "../data/account";
import { deleteAccountSchema, passwordChangeSchema, profileSchema } from "../validations/account";
import { parseInput, runAction, type ActionResult } from "./safe-action";

export async function updateProfileAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await assertUser();
    await updateProfile(user.id, parseInput(profileSchema, input));
    revalidatePath("/", "layout");
    return null;
  });
}

export async function changePasswordAction(input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const user = await assertUser();
    const d = parseInput(passwordChangeSchema, input);
    await changePassword(user.id, d.currentPassword, d.newPassword);
    return null;
  });
}

export async function deleteAccountAction(input: unknown): Promise<ActionResult> {
  const result = await runAction(async () => {
    const user = await assertUser();
    await deleteAccount(user.id, parseInput(deleteAccountSchema, input).password);
    return null;
  });
  if (result.ok) await signOut({ redirectTo: "/" });
  return result;
}
