import { describe, expect, it } from "vitest";
import { clampQuantity } from "../../components/guest/basket-script";

describe("the basket's quantity field", () => {
  it("keeps a quantity that fits, and says why it changed one that does not", () => {
    expect(clampQuantity("2", 3)).toEqual({ qty: 2, why: "" });
    expect(clampQuantity("5", 1)).toEqual({ qty: 1, why: "Only 1 still needed" });
    expect(clampQuantity("3", 1)).toEqual({ qty: 1, why: "Only 1 still needed" });
    expect(clampQuantity("-2", 4)).toEqual({ qty: 1, why: "Enter at least 1" });
    expect(clampQuantity("", 4)).toEqual({ qty: 1, why: "Enter at least 1" });
    expect(clampQuantity("2.5", 4)).toEqual({ qty: 2, why: "Enter a whole number" });
    expect(clampQuantity("150", 99)).toEqual({ qty: 99, why: "Up to 99 at a time" });
  });
});
