"use server";
import { revalidatePath } from "next/cache";
import { assertAdmin } from "../authz";
import { createApiUser, createRestKey, resetApiUserPassword, revokeRestKey, setApiUserDisabled } from "../data/admin-credentials";
import { apiUserDisableSchema, apiUserPasswordSchema, apiUserSchema, idSchema, restKeySchema } from "../validations/admin";
import { parseInput, runAction, type ActionResult } from "./safe-action";

const refresh = () => revalidatePath("/admin/credentials");

/** The secrets are returned once, to be shown once; only their SHA-256 digests are stored. */
export async function createRestKeyAction(input: unknown): Promise<ActionResult<{ message: string; privateKey: string; token: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(restKeySchema, input);
    const key = await createRestKey(d.label, admin);
    refresh();
    return { message: `Key “${d.label}” created. Copy both values now: they are not shown again.`, privateKey: key.privateKey, token: key.token };
  });
}

export async function revokeRestKeyAction(id: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    await revokeRestKey(parseInput(idSchema, id), admin);
    refresh();
    return { message: "Key revoked." };
  });
}

export async function createApiUserAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(apiUserSchema, input);
    await createApiUser(d, admin);
    refresh();
    return { message: `API user “${d.username}” created.` };
  });
}

export async function setApiUserDisabledAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(apiUserDisableSchema, input);
    await setApiUserDisabled(d.apiUserId, d.disabled, admin);
    refresh();
    return { message: d.disabled ? "API user disabled." : "API user enabled." };
  });
}

export async function resetApiUserPasswordAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const admin = await assertAdmin();
    const d = parseInput(apiUserPasswordSchema, input);
    await resetApiUserPassword(d.apiUserId, d.password, admin);
    refresh();
    return { message: "Password reset; open sessions ended." };
  });
}
