import { z } from "zod";
import { idSchema } from "./id";
import { MAX_PHOTO_BYTES } from "../images/variants";
import { msg } from "../i18n/validation";

const UNREADABLE = msg("photos.unreadable");
const TOO_LARGE = msg("photos.tooLarge");

const pixels = z.number().finite().min(0).max(100_000);

/** The photo as sent (the browser and the server check the size; only the server can tell what it is). */
const photoFile = z
  .instanceof(Blob, { message: UNREADABLE })
  .refine((f) => f.size > 0, UNREADABLE)
  .refine((f) => f.size <= MAX_PHOTO_BYTES, TOO_LARGE);

/** The part of the upright photo the registrant kept, in its pixels; absent: the middle. */
const crop = z.object({ x: pixels, y: pixels, width: pixels.min(1), height: pixels.min(1) }).optional();

export const itemPhotoSchema = z.object({ itemId: idSchema, photo: photoFile, crop });
export const removeItemPhotoSchema = z.object({ itemId: idSchema });
export const registryPhotoSchema = z.object({ kind: z.enum(["cover", "couple"]), photo: photoFile, crop });
export const removeRegistryPhotoSchema = z.object({ kind: z.enum(["cover", "couple"]) });
export const fundPhotoSchema = z.object({ fundId: idSchema, photo: photoFile, crop });
export const removeFundPhotoSchema = z.object({ fundId: idSchema });
