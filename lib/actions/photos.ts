"use server";
// Photos of gifts, the cover and the couple: the registry's owner, its joined co-registrant or an admin.
import { revalidatePath } from "next/cache";
import {
  removeFundPhoto,
  removeItemPhoto,
  removeRegistryPhoto,
  setFundPhoto,
  setRegistryItemPhoto,
  setRegistryPhoto,
} from "../images/photos";
import {
  fundPhotoSchema,
  itemPhotoSchema,
  registryPhotoSchema,
  removeFundPhotoSchema,
  removeItemPhotoSchema,
  removeRegistryPhotoSchema,
} from "../validations/photos";
import { registryAction } from "./safe-action";

function refresh(registry: { id: number; slug: string }) {
  revalidatePath(`/dashboard/registries/${registry.id}`);
  revalidatePath(`/dashboard/registries/${registry.id}/edit`);
  revalidatePath("/dashboard");
  revalidatePath(`/r/${registry.slug}`);
}

const bytesOf = async (photo: Blob) => new Uint8Array(await photo.arrayBuffer());

export const setItemPhotoAction = registryAction(itemPhotoSchema, async (d, { registry }) => {
  await setRegistryItemPhoto(registry.id, d.itemId, await bytesOf(d.photo), d.crop);
  refresh(registry);
  return null;
});

export const removeItemPhotoAction = registryAction(removeItemPhotoSchema, async (d, { registry }) => {
  await removeItemPhoto(registry.id, d.itemId);
  refresh(registry);
  return null;
});

export const setRegistryPhotoAction = registryAction(registryPhotoSchema, async (d, { registry }) => {
  await setRegistryPhoto(registry.id, d.kind, await bytesOf(d.photo), d.crop);
  refresh(registry);
  return null;
});

export const removeRegistryPhotoAction = registryAction(removeRegistryPhotoSchema, async (d, { registry }) => {
  await removeRegistryPhoto(registry.id, d.kind);
  refresh(registry);
  return null;
});

export const setFundPhotoAction = registryAction(fundPhotoSchema, async (d, { registry }) => {
  await setFundPhoto(registry.id, d.fundId, await bytesOf(d.photo), d.crop);
  refresh(registry);
  return null;
});

export const removeFundPhotoAction = registryAction(removeFundPhotoSchema, async (d, { registry }) => {
  await removeFundPhoto(registry.id, d.fundId);
  refresh(registry);
  return null;
});
