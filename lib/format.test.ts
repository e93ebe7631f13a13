import { describe, expect, it } from "vitest";
import { currencyDigits, decimalToMinor, formatMoney, minorToDecimal, minorToNumber } from "./format";

describe("money in minor units", () => {
  it("knows each currency's decimals from Intl", () => {
    expect([currencyDigits("USD"), currencyDigits("EUR"), currencyDigits("JPY"), currencyDigits("KWD"), currencyDigits("BHD")]).toEqual([
      2, 2, 0, 3, 3,
    ]);
  });

  it("writes plain decimals for the APIs and inputs", () => {
    expect(minorToDecimal(1250, "USD")).toBe("12.50");
    expect(minorToDecimal(5, "USD")).toBe("0.05");
    expect(minorToDecimal(1500, "JPY")).toBe("1500");
    expect(minorToDecimal(1250, "KWD")).toBe("1.250");
    expect(minorToNumber(1250, "KWD")).toBe(1.25);
    expect(minorToNumber(1500, "JPY")).toBe(1500);
  });

  it("reads typed decimals with at most the currency's digits, without floating point", () => {
    expect(decimalToMinor("12.5", "USD")).toBe(1250);
    expect(decimalToMinor("0.29", "EUR")).toBe(29);
    expect(decimalToMinor("1,250.5", "USD")).toBe(125050);
    expect(decimalToMinor("1500", "JPY")).toBe(1500);
    expect(decimalToMinor("1500.5", "JPY")).toBeNull();
    expect(decimalToMinor("1.25", "KWD")).toBe(1250);
    expect(decimalToMinor("1.2505", "KWD")).toBeNull();
    for (const bad of ["", "-1", "1e3", "12.345", "ten", "1.2.3"]) expect(decimalToMinor(bad, "USD")).toBeNull();
  });

  it("formats for people in their locale", () => {
    expect(formatMoney(1250, "USD")).toBe("$12.50");
    expect(formatMoney(1500, "JPY")).toBe("¥1,500");
    expect(formatMoney(150050, "EUR", "de")).toBe("1.500,50\u00a0€");
    expect(formatMoney(1250, "KWD")).toMatch(/1\.250/);
  });
});
