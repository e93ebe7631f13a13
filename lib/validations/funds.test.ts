import { resolveMessage, validationOf } from "../i18n/validation";
import { catalogue } from "../i18n/messages";
import { describe, expect, it } from "vitest";
import { contributeSchema, fundAmounts, fundSchema, parseAmount } from "./funds";

const base = { registryId: 1, title: "Sofa", story: "", goal: "", suggested: "", paymentLink: "https://paypal.me/x", transferDetails: "" };
// Guest messages are keys resolved in the reader's language (lib/i18n/validation.ts): read here in English.
const en = catalogue("en");
const errorAt = (r: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }, field: string) =>
  resolveMessage(r.error?.issues.find((i) => i.path[0] === field)?.message, validationOf(en), en);

describe("money input", () => {
  it("reads amounts as integer cents without floating point", () => {
    expect(parseAmount("50")).toBe(5000);
    expect(parseAmount("0.29")).toBe(29);
    expect(parseAmount("1,250.5")).toBe(125050);
    expect(parseAmount("$19.99")).toBe(1999);
    for (const bad of ["", "-1", "1e3", "12.345", "ten", "1.2.3"]) expect(parseAmount(bad)).toBeNull();
  });

  it("a contribution is 1.00 to 100,000.00, with a message at the amount otherwise", () => {
    const input = { slug: "abc-def", fundId: 1, name: "A", email: "a@example.com", message: "", anonymous: false };
    expect(contributeSchema.parse({ ...input, amount: "25" }).amount).toBe(2500);
    expect(errorAt(contributeSchema.safeParse({ ...input, amount: "0" }), "amount")).toBe("The smallest contribution is $1.00");
    expect(errorAt(contributeSchema.safeParse({ ...input, amount: "-3" }), "amount")).toBe("The smallest contribution is $1.00");
    expect(errorAt(contributeSchema.safeParse({ ...input, amount: "100000.01" }), "amount")).toBe(
      "The largest contribution is $100,000.00",
    );
    expect(errorAt(contributeSchema.safeParse({ ...input, amount: "25", email: "nope" }), "email")).toBe("Enter a valid email address");
    // The amount's message comes with the other fields' (a bad email does not hide it).
    expect(errorAt(contributeSchema.safeParse({ ...input, amount: "0", email: "nope" }), "amount")).toBe(
      "The smallest contribution is $1.00",
    );
  });

  it("a fund: goal, suggested amounts and an https payment link or bank details", () => {
    expect(fundAmounts(fundSchema.parse({ ...base, goal: "2500", suggested: "100 25,50" }))).toMatchObject({
      goal: 250000,
      suggested: "2500,5000,10000",
    });
    expect(fundAmounts(fundSchema.parse(base)).goal).toBeNull();
    expect(errorAt(fundSchema.safeParse({ ...base, goal: "0" }), "goal")).toBe("A goal must be at least $1.00");
    expect(errorAt(fundSchema.safeParse({ ...base, goal: "abc" }), "goal")).toBe("Enter a goal like 2500 or 2500.00");
    expect(errorAt(fundSchema.safeParse({ ...base, suggested: "1 2 3 4 5 6 7" }), "suggested")).toBe("List at most 6 amounts");
    expect(errorAt(fundSchema.safeParse({ ...base, paymentLink: "javascript:alert(1)" }), "paymentLink")).toMatch(/https:\/\//);
    expect(errorAt(fundSchema.safeParse({ ...base, paymentLink: "" }), "paymentLink")).toMatch(/payment link or bank-transfer details/);
    expect(fundSchema.safeParse({ ...base, paymentLink: "", transferDetails: "IBAN X" }).success).toBe(true);
  });

  it("amounts follow the registry's currency: yen have no decimals, dinars three", () => {
    const input = { slug: "abc-def", fundId: 1, name: "A", email: "a@example.com", message: "", anonymous: false };
    expect(contributeSchema.parse({ ...input, currency: "JPY", amount: "5000" }).amount).toBe(5000);
    expect(errorAt(contributeSchema.safeParse({ ...input, currency: "JPY", amount: "50.5" }), "amount")).toBe(
      "Enter a whole amount like 5000",
    );
    expect(contributeSchema.parse({ ...input, currency: "KWD", amount: "1.25" }).amount).toBe(1250);
    expect(contributeSchema.parse({ ...input, currency: "EUR", amount: "12,50".replace(",", ".") }).amount).toBe(1250);
    expect(fundAmounts(fundSchema.parse({ ...base, currency: "JPY", goal: "300000", suggested: "5000 10000" }))).toMatchObject({
      goal: 300000,
      suggested: "5000,10000",
    });
    expect(errorAt(fundSchema.safeParse({ ...base, currency: "XXX" }), "currency")).toBe("Choose a currency");
    // An unknown code is refused at the field, never thrown by Intl.
    expect(errorAt(contributeSchema.safeParse({ ...input, currency: "NOPE!", amount: "5" }), "currency")).toBe("Choose a currency");
    expect(errorAt(fundSchema.safeParse({ ...base, title: "", goal: "0" }), "goal")).toBe("A goal must be at least $1.00");
  });
});
