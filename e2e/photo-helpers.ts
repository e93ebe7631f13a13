// Photo fixtures made in the test (sharp) and direct calls of the photo server actions, as a script would send them.
import type { APIRequestContext } from "@playwright/test";
import sharp from "sharp";
import { serverActionId } from "./admin-helpers";

/**
 * A 1600×1200 JPEG stored sideways (EXIF orientation 6: shown turned 90° clockwise, 1200×1600) with GPS
 * in its EXIF: its left half red, right half blue, so upright the top is red and the bottom blue.
 */
export async function sidewaysJpegWithGps(): Promise<Buffer> {
  const half = (colour: string) =>
    sharp({ create: { width: 800, height: 1200, channels: 3, background: colour } })
      .png()
      .toBuffer();
  const base = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#000" } })
    .composite([
      { input: await half("#d00000"), left: 0, top: 0 },
      { input: await half("#0000d0"), left: 800, top: 0 },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();
  return sharp(base)
    .withMetadata({ orientation: 6 })
    .withExifMerge({ IFD0: { Make: "TestCam", Model: "Fixture 1" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "38/1 43/1 0/1" } })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/** A plain PNG of that size and colour. */
export const plainPng = (width: number, height: number, colour = "#3a7d44") =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .png()
    .toBuffer();

export type Upload = { name: string; mimeType: string; buffer: Buffer };

/** Calls an action of lib/actions/photos.ts with the caller's cookies; a photo goes as a file part, as React sends a Blob. */
export async function callPhotoAction(request: APIRequestContext, name: string, args: Record<string, unknown>, photo?: Upload) {
  const headers = { "Next-Action": serverActionId("lib/actions/photos.ts", name), Accept: "text/x-component" };
  if (!photo) {
    const res = await request.post("/dashboard", {
      headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" },
      data: JSON.stringify([args]),
    });
    return res.text();
  }
  // React's order: the file part first, then the arguments ("0") that point at it ("$B1").
  const form = new FormData();
  form.append("1", new Blob([new Uint8Array(photo.buffer)], { type: photo.mimeType }), photo.name);
  form.append("0", JSON.stringify([{ ...args, photo: "$B1" }]));
  return (await request.post("/dashboard", { headers, multipart: form })).text();
}
