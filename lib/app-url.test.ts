import { afterEach, describe, expect, it } from "vitest";
import { appBaseUrl, parseAppUrl } from "./app-url";

const saved = { APP_URL: process.env.APP_URL, PORT: process.env.PORT };
afterEach(() => {
  for (const [k, v] of Object.entries(saved)) if (v === undefined) delete process.env[k];
  else process.env[k] = v;
});

describe("appBaseUrl: links never come from a request", () => {
  it("is APP_URL, as an origin without a trailing slash", () => {
    process.env.APP_URL = "https://registry.example.com/";
    expect(appBaseUrl()).toBe("https://registry.example.com");
    process.env.APP_URL = " http://shop.example:8080 ";
    expect(appBaseUrl()).toBe("http://shop.example:8080");
  });

  it("without APP_URL: the local address on PORT", () => {
    delete process.env.APP_URL;
    process.env.PORT = "4321";
    expect(appBaseUrl()).toBe("http://localhost:4321");
    delete process.env.PORT;
    expect(appBaseUrl()).toBe("http://localhost:3000");
  });

  it("refuses a malformed APP_URL with a clear error", () => {
    for (const bad of ["registry.example.com", "ftp://registry.example.com", "javascript:alert(1)", "https://registry.example.com/shop", "https://registry.example.com/?x=1", "https://registry.example.com/#x", "https://user:pw@registry.example.com", "https://"]) {
      expect(() => parseAppUrl(bad), bad).toThrow(/^APP_URL /);
    }
    process.env.APP_URL = "not a url";
    expect(() => appBaseUrl()).toThrow(/APP_URL must be a full address/);
  });
});
