import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { looksLikeBotCheck, normalizePrice, parseProductPage } from "./product-page";

const page = (name: string) => readFileSync(path.resolve(import.meta.dirname, "../../e2e/fixtures/shop", name), "utf8");
const ld = (data: unknown) => `<html><head><script type="application/ld+json">${JSON.stringify(data)}</script></head></html>`;

describe("normalizePrice on hostile input", () => {
  it("answers at once for a 2 MB price of dots (no pattern that grows with the square of its length)", () => {
    const started = performance.now();
    expect(normalizePrice("1.".repeat(1_000_000))).toBe("");
    expect(normalizePrice("1.299.50")).toBe("1299.50"); // the last dot is the decimal mark, as before
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe("parseProductPage: what a shop's page says about its product", () => {
  it("JSON-LD Product (a Shopify-like page): name, price, currency, relative image, shop from og:site_name", () => {
    expect(parseProductPage(page("jsonld.html"), "https://harbour.example/products/pour-over-set")).toEqual({
      found: true,
      title: "Stoneware Pour-Over Coffee Set",
      price: "64.00",
      currency: "USD",
      imageUrl: "https://harbour.example/cdn/shop/files/pour-over.png?v=1701&width=1920",
      shopName: "Harbour & Kiln",
      brand: "Harbour & Kiln",
    });
  });

  it("JSON-LD in an @graph (a WooCommerce-like page): AggregateOffer, decimal comma, ImageObject, entities, the seller as shop", () => {
    const d = parseProductPage(page("woo-graph.html"), "https://kaffeewerk.example/produkt/espressotassen/");
    expect(d).toMatchObject({
      found: true,
      title: "Espressotassen-Set (4 Stück)",
      price: "34.90",
      currency: "EUR",
      imageUrl: "https://kaffeewerk.example/wp-content/uploads/tassen.webp",
      shopName: "Kaffeewerk GmbH",
    });
  });

  it("Open Graph only: og:title, product:price:*, og:image, og:site_name", () => {
    expect(parseProductPage(page("og-only.html"), "https://northbeam.example/p/throw")).toMatchObject({
      found: true,
      title: "Linen Throw Blanket, Sage",
      price: "89.50",
      currency: "EUR",
      imageUrl: "https://images.northbeam.example/throw-sage.jpg",
      shopName: "Northbeam Home",
    });
  });

  it("microdata: the product's own name (not the rating's), the offer's price, the brand before the name", () => {
    expect(parseProductPage(page("microdata.html"), "https://www.copperpot.example/shop/dutch-oven")).toMatchObject({
      found: true,
      title: "Ironside Cast Iron Dutch Oven, 5.5 qt",
      price: "1299.00",
      currency: "USD",
      imageUrl: "https://www.copperpot.example/shop/images/dutch-oven.jpg",
      shopName: "copperpot.example",
    });
  });

  it("a page with neither: nothing found, no title taken from <title>", () => {
    expect(parseProductPage(page("neither.html"), "https://shop.example/about")).toMatchObject({
      found: false,
      title: "",
      price: "",
      imageUrl: "",
    });
  });

  it("JSON-LD variants: arrays of blocks, numeric price, image as string, offers as an object, priceSpecification, mainEntity", () => {
    expect(
      parseProductPage(
        ld([
          { "@type": "Organization", name: "X" },
          { "@type": ["Product"], name: "Lamp", image: "l.jpg", offers: { price: 30 } },
        ]),
        "https://a.example/x/",
      ),
    ).toMatchObject({ title: "Lamp", price: "30.00", currency: "", imageUrl: "https://a.example/x/l.jpg" });
    expect(
      parseProductPage(
        ld({
          "@type": "WebPage",
          mainEntity: {
            "@type": "Product",
            name: "Kettle",
            image: [{ "@type": "ImageObject", contentUrl: "https://cdn.example/k.png" }],
            offers: { "@type": "Offer", priceSpecification: { price: "45", priceCurrency: "gbp" } },
          },
        }),
        "https://b.example/",
      ),
    ).toMatchObject({ title: "Kettle", price: "45.00", currency: "GBP", imageUrl: "https://cdn.example/k.png" });
  });

  it("falls back to <title> for the name when product tags have none; ignores broken JSON-LD and non-web image links", () => {
    const html = `<html><head><title>Blue Vase | Shop</title><script type="application/ld+json">{ not json</script>
      <meta property="product:price:amount" content="12"><meta property="og:image" content="javascript:alert(1)"></head></html>`;
    expect(parseProductPage(html, "https://c.example/v")).toMatchObject({
      found: true,
      title: "Blue Vase | Shop",
      price: "12.00",
      imageUrl: "",
    });
  });

  it("normalizes prices as shops write them", () => {
    expect(normalizePrice("24.99")).toBe("24.99");
    expect(normalizePrice(24.9)).toBe("24.90");
    expect(normalizePrice("1,299.00")).toBe("1299.00");
    expect(normalizePrice("1.299,00 €")).toBe("1299.00");
    expect(normalizePrice("24,99")).toBe("24.99");
    expect(normalizePrice("1,299")).toBe("1299.00");
    expect(normalizePrice("$ 5")).toBe("5.00");
    expect(normalizePrice("free")).toBe("");
    expect(normalizePrice(-3)).toBe("");
    expect(normalizePrice("99999999")).toBe("");
  });

  it("tells a bot check from a shop page", () => {
    expect(looksLikeBotCheck(page("captcha.html"))).toBe(true);
    expect(looksLikeBotCheck(page("jsonld.html"))).toBe(false);
  });
});
