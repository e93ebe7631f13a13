import { describe, expect, it } from "vitest";
import { canonicalApiPath } from "./paths";

describe("API paths in any letter case", () => {
  it.each([
    ["/api/v2/giftregistries", "/api/v2/GiftRegistries"],
    ["/API/V2/GIFTREGISTRIES/12/ITEMS", "/api/v2/GiftRegistries/12/Items"],
    ["/3dCartWebAPI/v2/GiftRegistries/7", "/api/v2/GiftRegistries/7"],
    ["/3dcartwebapi/v2/giftregistries/7/items", "/api/v2/GiftRegistries/7/Items"],
    ["/Global/API/GiftRegistry.asmx", "/global/api/giftregistry.asmx"],
    ["/global/api/GIFTREGISTRY.ASMX/Search", "/global/api/giftregistry.asmx/Search"],
    ["/api/v3/Things", "/api/v3/Things"],
  ])("%s answers as %s", (path, canonical) => {
    expect(canonicalApiPath(path)).toBe(canonical);
  });

  it("leaves the site's own paths alone", () => {
    expect(canonicalApiPath("/dashboard")).toBeNull();
    expect(canonicalApiPath("/apiary")).toBeNull();
  });
});
