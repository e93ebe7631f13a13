"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { addCatalogItems, addCustomItem, moveItem, raiseRequested, removeItem, restoreItem, updateItem } from "../data/registry-items";
import { undoBoughtElsewhere } from "../data/bought-elsewhere";
import {
  CATALOG_CURRENCY,
  catalogAddSchema,
  customItemPrice,
  customItemSchema,
  idSchema,
  importLinkSchema,
  itemUpdateSchema,
  raiseQuantitySchema,
  undoBoughtElsewhereSchema,
} from "../validations/registry";
import { registryAction } from "./safe-action";
import { AppError, assertSameCurrency } from "../errors";
import { copyPhoto, importProduct } from "../import/import-product";
import { limitKey } from "../security/action-limit";
import { LIMITS } from "../security/rate-limit";

function refresh(registry: { id: number; slug: string }) {
  revalidatePath(`/dashboard/registries/${registry.id}`);
  revalidatePath("/dashboard");
  revalidatePath(`/r/${registry.slug}`);
}

export const addCustomItemAction = registryAction(customItemSchema, async (d, { user, registry }) => {
  // Each photo copy is a fetch from outside: it counts against the same budget as reading a page.
  if (d.photoUrl) await limitKey(LIMITS.urlImport, `user:${user.id}`);
  // An imported gift's photo is copied into our storage; it never stays a link to the shop.
  assertSameCurrency(d.currency, registry.currency);
  const price = customItemPrice(d);
  if ("message" in price) throw new AppError("Please correct the highlighted fields.", "validation", { price: price.message });
  const item = await addCustomItem(registry.id, { ...d, price: price.minor, imageUrl: d.photoUrl ? "" : d.imageUrl });
  const photoProblem = d.photoUrl ? await copyPhoto(item.id, d.photoUrl) : "";
  refresh(registry);
  return { id: item.id, photoProblem };
});

/** "Add from a link": read the shop's page and return the gift's details for review; nothing is saved. */
export const importFromLinkAction = registryAction(importLinkSchema, async (d, { user, registry }) => {
  await limitKey(LIMITS.urlImport, `user:${user.id}`);
  return importProduct(d.url, registry.currency);
});

/** Products already on the registry are not added again: they come back as `existing`, for "add more". */
export const addCatalogItemsAction = registryAction(catalogAddSchema, async (d, { registry }) => {
  assertSameCurrency(d.currency, registry.currency);
  const lines = d.lines.map((l) => {
    const price = customItemPrice({ price: l.price, currency: d.currency });
    return { ...l, price: d.currency !== CATALOG_CURRENCY && "minor" in price ? price.minor : null };
  });
  const result = await addCatalogItems(registry.id, lines);
  if (result.added) refresh(registry);
  return result;
});

export const raiseQuantityAction = registryAction(raiseQuantitySchema, async (d, { registry }) => {
  const item = await raiseRequested(registry.id, d.itemId, d.by);
  refresh(registry);
  return { itemId: d.itemId, requested: item.requested };
});

export const updateItemAction = registryAction(itemUpdateSchema, async (d, { registry }) => {
  await updateItem(registry.id, d.itemId, d);
  refresh(registry);
  return null;
});

export const removeItemAction = registryAction(z.object({ itemId: idSchema }), async (d, { registry }) => {
  const removed = await removeItem(registry.id, d.itemId);
  refresh(registry);
  return removed;
});

/** Undo of a Remove: authorized like the remove (the registry's owner, co-registrant or an admin). */
export const restoreItemAction = registryAction(z.object({ itemId: idSchema }), async (d, { registry }) => {
  const restored = await restoreItem(registry.id, d.itemId);
  refresh(registry);
  return restored;
});

export const moveItemAction = registryAction(z.object({ itemId: idSchema, direction: z.enum(["up", "down"]) }), async (d, { registry }) => {
  await moveItem(registry.id, d.itemId, d.direction);
  refresh(registry);
  return null;
});

/** The registrant, a co-registrant or an admin takes back a guest's "bought elsewhere" mark. */
export const undoBoughtElsewhereAction = registryAction(undoBoughtElsewhereSchema, async (d, { user, registry }) => {
  const undone = await undoBoughtElsewhere(user, registry.id, d.saleId);
  refresh(registry);
  revalidatePath(`/admin/registries/${registry.id}`);
  return { message: `Undone: ${undone.quantity} × ${undone.title} is needed again.` };
});
