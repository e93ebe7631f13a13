import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { restItemsQuerySchema, restListQuerySchema } from "../../validations/rest";
import { checkAgainstSchema } from "./openapi-check";
import { openApiDocument as doc } from "./openapi";
import { toGiftRegistry, type RestRegistryRow } from "./map";

type Param = { name: string; in: string };
const paramsOf = (path: keyof typeof doc.paths) => doc.paths[path].get.parameters as readonly Param[];

const row: RestRegistryRow = {
  id: 1,
  currency: "USD",
  ownerId: 2,
  title: "T",
  message: "",
  firstName: "A",
  lastName: "B",
  addrCompany: "",
  addrStreet: "",
  addrStreet2: "",
  addrCity: "",
  addrState: "",
  addrPostcode: "",
  addrCountry: "",
  addrPhone: "",
  createdAt: new Date(),
  updatedAt: new Date(),
  expiresAt: null,
  eventDate: new Date(),
  items: [{ productId: null, sku: "", title: "x", priceCents: 150, requested: 2, purchased: 1, purchasedOffline: 1 }],
};

describe("OpenAPI document", () => {
  it("passes Redocly's OpenAPI linter with no error or warning", () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), "openapi-")), "openapi.json");
    writeFileSync(file, JSON.stringify(doc));
    const env = { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };
    const lint = spawnSync(path.resolve("node_modules/.bin/redocly"), ["lint", file, "--format", "json"], { encoding: "utf8", env });
    const report = JSON.parse(lint.stdout.slice(lint.stdout.indexOf("{")));
    expect(report.problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
    expect(lint.status).toBe(0);
  });

  it("answers 200, 400, 401, 404 and 429 on every operation and declares every path parameter", () => {
    for (const [p, item] of Object.entries(doc.paths)) {
      expect(Object.keys(item.get.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "404", "429"]));
      for (const name of p.match(/\{(\w+)\}/g) ?? [])
        expect(paramsOf(p as keyof typeof doc.paths)).toContainEqual(
          expect.objectContaining({ name: name.slice(1, -1), in: "path", required: true }),
        );
    }
  });

  it("documents exactly the query parameters the API reads", () => {
    const query = (p: keyof typeof doc.paths) =>
      paramsOf(p)
        .filter((q) => q.in === "query")
        .map((q) => q.name)
        .sort();
    expect(query("/GiftRegistries")).toEqual(Object.keys(restListQuerySchema.shape).sort());
    expect(query("/GiftRegistries/{giftregistryid}/Items")).toEqual(Object.keys(restItemsQuerySchema.shape).sort());
  });

  it("describes the mapped registry exactly, and the checker notices a stray field", () => {
    const registry = toGiftRegistry(row);
    expect(checkAgainstSchema(doc, { $ref: "#/components/schemas/GiftRegistry" }, registry)).toEqual([]);
    expect(checkAgainstSchema(doc, { $ref: "#/components/schemas/GiftRegistry" }, { ...registry, Extra: 1 })).toEqual([
      "$: Extra is not in the schema",
    ]);
    expect(checkAgainstSchema(doc, { $ref: "#/components/schemas/GiftRegistry" }, { ...registry, Created: "2026-01-01" })).toHaveLength(1);
  });
});
