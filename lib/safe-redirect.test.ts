import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

describe("safeReturnPath: only same-origin paths after sign-in", () => {
  it("keeps paths on this site, with query and hash", () => {
    expect(safeReturnPath("/dashboard/registries/3?tab=items#top")).toBe("/dashboard/registries/3?tab=items#top");
    expect(safeReturnPath("/admin")).toBe("/admin");
    expect(safeReturnPath("/a/../b")).toBe("/b");
  });

  it("refuses other hosts in every disguise", () => {
    const hostile = [
      "/\\evil.example/x", // what /%5Cevil.example/x decodes to
      "/\tevil.example/x",
      "/\t/evil.example/x", // the %09 variant
      "/%09/evil.example", // still encoded: stays a harmless path below
      "//evil.example/x",
      "/.//evil.example",
      "/\n/evil.example",
      "https://evil.example/x",
      "http:/evil.example",
      "javascript:alert(1)",
      "evil.example",
      "",
      "/\u0000x",
    ];
    for (const raw of hostile) {
      const out = safeReturnPath(raw);
      expect(new URL(out, "https://site.example").origin, raw).toBe("https://site.example");
      expect(out.startsWith("/") && !out.startsWith("//"), raw).toBe(true);
    }
    expect(safeReturnPath("/\\evil.example/x")).toBe("/dashboard");
    expect(safeReturnPath("/\t/evil.example/x")).toBe("/dashboard");
    expect(safeReturnPath("/.//evil.example")).toBe("/dashboard");
    expect(safeReturnPath("//evil.example", "/")).toBe("/");
  });

  it("refuses what is not a string", () => {
    expect(safeReturnPath(undefined)).toBe("/dashboard");
    expect(safeReturnPath(["/a", "/b"])).toBe("/dashboard");
    expect(safeReturnPath("/x".repeat(1001))).toBe("/dashboard");
  });
});
