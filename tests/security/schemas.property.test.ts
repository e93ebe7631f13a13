// Every shared zod schema against random and hostile input: parsing never throws, a refusal always
// names a field with a message, and nothing huge is ever accepted into the database.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { fieldErrorsOf } from "@/lib/validation-errors";
import * as account from "@/lib/validations/account";
import * as admin from "@/lib/validations/admin";
import * as auth from "@/lib/validations/auth";
import * as checkout from "@/lib/validations/checkout";
import * as registry from "@/lib/validations/registry";
import * as rest from "@/lib/validations/rest";
import * as search from "@/lib/validations/search";
import { hostileString, hostileValue } from "./hostile-values";

const modules = { account, admin, auth, checkout, registry, rest, search };
const schemas = Object.entries(modules).flatMap(([m, exports]) =>
  Object.entries(exports)
    .filter((e): e is [string, z.ZodType] => e[1] instanceof z.ZodType)
    .map(([name, schema]) => ({ name: `${m}.${name}`, schema })),
);

/** Fields of an object schema, looking through refinements and pipes. */
function shapeOf(schema: z.ZodType): Record<string, z.ZodType> {
  const def = schema as unknown as { shape?: Record<string, z.ZodType>; in?: z.ZodType };
  if (def.shape) return def.shape;
  return def.in ? shapeOf(def.in) : {};
}
const keysOf = (schema: z.ZodType) => Object.keys(shapeOf(schema));

const longest = (v: unknown): number =>
  typeof v === "string" ? v.length : v && typeof v === "object" ? Math.max(0, ...Object.values(v).map(longest)) : 0;

// The CSV import is the one field allowed to be large (1 MB, checked by its own message).
const MAX_ACCEPTED = (name: string) => (name.startsWith("admin.csvImportSchema") ? 1_000_000 : 10_000);

function check(name: string, schema: z.ZodType, input: unknown) {
  const result = schema.safeParse(input); // must not throw
  if (result.success) {
    expect(longest(result.data), `${name} accepted a huge string`).toBeLessThanOrEqual(MAX_ACCEPTED(name));
    return;
  }
  const errors = fieldErrorsOf(result.error);
  expect(Object.keys(errors).length).toBeGreaterThan(0);
  for (const message of Object.values(errors)) expect(message.trim().length).toBeGreaterThan(0);
}

describe("zod schemas under hostile input", () => {
  it("finds the schemas", () => expect(schemas.length).toBeGreaterThan(30));

  for (const { name, schema } of schemas) {
    it(`${name}: never throws, refusals carry messages, nothing huge accepted`, () => {
      const keys = keysOf(schema);
      const input = keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, hostileValue])), { requiredKeys: [] }) : hostileValue;
      fc.assert(
        fc.property(input, (v) => check(name, schema, v)),
        { numRuns: 200 },
      );
    });
  }

  // Field by field, so a refusal elsewhere in the object cannot hide a missing length limit.
  for (const { name, schema } of schemas) {
    for (const [key, field] of Object.entries(shapeOf(schema))) {
      it(`${name}.${key}: refuses huge strings`, () => {
        const huge = fc.oneof(
          hostileString,
          fc.integer({ min: 10_001, max: 50_000 }).map((n) => `${"a".repeat(n)}@example.com`),
        );
        fc.assert(
          fc.property(huge, (v) => check(`${name}.${key}`, field, v)),
          { numRuns: 50 },
        );
      });
    }
  }

  it("checkout refuses negative, fractional and huge quantities", () => {
    const base = { slug: "abcdefgh", buyerName: "A", buyerEmail: "a@b.co", giftMessage: "", shipToRegistrant: true };
    fc.assert(
      fc.property(fc.oneof(fc.integer({ max: 0 }), fc.integer({ min: 100 }), fc.double({ noInteger: true })), (quantity) => {
        const r = checkout.checkoutSchema.safeParse({ ...base, lines: [{ itemId: 1, quantity }] });
        expect(r.success).toBe(false);
      }),
      { numRuns: 200 },
    );
  });

  it("guest search never accepts an out-of-range date or a huge term", () => {
    fc.assert(
      fc.property(hostileString, hostileString, (name, date) => {
        const r = search.guestSearchSchema.safeParse({ name, date });
        if (r.success) {
          expect((r.data.name ?? "").length).toBeLessThanOrEqual(200);
          if (r.data.date) expect(Number.isNaN(new Date(`${r.data.date}T00:00:00Z`).getTime())).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe("NUL characters (PostgreSQL cannot store them)", () => {
  it("guest search refuses them with a message", () => {
    const r = search.guestSearchSchema.safeParse({ name: "a\u0000b" });
    expect(r.success).toBe(false);
  });
  it("REST sku refuses them naming the parameter", () => {
    const r = rest.restListQuerySchema.safeParse({ sku: "a\u0000b" });
    expect(r.success).toBe(false);
    if (!r.success) expect(fieldErrorsOf(r.error)).toHaveProperty("sku");
  });
});
