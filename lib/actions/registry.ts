"use server";
import { revalidatePath } from "next/cache";
import { assertRegistryAccess, assertRegistryOwner, assertUser } from "../authz";
import { createRegistry, deleteRegistry, setArchived, updateRegistry } from "../data/registry-admin";
import { acceptInvitation, resendCoRegistrantInvite, revokeCoRegistrant } from "../data/co-registrant";
import { idSchema, registrySchema } from "../validations/registry";
import { tokenSchema } from "../validations/account";
import { appBaseUrl } from "../app-url";
import { LIMITS } from "../security/rate-limit";
import { limitKey } from "../security/action-limit";
import { parseInput, runAction, type ActionResult } from "./safe-action";
import { forbidden } from "../errors";

export async function createRegistryAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const user = await assertUser();
    const data = parseInput(registrySchema, input);
    if (data.coEmail) await limitKey(LIMITS.coInvite, `user:${user.id}`);
    const r = await createRegistry(user, data, appBaseUrl());
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
    // Each new co-registrant address mails an invitation: counted with the resends.
    if (data.coEmail && data.coEmail !== registry.coEmail) await limitKey(LIMITS.coInvite, `registry:${registry.id}`);
    await updateRegistry(registry.id, data, appBaseUrl());
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

/** A fresh invitation link to the co-registrant (the previous link stops working). Owner or admin only. */
export async function resendCoRegistrantInviteAction(registryId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { registry } = await assertRegistryOwner(parseInput(idSchema, registryId));
    await limitKey(LIMITS.coInvite, `registry:${registry.id}`);
    await resendCoRegistrantInvite(registry.id, appBaseUrl());
    revalidatePath(`/dashboard/registries/${registry.id}`);
    return null;
  });
}

/** Ends the co-registrant's access and voids the outstanding invitation. Owner or admin only. */
export async function revokeCoRegistrantAction(registryId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { registry } = await assertRegistryOwner(parseInput(idSchema, registryId));
    await revokeCoRegistrant(registry.id);
    revalidatePath("/dashboard", "layout");
    return null;
  });
}

/** The invited person, signed in with the invited address, accepts; the link alone grants nothing. */
export async function acceptCoRegistrantInviteAction(token: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const user = await assertUser();
    const id = await acceptInvitation(parseInput(tokenSchema, token), user);
    revalidatePath("/dashboard", "layout");
    return { id };
  });
}
