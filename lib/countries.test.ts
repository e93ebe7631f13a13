import { describe, expect, it } from "vitest";
import { COUNTRIES, countryOptions } from "./countries";

describe("country names in the reader's language", () => {
  it("names every country by Intl in that language, keeping the alpha-3 codes", () => {
    const de = countryOptions("de");
    expect(de).toHaveLength(COUNTRIES.length);
    expect(de.find((c) => c.code === "DEU")?.name).toBe("Deutschland");
    expect(countryOptions("fr").find((c) => c.code === "ESP")?.name).toBe("Espagne");
    expect(countryOptions("es").find((c) => c.code === "GBR")?.name).toBe("Reino Unido");
    expect(new Set(de.map((c) => c.code))).toEqual(new Set(COUNTRIES.map((c) => c.code)));
  });

  it("sorts as the language sorts (Ä with A in German, É with E in French)", () => {
    const de = countryOptions("de").map((c) => c.name);
    expect(de.indexOf("Ägypten")).toBeLessThan(de.indexOf("Albanien"));
    const fr = countryOptions("fr").map((c) => c.name);
    expect(fr.indexOf("Égypte")).toBeLessThan(fr.indexOf("Espagne"));
    expect(fr.indexOf("Égypte")).toBeGreaterThan(fr.indexOf("Danemark"));
  });
});
