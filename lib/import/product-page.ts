// Reads a shop's product page for "Add from a link": schema.org Product in JSON-LD first, then Open
// Graph / product meta tags, then microdata, then <title> for the name. Pure (no network), so the
// unit tests feed it pages modelled on real shops.
import { load, type CheerioAPI } from "cheerio";

export type ProductDetails = {
  /** True when the page said something about a product (structured data or product tags), not only <title>. */
  found: boolean;
  title: string;
  /** "24.99": what the gift form's price field takes; "" when none was found. */
  price: string;
  /** ISO 4217, upper case; "" when the page did not say. */
  currency: string;
  /** Absolute http(s) URL of the product photo, or "". */
  imageUrl: string;
  shopName: string;
  brand: string;
};

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type Node = { [k: string]: Json };

const clean = (s: unknown, max = 160) =>
  typeof s === "string" || typeof s === "number" ? decodeEntities(String(s)).replace(/\s+/g, " ").trim().slice(0, max) : "";

/** JSON-LD strings sometimes carry HTML entities ("Salt &amp; Pepper"). */
function decodeEntities(s: string): string {
  if (!s.includes("&")) return s;
  return load(`<p>${s.replace(/</g, "&lt;")}</p>`)("p").text();
}

/** "24.99", "1,299.00", "1.299,00 €", 24.9 → "24.99" / "1299.00" / "1299.00" / "24.90"; "" if not a price. */
export function normalizePrice(raw: unknown): string {
  if (typeof raw === "number") return Number.isFinite(raw) && raw >= 0 && raw < 1e7 ? raw.toFixed(2) : "";
  if (typeof raw !== "string") return "";
  // A price is short: capped before any pattern runs, so a shop's page cannot make parsing slow.
  let s = raw.slice(0, 64).replace(/[^\d.,]/g, "");
  if (!/\d/.test(s)) return "";
  const lastDot = s.lastIndexOf(".");
  const lastComma = s.lastIndexOf(",");
  if (lastDot >= 0 && lastComma >= 0) {
    // Both: the later one is the decimal mark.
    s = lastDot > lastComma ? s.replace(/,/g, "") : s.replace(/\./g, "").replace(",", ".");
  } else if (lastComma >= 0) {
    // "24,99" is a decimal comma; "1,299" is a thousands separator.
    s = /,\d{1,2}$/.test(s) && (s.match(/,/g) ?? []).length === 1 ? s.replace(",", ".") : s.replace(/,/g, "");
  } else if ((s.match(/\./g) ?? []).length > 1) s = s.slice(0, lastDot).replace(/\./g, "") + s.slice(lastDot);
  else if (/^\d{1,3}\.\d{3}$/.test(s) && /[€]|EUR/i.test(raw)) s = s.replace(".", ""); // "1.299 €"
  const n = Number(s);
  return Number.isFinite(n) && n >= 0 && n < 1e7 ? n.toFixed(2) : "";
}

const currencyOf = (raw: unknown) => {
  const c = clean(raw, 10).toUpperCase();
  return /^[A-Z]{3}$/.test(c) ? c : "";
};

/** An absolute http(s) URL resolved against the page, or "". */
function absolute(raw: unknown, base: string): string {
  const s = clean(raw, 2000);
  if (!s || s.startsWith("data:")) return "";
  try {
    const url = new URL(s, base);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : "";
  } catch {
    return "";
  }
}

const asArray = (v: Json | undefined): Json[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);
const isNode = (v: Json | undefined): v is Node => typeof v === "object" && v !== null && !Array.isArray(v);
const typesOf = (n: Node) => asArray(n["@type"]).map((t) => String(t).replace(/^https?:\/\/schema\.org\//, ""));

/** Every object in the JSON-LD blocks, depth-first (@graph, arrays, nested values such as mainEntity). */
function jsonLdNodes($: CheerioAPI): Node[] {
  const out: Node[] = [];
  const walk = (v: Json | undefined, depth: number) => {
    if (depth > 8 || out.length > 500) return;
    if (Array.isArray(v)) v.forEach((x) => walk(x, depth + 1));
    else if (isNode(v)) {
      out.push(v);
      for (const [k, x] of Object.entries(v)) if (k !== "@context") walk(x, depth + 1);
    }
  };
  $('script[type="application/ld+json"]').each((_, el) => {
    const text = $(el).text().trim();
    if (!text) return;
    try {
      walk(JSON.parse(text) as Json, 0);
    } catch {
      // Some shops put raw line breaks inside strings; try once more without control characters.
      try {
        walk(JSON.parse(text.replace(/[\u0000-\u001f]+/g, " ")) as Json, 0);
      } catch {
        /* not JSON: ignore the block */
      }
    }
  });
  return out;
}

function imageOf(v: Json | undefined, base: string): string {
  for (const x of asArray(v)) {
    const url = isNode(x) ? absolute(x.contentUrl ?? x.url, base) : absolute(x, base);
    if (url) return url;
  }
  return "";
}

/** Price and currency from `offers` (an Offer, an array of them, an AggregateOffer) or a priceSpecification. */
function offerOf(v: Json | undefined): { price: string; currency: string; seller: string } {
  for (const o of asArray(v)) {
    if (!isNode(o)) continue;
    const spec = asArray(o.priceSpecification).find(isNode);
    const price = normalizePrice(o.price ?? o.lowPrice ?? spec?.price);
    const currency = currencyOf(o.priceCurrency ?? spec?.priceCurrency);
    const seller = isNode(o.seller) ? clean(o.seller.name, 80) : "";
    if (price) return { price, currency, seller };
    if (o.offers) {
      const inner = offerOf(o.offers);
      if (inner.price) return { ...inner, currency: inner.currency || currency, seller: inner.seller || seller };
    }
  }
  return { price: "", currency: "", seller: "" };
}

function fromJsonLd($: CheerioAPI, base: string) {
  const nodes = jsonLdNodes($);
  const product = nodes.find((n) => typesOf(n).some((t) => t === "Product" || t === "ProductGroup" || t === "IndividualProduct"));
  const site = nodes.find((n) => typesOf(n).some((t) => t === "WebSite" || t === "OnlineStore" || t === "Store"));
  if (!product) return null;
  const offer = offerOf(product.offers);
  const brand = isNode(product.brand) ? clean(product.brand.name, 80) : clean(asArray(product.brand)[0], 80);
  return {
    title: clean(product.name),
    price: offer.price || normalizePrice(product.price),
    currency: offer.currency || currencyOf(product.priceCurrency),
    imageUrl: imageOf(product.image, base),
    shopName: offer.seller || (site ? clean(site.name, 80) : ""),
    brand,
  };
}

function fromMeta($: CheerioAPI, base: string) {
  const meta = (...names: string[]) => {
    for (const name of names) {
      const v = $(`meta[property="${name}"], meta[name="${name}"]`).first().attr("content");
      if (v && v.trim()) return v;
    }
    return "";
  };
  return {
    title: clean(meta("og:title", "twitter:title")),
    price: normalizePrice(meta("product:price:amount", "og:price:amount", "product:sale_price:amount")),
    currency: currencyOf(meta("product:price:currency", "og:price:currency", "product:sale_price:currency")),
    imageUrl: absolute(meta("og:image:secure_url", "og:image", "og:image:url", "twitter:image"), base),
    shopName: clean(meta("og:site_name", "application-name"), 80),
    brand: clean(meta("product:brand", "og:brand"), 80),
    isProduct: /product/i.test(meta("og:type")),
  };
}

function fromMicrodata($: CheerioAPI, base: string) {
  const scope = $('[itemscope][itemtype*="schema.org/Product"]').first();
  if (!scope.length) return null;
  // Only properties that belong to the product itself or its offer, not to a review or the brand.
  const prop = (name: string) =>
    scope.find(`[itemprop="${name}"]`).filter((_, el) => {
      const owner = $(el).parent().closest("[itemscope]");
      return owner.is(scope) || /schema\.org\/(Offer|AggregateOffer)/.test(owner.attr("itemtype") ?? "");
    });
  const value = (name: string) => {
    const el = prop(name).first();
    if (!el.length) return "";
    return el.attr("content") ?? el.attr("src") ?? el.attr("href") ?? el.text();
  };
  const brandEl = scope.find('[itemprop="brand"]').first();
  return {
    title: clean(value("name")),
    price: normalizePrice(value("price") || value("lowPrice")),
    currency: currencyOf(value("priceCurrency")),
    imageUrl: absolute(value("image"), base),
    brand: clean(brandEl.find('[itemprop="name"]').attr("content") ?? brandEl.find('[itemprop="name"]').text() ?? brandEl.text(), 80),
  };
}

/** A readable shop name from the page's address when the page names none: "www.shop.example" → "shop.example". */
export function shopNameFromUrl(pageUrl: string): string {
  try {
    return new URL(pageUrl).hostname.replace(/^www\./, "");
  } catch {
    return "";
  }
}

export function parseProductPage(html: string, pageUrl: string): ProductDetails {
  const $ = load(html);
  const ld = fromJsonLd($, pageUrl);
  const og = fromMeta($, pageUrl);
  const md = fromMicrodata($, pageUrl);
  const pick = (...vs: (string | undefined)[]) => vs.find((v) => v) ?? "";
  const found = Boolean(ld || md || og.isProduct || og.price || og.title);
  let title = pick(ld?.title, og.title, md?.title);
  if (found && !title) title = clean($("title").first().text());
  // The price and its currency come from the same source, so they never mix.
  const priced = [ld, og, md].find((s) => s?.price);
  const brand = pick(ld?.brand, og.brand, md?.brand);
  const shopName = pick(og.shopName, ld?.shopName) || shopNameFromUrl(pageUrl);
  // "Ironside Dutch Oven" tells guests more than "Dutch Oven" — unless the brand is the shop itself.
  const lower = (v: string) => v.toLowerCase();
  if (brand && title && !lower(title).includes(lower(brand)) && lower(brand) !== lower(shopName)) title = clean(`${brand} ${title}`);
  return {
    found,
    title: found ? title : "",
    price: priced?.price ?? "",
    currency: priced?.currency ?? "",
    imageUrl: found ? pick(ld?.imageUrl, og.imageUrl, md?.imageUrl) : "",
    shopName,
    brand,
  };
}

/** A page that is a bot check ("captcha", "are you a robot") rather than the shop's page. */
export function looksLikeBotCheck(html: string): boolean {
  const $ = load(html);
  const head = `${$("title").text()} ${$("h1").first().text()}`;
  return (
    /captcha|are you a (ro)?bot|not a robot|access denied|verify you are human|just a moment|attention required|pardon our interruption/i.test(
      head,
    ) || /id="challenge-form"|cf-chl-|g-recaptcha|h-captcha|px-captcha/i.test(html.slice(0, 200_000))
  );
}
