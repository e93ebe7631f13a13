import "server-only";
// "Add from a link": read the shop's page (safely), pick out the gift's details, and fetch the photo
// once for the review form's preview. The photo is fetched again when the gift is saved and copied
// into our storage (lib/images/photos.ts); the registrant's browser never loads the shop's address.
import { AppError } from "../errors";
import { setItemPhoto } from "../images/photos";
import { FetchError, safeFetch } from "./safe-fetch";
import { looksLikeBotCheck, parseProductPage } from "./product-page";

/** The review form's pre-filled values. */
export type ImportedGift = {
  url: string;
  title: string;
  price: string;
  /** The shop's currency when it differs from the registry's (the price is then only a guess). */
  otherCurrency: string;
  shopName: string;
  /** The shop's photo address, fetched again at save time; "" when none. */
  photoUrl: string;
  /** data: URL of the fetched photo for the preview, "" when there is none to show. */
  photoPreview: string;
  /** What to tell the registrant about the result, or "". */
  notice: string;
};

const PREVIEW_MAX_BYTES = 3 * 1024 * 1024;

/** The image type from its first bytes (what browsers and our photo storage take), or null. */
export function imageType(b: Uint8Array): "image/jpeg" | "image/png" | "image/gif" | "image/webp" | null {
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return "image/jpeg";
  if (b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return "image/png";
  if (b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38) return "image/gif";
  const ascii = (from: number, to: number) => String.fromCharCode(...b.subarray(from, to));
  if (b.length > 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "image/webp";
  return null;
}

/** A failed read as the action's error, shown at the link field. */
const asLinkError = (e: FetchError) => new AppError(e.message, "validation", { url: e.message });

function decode(bytes: Buffer, contentType: string): string {
  const charset = /charset=["']?([\w-]+)/i.exec(contentType)?.[1] ?? "utf-8";
  try {
    return new TextDecoder(charset).decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes);
  }
}

export async function importProduct(link: string, registryCurrency: string): Promise<ImportedGift> {
  let page;
  try {
    page = await safeFetch(link, "page");
  } catch (e) {
    if (e instanceof FetchError) throw asLinkError(e);
    throw e;
  }
  if (!/html|xml/i.test(page.contentType) && page.contentType) {
    const message = "That link isn't a web page. Paste the link of the product's page in the shop.";
    throw new AppError(message, "validation", { url: message });
  }
  const html = decode(page.bytes, page.contentType);
  const details = parseProductPage(html, page.url);
  if (!details.found && looksLikeBotCheck(html)) throw asLinkError(new FetchError("blocked"));

  let photoPreview = "";
  let photoUrl = details.imageUrl;
  if (photoUrl) {
    try {
      const photo = await safeFetch(photoUrl, "image");
      const type = imageType(photo.bytes);
      if (!type) photoUrl = "";
      else if (photo.bytes.length <= PREVIEW_MAX_BYTES) photoPreview = `data:${type};base64,${photo.bytes.toString("base64")}`;
    } catch {
      photoUrl = ""; // no photo is better than no gift: the rest of the details still help
    }
  }
  const currency = details.currency;
  return {
    url: page.url.length <= 500 ? page.url : link.trim().slice(0, 500),
    title: details.title,
    price: details.price,
    otherCurrency: currency && currency !== registryCurrency ? currency : "",
    shopName: details.shopName,
    photoUrl,
    photoPreview,
    notice: details.found
      ? ""
      : "We couldn't find the gift's details on that page, so only the link is filled in. Please add the rest yourself.",
  };
}

/**
 * At save time: fetch the photo again and copy it into our storage. Returns a sentence for the
 * registrant when that failed (the gift itself is saved either way), else "".
 */
export async function copyPhoto(itemId: number, photoUrl: string): Promise<string> {
  try {
    const photo = await safeFetch(photoUrl, "image");
    await setItemPhoto(itemId, new Uint8Array(photo.bytes));
    return "";
  } catch (e) {
    if (e instanceof FetchError || (e instanceof AppError && e.kind === "validation"))
      return "We couldn't copy the shop's photo, so the gift has none yet.";
    throw e;
  }
}
