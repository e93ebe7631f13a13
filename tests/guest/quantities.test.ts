import { describe, expect, it } from "vitest";
import { clampQuantity } from "../../components/guest/basket-script";
import { shortLineMessage, shortLinesOf } from "../../lib/validations/checkout";

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

describe("a checkout conflict's short lines", () => {
  it("reads back what is left from the messages the conflict sends", () => {
    const fieldErrors = {
      "line.7": shortLineMessage(1),
      "line.9": shortLineMessage(0),
      buyerName: "Enter your name",
      "line.x": "Only 2 left",
    };
    expect([...shortLinesOf(fieldErrors)]).toEqual([
      [7, 1],
      [9, 0],
    ]);
    expect(shortLineMessage(3)).toBe("Only 3 left");
    expect(shortLineMessage(0)).toBe("No longer available");
  });
});
