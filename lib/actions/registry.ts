"use server";
import { revalidatePath } from "next/cache";
import { assertRegistryAccess, assertUser } from "../authz";
import { createRegistry, deleteRegistry, setArchived, updateRegistry } from "../data/registry-admin";
import { idSchema, registrySchema } from "../validations/registry";
import { parseInput, runAction, type ActionResult } from "./safe-action";
import { forbidden } from "../errors";

export async function createRegistryAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const user = await assertUser();
    const data = parseInput(registrySchema, input);
    const r = await createRegistry(user, data);
    revalidatePath("/dashboard");
    return { id: r.id };
  });
}

export async function updateRegistryAction(registryId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const id = parseInput(idSchema, registryId);
    const { user, registry } = await assertRegistryAccess(id);
    const data = parseInput(registrySchema, input);
    // Only the owner (or an admin) changes or removes the co-registrant; a co-registrant can't drop themselves in or out.
    if (registry.ownerId !== user.id && user.role !== "ADMIN") Object.assign(data, { coFirstName: registry.coFirstName, coLastName: registry.coLastName, coEmail: registry.coEmail });
    await updateRegistry(registry.id, data);
    revalidatePath("/dashboard", "layout");
    revalidatePath(`/r/${registry.slug}`);
    return { id };
  });
}

export async function archiveRegistryAction(registryId: unknown, archived: boolean): Promise<ActionResult> {
  return runAction(async () => {
    const { registry } = await assertRegistryAccess(parseInput(idSchema, registryId));
    await setArchived(registry.id, archived === true);
    revalidatePath("/dashboard", "layout");
    revalidatePath(`/r/${registry.slug}`);
    return null;
  });
}

export async function deleteRegistryAction(registryId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { user, registry } = await assertRegistryAccess(parseInput(idSchema, registryId));
    // Co-registrants manage items and details; only the owner (or an admin) deletes.
    if (registry.ownerId !== user.id && user.role !== "ADMIN") throw forbidden("Only the registry’s owner can delete it");
    await deleteRegistry(registry.id);
    revalidatePath("/dashboard");
    return null;
  });
}
