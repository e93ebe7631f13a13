// TEMPORARY: replaced by the photo storage branch at merge
// Only the signature "Add from a link" needs: it checks the bytes look like a photo and stores nothing.
import "server-only";
import { AppError } from "../errors";

const SIGNATURES: number[][] = [
  [0xff, 0xd8, 0xff], // JPEG
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0x47, 0x49, 0x46, 0x38], // GIF
];
const isWebp = (b: Uint8Array) =>
  b.length > 12 && String.fromCharCode(...b.subarray(0, 4)) === "RIFF" && String.fromCharCode(...b.subarray(8, 12)) === "WEBP";

export async function setItemPhoto(itemId: number, bytes: Uint8Array): Promise<void> {
  const known = isWebp(bytes) || SIGNATURES.some((sig) => sig.every((x, i) => bytes[i] === x));
  if (!known) throw new AppError("We couldn't read that file. Please use a JPEG, PNG or WebP photo.", "validation");
  void itemId;
}
