// What each kind of photo is made into at upload, and the URLs of those variants. No server code:
// pages and client components build <img srcset> from here.

export type PhotoKind = "gift" | "cover" | "couple";

/** Widths made once at upload (WebP); height = width / aspect. The URL names the width. */
export const PHOTO_SHAPES: Record<PhotoKind, { widths: readonly number[]; aspect: number }> = {
  gift: { widths: [160, 320, 640], aspect: 1 },
  couple: { widths: [160, 320, 640], aspect: 1 },
  // A wide banner; 1200×600 is also a good share-preview size (Open Graph asks for about 1.91:1).
  cover: { widths: [640, 1200, 1920], aspect: 2 },
};

/** A photo's variant hash: 32 hex characters. */
export const PHOTO_HASH = /^[a-f0-9]{32}$/;

/**
 * `prefix`: "/r/{slug}" for a private registry's photos on its guest pages, where the browser sends
 * that registry's access cookie (its path); next.config.js rewrites them to the same /images route.
 */
export const photoUrl = (hash: string, width: number, prefix = "") => `${prefix}/images/${hash}-${width}.webp`;

/** Where a registry's photos are fetched from on its guest pages. */
export const guestPhotoPrefix = (r: { slug: string; visibility: string }) => (r.visibility === "PRIVATE" ? `/r/${r.slug}` : "");

export type PhotoSource = { src: string; srcSet: string; width: number; height: number };

/** src (the middle width), srcset and the intrinsic size of a stored photo; null when there is none. */
export function photoSource(hash: string, kind: PhotoKind, prefix = ""): PhotoSource | null {
  if (!PHOTO_HASH.test(hash)) return null;
  const { widths, aspect } = PHOTO_SHAPES[kind];
  const mid = widths[1];
  return {
    src: photoUrl(hash, mid, prefix),
    srcSet: widths.map((w) => `${photoUrl(hash, w, prefix)} ${w}w`).join(", "),
    width: mid,
    height: Math.round(mid / aspect),
  };
}

/** The upload limit, checked in the browser before sending and again on the server. */
export const MAX_PHOTO_BYTES = 15 * 1024 * 1024;
export const MAX_PHOTO_MEGAPIXELS = 50;
export const TOO_LARGE_MESSAGE = "This photo is too large: please use one under 15 MB.";
export const TOO_MANY_PIXELS_MESSAGE = `This photo has too many pixels: please use one under ${MAX_PHOTO_MEGAPIXELS} megapixels.`;
export const UNREADABLE_MESSAGE = "We can't read this file. Please use a JPEG, PNG or WebP photo.";
