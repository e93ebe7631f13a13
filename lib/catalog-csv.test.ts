import { describe, expect, it } from "vitest";
import { parseProductCsv } from "./catalog-csv";

describe("product CSV", () => {
  it("validates each row and reports errors by line", () => {
    const csv = 'sku,name,price,colour,active\nA-1,"Mug, large",12.50,Blue,yes\nB 2,Plate,abc,,\nC-3,Bowl,5,,no\nA-1,Dup,1,,\n';
    const { rows, error } = parseProductCsv(csv);
    expect(error).toBeUndefined();
    expect(rows.map((r) => [r.line, r.errors.length === 0])).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [5, false],
    ]);
    expect(rows[0].product).toMatchObject({ sku: "A-1", name: "Mug, large", price: 1250, colour: "Blue", active: true });
    expect(rows[1].errors.join(" ")).toMatch(/sku: Use letters.*price: Enter a price like 24.99/);
    expect(rows[2].product?.active).toBe(false);
    expect(rows[3].errors.join(" ")).toMatch(/already appears on line 2/);
  });

  it("refuses a file without the required columns", () => {
    expect(parseProductCsv("name,price\nMug,1").error).toMatch(/missing: sku/);
  });
});
