import { describe, expect, it } from "vitest";
import { AppError } from "../errors";
import { parseRestInput, restItemsQuerySchema, restListQuerySchema, restRegistryIdSchema } from "./rest";

function fieldErrors(fn: () => unknown) {
  try {
    fn();
  } catch (e) {
    if (e instanceof AppError) return e.fieldErrors;
    throw e;
  }
  throw new Error("expected a validation error");
}

describe("restListQuerySchema", () => {
  it("ignores blank parameters and applies the defaults", () => {
    const q = parseRestInput(restListQuerySchema, { catalogid: "", sku: " ", datestartcreated: "", limit: "", offset: "", countonly: "" });
    expect(q).toEqual({ limit: 100, offset: 0 });
  });

  it("parses filters, dates and countonly", () => {
    const q = parseRestInput(restListQuerySchema, {
      catalogid: "12",
      sku: "KIT-1",
      dateendevent: "01/31/2027",
      limit: "500",
      offset: "0",
      countonly: "1",
    });
    expect(q).toMatchObject({ catalogid: 12, sku: "KIT-1", limit: 500, offset: 0, countonly: true });
    expect(q.dateendevent?.toISOString()).toBe("2027-01-31T23:59:59.999Z");
  });

  it.each([
    ["limit", "501"],
    ["limit", "0"],
    ["limit", "-1"],
    ["limit", "2.5"],
    ["limit", "ten"],
    ["offset", "-1"],
    ["offset", "1.5"],
    ["catalogid", "abc"],
    ["datestartcreated", "2026-01-01"],
    ["dateendexpiration", "02/30/2026"],
    ["countonly", "yes"],
  ])("rejects %s=%j and names the parameter", (name, value) => {
    expect(Object.keys(fieldErrors(() => parseRestInput(restListQuerySchema, { [name]: value })) ?? {})).toEqual([name]);
  });
});

describe("restItemsQuerySchema and restRegistryIdSchema", () => {
  it("paginates items", () => {
    expect(parseRestInput(restItemsQuerySchema, { limit: "2", offset: "4" })).toEqual({ limit: 2, offset: 4 });
  });

  it.each(["abc", "1.5", "-3", "0", "99999999999"])("rejects registry id %j", (id) => {
    expect(fieldErrors(() => parseRestInput(restRegistryIdSchema, id, "giftregistryid"))).toHaveProperty("giftregistryid");
  });
});
