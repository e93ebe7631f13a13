// Photo processing: decoded from the bytes, upright, cropped, resized once, metadata gone; bad input refused with a plain message.
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { processPhoto } from "./process";
import { MAX_PHOTO_BYTES, TOO_LARGE_MESSAGE, TOO_MANY_PIXELS_MESSAGE, UNREADABLE_MESSAGE } from "./variants";

const png = (width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: "#808080" } })
    .png()
    .toBuffer();

async function refusal(p: Promise<unknown>) {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  expect((e as AppError).kind).toBe("validation");
  return (e as AppError).message;
}

describe("processPhoto", () => {
  it("makes square WebP gift variants without metadata, turned upright", async () => {
    // 300×200 stored, EXIF orientation 6 (shown 200×300), with GPS: left half white, right half black.
    const base = await sharp({ create: { width: 300, height: 200, channels: 3, background: "#000" } })
      .composite([
        {
          input: await sharp({ create: { width: 150, height: 200, channels: 3, background: "#fff" } })
            .png()
            .toBuffer(),
          left: 0,
          top: 0,
        },
      ])
      .jpeg()
      .toBuffer();
    const jpeg = await sharp(base)
      .withMetadata({ orientation: 6 })
      .withExifMerge({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "1/1 2/1 3/1" } })
      .jpeg()
      .toBuffer();
    expect((await sharp(jpeg).metadata()).exif).toBeDefined();
    const out = await processPhoto(new Uint8Array(jpeg), "gift", "item:1");
    expect(out.hash).toMatch(/^[a-f0-9]{32}$/);
    expect(out.variants.map((v) => [v.width, v.height])).toEqual([
      [160, 160],
      [320, 320],
      [640, 640],
    ]);
    for (const v of out.variants) {
      const m = await sharp(v.data).metadata();
      expect(m.format).toBe("webp");
      expect(m.exif).toBeUndefined();
      expect(m.orientation).toBeUndefined();
    }
    // Upright the white half is on top: the middle square's top row is white, its bottom row black.
    const { data, info } = await sharp(out.variants[0].data).raw().toBuffer({ resolveWithObject: true });
    expect(data[(2 * info.width + 80) * info.channels]).toBeGreaterThan(200);
    expect(data[(157 * info.width + 80) * info.channels]).toBeLessThan(50);
  });

  it("crops the chosen box and makes wide cover variants", async () => {
    const out = await processPhoto(new Uint8Array(await png(3000, 2000)), "cover", "cover:1", {
      x: 100,
      y: 100,
      width: 2000,
      height: 1000,
    });
    expect(out.variants.map((v) => [v.width, v.height])).toEqual([
      [640, 320],
      [1200, 600],
      [1920, 960],
    ]);
  });

  it("gives the same picture in another slot another hash", async () => {
    const bytes = new Uint8Array(await png(400, 400));
    const [a, b] = await Promise.all([processPhoto(bytes, "gift", "item:1"), processPhoto(bytes, "gift", "item:2")]);
    expect(a.hash).not.toBe(b.hash);
  });

  it("refuses what it cannot read, whatever the name says, and what is too big", async () => {
    expect(await refusal(processPhoto(new TextEncoder().encode("hello, not a photo"), "gift", "x"))).toBe(UNREADABLE_MESSAGE);
    const svg = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>');
    expect(await refusal(processPhoto(svg, "gift", "x"))).toBe(UNREADABLE_MESSAGE);
    const gif = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#000" } })
      .gif()
      .toBuffer();
    expect(await refusal(processPhoto(new Uint8Array(gif), "gift", "x"))).toBe(UNREADABLE_MESSAGE);
    const truncated = (await png(200, 200)).subarray(0, 100);
    expect(await refusal(processPhoto(new Uint8Array(truncated), "gift", "x"))).toBe(UNREADABLE_MESSAGE);
    expect(await refusal(processPhoto(new Uint8Array(MAX_PHOTO_BYTES + 1), "gift", "x"))).toBe(TOO_LARGE_MESSAGE);
    expect(await refusal(processPhoto(new Uint8Array(await png(10_000, 5_001)), "gift", "x"))).toBe(TOO_MANY_PIXELS_MESSAGE);
  });
});
