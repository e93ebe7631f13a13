import "server-only";
// Setting and removing photos: gift photos (square), a registry's cover (wide) and the couple's
// photo (square). The variants are stored first, then the gift or registry points at them, then the
// old ones go; a failed upload changes nothing.
import { worded } from "../i18n/errors";
import { findItemForPhoto, swapFundPhoto, swapItemPhoto, swapRegistryPhoto } from "../data/image-store";
import { processPhoto, type Crop } from "./process";
import { imageStore } from "./store";

async function replace(old: string | null, hash: string) {
  if (old && old !== hash) await imageStore().remove([old]);
}

/**
 * Store a square, centre-cropped photo for this gift (the caller has already authorized the item).
 * Throws a WordedError (kind "validation"; English .message) for an unreadable or too-large image.
 */
export async function setItemPhoto(itemId: number, bytes: Uint8Array): Promise<void> {
  const item = await findItemForPhoto(itemId);
  if (!item) throw worded("not_found", "registryErrors.giftNotFound");
  await storeItemPhoto(item, bytes);
}

/** The registrant's upload for a gift on their registry, with the square they chose. */
export async function setRegistryItemPhoto(registryId: number, itemId: number, bytes: Uint8Array, crop?: Crop) {
  const item = await findItemForPhoto(itemId, registryId);
  if (!item) throw worded("not_found", "registryErrors.giftNotFound");
  await storeItemPhoto(item, bytes, crop);
}

async function storeItemPhoto(item: { id: number; registryId: number }, bytes: Uint8Array, crop?: Crop) {
  const photo = await processPhoto(bytes, "gift", `item:${item.id}`, crop);
  await imageStore().put({ registryId: item.registryId, itemId: item.id }, photo.hash, photo.variants);
  const old = await swapItemPhoto(item.id, photo.hash);
  if (old === null) {
    await imageStore().remove([photo.hash]); // the gift went meanwhile
    throw worded("not_found", "registryErrors.giftNotFound");
  }
  await replace(old, photo.hash);
}

export async function removeItemPhoto(registryId: number, itemId: number) {
  const item = await findItemForPhoto(itemId, registryId);
  if (!item) throw worded("not_found", "registryErrors.giftNotFound");
  await replace(await swapItemPhoto(item.id, ""), "");
}

const FIELD = { cover: "coverPhoto", couple: "couplePhoto" } as const;

export async function setRegistryPhoto(registryId: number, kind: "cover" | "couple", bytes: Uint8Array, crop?: Crop) {
  const photo = await processPhoto(bytes, kind, `${kind}:${registryId}`, crop);
  await imageStore().put({ registryId, itemId: null }, photo.hash, photo.variants);
  const old = await swapRegistryPhoto(registryId, FIELD[kind], photo.hash);
  if (old === null) throw worded("not_found", "registryErrors.registryNotFound");
  await replace(old, photo.hash);
}

export async function removeRegistryPhoto(registryId: number, kind: "cover" | "couple") {
  await replace(await swapRegistryPhoto(registryId, FIELD[kind], ""), "");
}

/** A cash fund's photo: square, like a gift's, owned by the registry (its guest rule applies). */
export async function setFundPhoto(registryId: number, fundId: number, bytes: Uint8Array, crop?: Crop) {
  const photo = await processPhoto(bytes, "gift", `fund:${fundId}`, crop);
  await imageStore().put({ registryId, itemId: null }, photo.hash, photo.variants);
  const old = await swapFundPhoto(registryId, fundId, photo.hash);
  if (old === null) {
    await imageStore().remove([photo.hash]);
    throw worded("not_found", "registryErrors.fundNotFound");
  }
  await replace(old, photo.hash);
}

export async function removeFundPhoto(registryId: number, fundId: number) {
  const old = await swapFundPhoto(registryId, fundId, "");
  if (old === null) throw worded("not_found", "registryErrors.fundNotFound");
  await replace(old, "");
}
