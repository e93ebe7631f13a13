"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { assertRegistryAccess } from "../authz";
import { addCatalogItems, addCustomItem, moveItem, removeItem, updateItem } from "../data/registry-items";
import { undoBoughtElsewhere } from "../data/bought-elsewhere";
import { catalogAddSchema, customItemSchema, idSchema, itemUpdateSchema } from "../validations/registry";
import { parseInput, runAction, type ActionResult } from "./safe-action";

function refresh(registry: { id: number; slug: string }) {
  revalidatePath(`/dashboard/registries/${registry.id}`);
  revalidatePath("/dashboard");
  revalidatePath(`/r/${registry.slug}`);
}

export async function addCustomItemAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(async () => {
    const d = parseInput(customItemSchema, input);
    const { registry } = await assertRegistryAccess(d.registryId);
    const item = await addCustomItem(registry.id, d);
    refresh(registry);
    return item;
  });
}

export async function addCatalogItemsAction(input: unknown): Promise<ActionResult<{ added: number }>> {
  return runAction(async () => {
    const d = parseInput(catalogAddSchema, input);
    const { registry } = await assertRegistryAccess(d.registryId);
    const added = await addCatalogItems(registry.id, d.lines);
    refresh(registry);
    return { added };
  });
}

export async function updateItemAction(registryId: unknown, input: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { registry } = await assertRegistryAccess(parseInput(idSchema, registryId));
    const d = parseInput(itemUpdateSchema, input);
    await updateItem(registry.id, d.itemId, d);
    refresh(registry);
    return null;
  });
}

export async function removeItemAction(registryId: unknown, itemId: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { registry } = await assertRegistryAccess(parseInput(idSchema, registryId));
    await removeItem(registry.id, parseInput(idSchema, itemId));
    refresh(registry);
    return null;
  });
}

export async function moveItemAction(registryId: unknown, itemId: unknown, direction: unknown): Promise<ActionResult> {
  return runAction(async () => {
    const { registry } = await assertRegistryAccess(parseInput(idSchema, registryId));
    await moveItem(registry.id, parseInput(idSchema, itemId), parseInput(z.enum(["up", "down"]), direction));
    refresh(registry);
    return null;
  });
}

const undoMarkSchema = z.object({ registryId: idSchema, saleId: idSchema });

/** The registrant, a co-registrant or an admin takes back a guest's "bought elsewhere" mark. */
export async function undoBoughtElsewhereAction(input: unknown): Promise<ActionResult<{ message: string }>> {
  return runAction(async () => {
    const d = parseInput(undoMarkSchema, input);
    const { user, registry } = await assertRegistryAccess(d.registryId);
    const undone = await undoBoughtElsewhere(user, registry.id, d.saleId);
    refresh(registry);
    revalidatePath(`/admin/registries/${registry.id}`);
    return { message: `Undone: ${undone.quantity} × ${undone.title} is needed again.` };
  });
}
