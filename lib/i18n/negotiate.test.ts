import { describe, expect, it } from "vitest";
import { acceptedLocale, pickLocale } from "./negotiate";

describe("language negotiation", () => {
  it("reads Accept-Language by quality, then order, by primary language", () => {
    expect(acceptedLocale("de-CH,de;q=0.9,en;q=0.8")).toBe("de");
    expect(acceptedLocale("en-US,en;q=0.9")).toBe("en");
    expect(acceptedLocale("it;q=1,es;q=0.5,fr;q=0.7")).toBe("fr");
    expect(acceptedLocale("ja,zh")).toBeNull();
    expect(acceptedLocale("es;q=0,de")).toBe("de");
    expect(acceptedLocale("")).toBeNull();
  });

  it("the guest's choice first, then the registry's language, then the browser's, then English", () => {
    expect(pickLocale({ cookie: "fr", registry: "de", acceptLanguage: "es" })).toBe("fr");
    expect(pickLocale({ cookie: "xx", registry: "de", acceptLanguage: "es" })).toBe("de");
    expect(pickLocale({ acceptLanguage: "es-MX" })).toBe("es");
    expect(pickLocale({ acceptLanguage: "ja" })).toBe("en");
  });
});
