import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { env, ENV_SCHEMA, parseAppUrl, parseEnv, resetEnv } from "./env";

const root = path.resolve(import.meta.dirname, "..");
afterEach(resetEnv);

describe("env: every variable parsed once, with its default", () => {
  it("defaults when nothing (or a blank) is set", () => {
    const e = parseEnv({ PORT: "  ", SMTP_URL: "" });
    expect(e).toMatchObject({
      DATABASE_URL: "file:./data/registry.db",
      PORT: 3000,
      APP_URL: "http://localhost:3000",
      SEED_DEMO: true,
      OUTBOX_WORKER: true,
      SEARCH_RATE_LIMIT_PER_MINUTE: 120,
      SMTP_URL: undefined,
    });
    expect(e.TRUST_PROXY.kind).toBe("none");
    expect(parseEnv({ OUTBOX_WORKER: "0", TRUST_PROXY: "1", CHECKOUT_RATE_LIMIT: "2" })).toMatchObject({
      OUTBOX_WORKER: false,
      TRUST_PROXY: { kind: "hops", hops: 1 },
      CHECKOUT_RATE_LIMIT: 2,
    });
  });

  it("a bad value is refused with the variable's name and what is expected", () => {
    expect(() => parseEnv({ SEARCH_RATE_LIMIT_PER_MINUTE: "lots" })).toThrow(
      'SEARCH_RATE_LIMIT_PER_MINUTE must be a whole number above 0 (got "lots")',
    );
    expect(() => parseEnv({ PORT: "0" })).toThrow(/^PORT must be a whole number above 0/);
    expect(() => parseEnv({ OUTBOX_WORKER: "maybe" })).toThrow(/^OUTBOX_WORKER must be 1 or 0/);
    expect(() => parseEnv({ DATABASE_URL: "mysql://db" })).toThrow(/^DATABASE_URL must start with file: .* or postgresql:\/\//);
    expect(() => parseEnv({ TRUST_PROXY: "true" })).toThrow(/^TRUST_PROXY: "true" is not a hop count/);
    expect(() => parseEnv({ PORT: "x", APP_URL: "y" })).toThrow(/^PORT .*; APP_URL /); // every bad one at once
  });

  it("is parsed once; resetEnv() re-reads process.env", () => {
    const saved = process.env.MAIL_FROM;
    process.env.MAIL_FROM = "A <a@example.com>";
    try {
      expect(env().MAIL_FROM).toBe("A <a@example.com>");
      process.env.MAIL_FROM = "B <b@example.com>";
      expect(env().MAIL_FROM).toBe("A <a@example.com>");
      resetEnv();
      expect(env().MAIL_FROM).toBe("B <b@example.com>");
    } finally {
      if (saved === undefined) delete process.env.MAIL_FROM;
      else process.env.MAIL_FROM = saved;
    }
  });

  it("every variable has a meaning and a row in README.md or docs/operations.md", () => {
    const rows = ["README.md", "docs/operations.md"]
      .flatMap((f) => readFileSync(path.join(root, f), "utf8").split("\n"))
      .filter((l) => l.startsWith("|"));
    for (const [name, schema] of Object.entries(ENV_SCHEMA.shape)) {
      expect(schema.description, name).toBeTruthy();
      expect(
        rows.some((r) => r.includes(`\`${name}\``)),
        `${name} is not in a configuration table`,
      ).toBe(true);
    }
  });
});

describe("URL_IMPORT_ALLOWED_HOSTS: exact host:port pairs", () => {
  it("is empty by default and lists pairs, lower-cased", () => {
    expect(parseEnv({}).URL_IMPORT_ALLOWED_HOSTS).toEqual([]);
    expect(parseEnv({ URL_IMPORT_ALLOWED_HOSTS: " 127.0.0.1:3532, Shop.Internal:8080 ,[::1]:80" }).URL_IMPORT_ALLOWED_HOSTS).toEqual([
      "127.0.0.1:3532",
      "shop.internal:8080",
      "[::1]:80",
    ]);
  });
  it("refuses a host without a port, a wildcard or a bad port", () => {
    for (const bad of ["127.0.0.1", "*:80", "shop.internal:0", "shop.internal:70000", "http://shop:80"])
      expect(() => parseEnv({ URL_IMPORT_ALLOWED_HOSTS: bad }), bad).toThrow(/^URL_IMPORT_ALLOWED_HOSTS must list host:port pairs/);
  });
});

describe("APP_URL: links never come from a request", () => {
  it("is an origin without a trailing slash; unset, the local address on PORT", () => {
    expect(parseEnv({ APP_URL: "https://registry.example.com/" }).APP_URL).toBe("https://registry.example.com");
    expect(parseEnv({ APP_URL: " http://shop.example:8080 " }).APP_URL).toBe("http://shop.example:8080");
    expect(parseEnv({ PORT: "4321" }).APP_URL).toBe("http://localhost:4321");
  });

  it("refuses a malformed APP_URL with a clear error", () => {
    for (const bad of [
      "registry.example.com",
      "ftp://registry.example.com",
      "javascript:alert(1)",
      "https://registry.example.com/shop",
      "https://registry.example.com/?x=1",
      "https://registry.example.com/#x",
      "https://user:pw@registry.example.com",
      "https://",
    ]) {
      expect(() => parseAppUrl(bad), bad).toThrow(/^APP_URL /);
    }
    expect(() => parseEnv({ APP_URL: "not a url" })).toThrow(/^APP_URL must be a full address/);
  });
});
