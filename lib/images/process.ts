import "server-only";
// Uploaded photos, decoded from their bytes (the file's name and declared type are never trusted),
// turned upright by their EXIF orientation, cropped, and made into WebP variants with no metadata
// at all (sharp writes none unless asked): no GPS or camera details reach guests.
import { createHash } from "node:crypto";
import sharp, { type Metadata, type OutputInfo } from "sharp";
import { worded } from "../i18n/errors";
import { msg } from "../i18n/validation";
import { MAX_PHOTO_BYTES, MAX_PHOTO_MEGAPIXELS, PHOTO_SHAPES, type PhotoKind } from "./variants";

/** A crop box in the upright photo's pixels (as the browser shows it). */
export type Crop = { x: number; y: number; width: number; height: number };
export type Variant = { width: number; height: number; data: Uint8Array<ArrayBuffer> };
export type ProcessedPhoto = { hash: string; variants: Variant[] };

const MAX_PIXELS = MAX_PHOTO_MEGAPIXELS * 1_000_000;
/** HEIC/AVIF come in as "heif": accepted when this sharp build can decode them (AVIF can; HEIC fails to decode and is refused). */
const FORMATS = new Set(["jpeg", "png", "webp", "heif"]);

/** A refusal in the reader's language (messages "photos.*"), English in .message. */
const invalid = (key: "tooLarge" | "tooManyPixels" | "unreadable") => {
  const values = key === "tooManyPixels" ? { max: MAX_PHOTO_MEGAPIXELS } : undefined;
  return worded("validation", `photos.${key}`, values, { photo: msg(`photos.${key}`, values) });
};

/** The crop inside the picture, or the largest centred box of the kind's shape when none (or a bad one) is given. */
function cropBox(crop: Crop | undefined, width: number, height: number, aspect: number): Crop {
  if (crop) {
    const x = Math.max(0, Math.min(width - 1, Math.round(crop.x)));
    const y = Math.max(0, Math.min(height - 1, Math.round(crop.y)));
    const w = Math.min(width - x, Math.round(crop.width));
    const h = Math.min(height - y, Math.round(crop.height));
    if (w >= 1 && h >= 1) return { x, y, width: w, height: h };
  }
  const w = Math.min(width, Math.round(height * aspect));
  const h = Math.min(height, Math.round(width / aspect));
  return { x: Math.floor((width - w) / 2), y: Math.floor((height - h) / 2), width: w, height: h };
}

/**
 * The variants of one photo for its kind, and their hash: over `slot` (who the photo belongs to) and
 * the output, so the same picture on two gifts gets two sets of rows and new content a new URL.
 */
export async function processPhoto(bytes: Uint8Array, kind: PhotoKind, slot: string, crop?: Crop): Promise<ProcessedPhoto> {
  if (bytes.byteLength > MAX_PHOTO_BYTES) throw invalid("tooLarge");
  const input = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const open = () => sharp(input, { limitInputPixels: MAX_PIXELS, autoOrient: true, failOn: "error" });
  let meta: Metadata;
  try {
    meta = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw invalid("unreadable");
  }
  if (!meta.format || !FORMATS.has(meta.format) || !meta.width || !meta.height) throw invalid("unreadable");
  if (meta.width * meta.height > MAX_PIXELS) throw invalid("tooManyPixels");
  const upright = meta.autoOrient ?? { width: meta.width, height: meta.height };
  const { widths, aspect } = PHOTO_SHAPES[kind];
  const box = cropBox(crop, upright.width, upright.height, aspect);
  const largest = widths[widths.length - 1];
  let master: { data: Buffer; info: OutputInfo };
  try {
    // One decode: the crop at the largest size, as raw pixels the smaller variants are made from.
    master = await open()
      .extract({ left: box.x, top: box.y, width: box.width, height: box.height })
      .resize(largest, Math.round(largest / aspect), { fit: "cover" })
      .raw()
      .toBuffer({ resolveWithObject: true });
  } catch {
    throw invalid("unreadable");
  }
  const raw = { width: master.info.width, height: master.info.height, channels: master.info.channels };
  const variants = await Promise.all(
    widths.map(async (width) => {
      const height = Math.round(width / aspect);
      const data = await sharp(master.data, { raw }).resize(width, height).webp({ quality: 80 }).toBuffer();
      return { width, height, data: new Uint8Array(data) };
    }),
  );
  const h = createHash("sha256").update(`${kind}:${slot}\n`);
  for (const v of variants) h.update(v.data);
  return { hash: h.digest("hex").slice(0, 32), variants };
}
