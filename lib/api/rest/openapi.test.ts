import { describe, expect, it } from "vitest";
import { restItemsQuerySchema, restListQuerySchema } from "../../validations/rest";
import { allRefs, checkAgainstSchema } from "./openapi-check";
import { openApiDocument as doc } from "./openapi";
import { toGiftRegistry, type RestRegistryRow } from "./map";

type Param = { name: string; in: string };
const paramsOf = (path: keyof typeof doc.paths) => (doc.paths[path].get.parameters as readonly Param[]);

const row: RestRegistryRow = {
  id: 1, ownerId: 2, title: "T", message: "", firstName: "A", lastName: "B", addrCompany: "", addrStreet: "", addrStreet2: "",
  addrCity: "", addrState: "", addrPostcode: "", addrCountry: "", addrPhone: "", createdAt: new Date(), updatedAt: new Date(),
  expiresAt: null, eventDate: new Date(),
  items: [{ productId: null, sku: "", title: "x", priceCents: 150, requested: 2, purchased: 1, purchasedOffline: 1 }],
};

describe("OpenAPI document", () => {
  it("is OpenAPI 3 with resolvable references and responses for every operation", () => {
    expect(doc.openapi).toMatch(/^3\.\d+\.\d+$/);
    for (const ref of allRefs(doc)) expect(Object.keys(doc.components.schemas)).toContain(ref.replace("#/components/schemas/", ""));
    for (const [path, item] of Object.entries(doc.paths)) {
      expect(Object.keys(item.get.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "404", "429"]));
      for (const name of path.match(/\{(\w+)\}/g) ?? [])
        expect(paramsOf(path as keyof typeof doc.paths)).toContainEqual(expect.objectContaining({ name: name.slice(1, -1), in: "path", required: true }));
    }
  });

  it("documents exactly the query parameters the API reads", () => {
    const query = (p: keyof typeof doc.paths) => paramsOf(p).filter((q) => q.in === "query").map((q) => q.name).sort();
    expect(query("/GiftRegistries")).toEqual(Object.keys(restListQuerySchema.shape).sort());
    expect(query("/GiftRegistries/{giftregistryid}/Items")).toEqual(Object.keys(restItemsQuerySchema.shape).sort());
  });

  it("describes the mapped registry exactly, and the checker notices a stray field", () => {
    const registry = toGiftRegistry(row);
    expect(checkAgainstSchema(doc, { $ref: "#/components/schemas/GiftRegistry" }, registry)).toEqual([]);
    expect(checkAgainstSchema(doc, { $ref: "#/components/schemas/GiftRegistry" }, { ...registry, Extra: 1 })).toEqual(["$.Extra: not in the schema"]);
    expect(checkAgainstSchema(doc, { $ref: "#/components/schemas/GiftRegistry" }, { ...registry, Created: "2026-01-01" })).toHaveLength(1);
  });
});
