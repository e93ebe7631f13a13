import { describe, expect, it } from "vitest";
import { idSchema, MAX_ID, parseId } from "./id";
import { checkoutSchema } from "./checkout";

describe("ids are bounded to PostgreSQL INTEGER", () => {
  it("idSchema accepts 1..2^31-1 and refuses the rest with a message", () => {
    expect(idSchema.parse("1")).toBe(1);
    expect(idSchema.parse(MAX_ID)).toBe(2147483647);
    for (const bad of ["2147483648", "99999999999999999999", 0, -1, 1.5, "abc", ""]) {
      const r = idSchema.safeParse(bad);
      expect(r.success, String(bad)).toBe(false);
      expect(r.error?.issues[0].message).toBe("Not a valid id");
    }
  });

  it("parseId reads URL segments: digits only, in range, else null", () => {
    expect(parseId("42")).toBe(42);
    expect(parseId("2147483647")).toBe(MAX_ID);
    for (const bad of ["2147483648", "99999999999999999999", "0", "-1", "1e3", " 1", "0x10", "", undefined])
      expect(parseId(bad), String(bad)).toBeNull();
  });

  it("checkout lines refuse item ids past the bound", () => {
    const order = {
      slug: "abcdefgh",
      buyerName: "A",
      buyerEmail: "a@example.com",
      giftMessage: "",
      shipToRegistrant: true,
      lines: [{ itemId: 2147483648, quantity: 1 }],
    };
    expect(checkoutSchema.safeParse(order).success).toBe(false);
  });
});
