import { describe, expect, it } from "vitest";
import { customItemPrice, customItemSchema, emptyRegistry, itemUpdateSchema, registrySchema } from "./registry";
import { fieldErrorsOf as keysOf } from "../validation-errors";
import { catalogue } from "../i18n/messages";
import { validationOf, resolveMessage } from "../i18n/validation";
import type { z } from "zod";

// The schemas' messages are keys: read here in English, as the form shows them to an English reader.
const en = validationOf(catalogue("en"));
const fieldErrorsOf = (e: z.ZodError) => Object.fromEntries(Object.entries(keysOf(e)).map(([k, v]) => [k, resolveMessage(v, en)]));

const good = {
  ...emptyRegistry,
  title: "Our wedding",
  occasionId: "1",
  eventDate: "2031-06-14",
  addrStreet: "1 Main St",
  addrCity: "Cork",
  addrCountry: "IRL",
};
const errorsFor = (patch: object) => {
  const r = registrySchema.safeParse({ ...good, ...patch });
  return r.success ? {} : fieldErrorsOf(r.error);
};

describe("registry schema", () => {
  it("accepts a complete registry and coerces the occasion id", () => {
    const r = registrySchema.parse(good);
    expect(r.occasionId).toBe(1);
    expect(r.coEmail).toBe("");
  });

  it.each([
    [{ title: "  " }, "title", "Give your registry a title"],
    [{ occasionId: "" }, "occasionId", "Choose an occasion"],
    [{ eventDate: "2031-02-30x" }, "eventDate", "Enter a valid event date"],
    [{ eventDate: "1200-01-01" }, "eventDate", "Enter a realistic event date"],
    [{ coEmail: "sam-at-example" }, "coEmail", "Enter a valid email address"],
    [{ addrCountry: "Ireland" }, "addrCountry", "Choose a country"],
    [{ addrPhone: "<script>" }, "addrPhone", "Enter a valid phone number"],
    [{ invitationInserts: "-1" }, "invitationInserts", "Use 0 or more"],
    [{ accessCode: "abc" }, "accessCode", "Use at least 4 characters"],
    [{ addrCity: "" }, "addrCity", "Add the city and country for the delivery address"],
  ])("rejects %j at the field %s", (patch, field, message) => {
    expect(errorsFor(patch)[field]).toBe(message);
  });

  it("leaves surprise mode off unless it is asked for", () => {
    expect(emptyRegistry.surpriseMode).toBe(false);
    const { surpriseMode: _, ...withoutSurprise } = good;
    expect(registrySchema.parse(withoutSurprise).surpriseMode).toBe(false);
    expect(registrySchema.parse({ ...good, surpriseMode: true }).surpriseMode).toBe(true);
  });

  it("turns a decimal price into minor units of the currency and refuses bad prices and quantities", () => {
    const base = { registryId: "3", title: "Kite", requested: "2", url: "", imageUrl: "", colour: "", size: "", note: "" };
    expect(customItemPrice(customItemSchema.parse({ ...base, price: "24.99" }))).toEqual({ minor: 2499 });
    expect(customItemPrice(customItemSchema.parse({ ...base, currency: "JPY", price: "2500" }))).toEqual({ minor: 2500 });
    expect(fieldErrorsOf(customItemSchema.safeParse({ ...base, currency: "JPY", price: "24.99" }).error!).price).toBe(
      "Enter a price like 2500",
    );
    expect(customItemPrice(customItemSchema.parse({ ...base, currency: "KWD", price: "1.25" }))).toEqual({ minor: 1250 });
    expect(fieldErrorsOf(customItemSchema.safeParse({ ...base, price: "-1" }).error!).price).toBe("Enter a price like 24.99");
    expect(fieldErrorsOf(customItemSchema.safeParse({ ...base, price: "1", requested: "1.5" }).error!).requested).toBe(
      "Use a whole number",
    );
    expect(fieldErrorsOf(customItemSchema.safeParse({ ...base, price: "1", url: "javascript:alert(1)" }).error!).url).toMatch(
      /starting with https/,
    );
    expect(itemUpdateSchema.safeParse({ itemId: 1, requested: -1, priority: 0, note: "" }).success).toBe(false);
  });
});
