import { describe, expect, it } from "vitest";
import { parseProductCsv } from "./catalog-csv";
import { csvProblemText } from "./catalog-csv-words";
import { catalogue } from "./i18n/messages";
import { resolveMessage, validationOf } from "./i18n/validation";

const en = catalogue("en");
const de = catalogue("de");
const texts = (errors: Parameters<typeof csvProblemText>[0][], all = en) => errors.map((e) => csvProblemText(e, all)).join(" ");
const fileError = (error: string | undefined, all = en) => resolveMessage(error, validationOf(all), all);

describe("product CSV", () => {
  const csv = 'sku,name,price,colour,active\nA-1,"Mug, large",12.50,Blue,yes\nB 2,Plate,abc,,\nC-3,Bowl,5,,no\nA-1,Dup,1,,\n';

  it("validates each row and reports errors by line", () => {
    const { rows, error } = parseProductCsv(csv);
    expect(error).toBeUndefined();
    expect(rows.map((r) => [r.line, r.errors.length === 0])).toEqual([
      [2, true],
      [3, false],
      [4, true],
      [5, false],
    ]);
    expect(rows[0].product).toMatchObject({ sku: "A-1", name: "Mug, large", price: 1250, colour: "Blue", active: true });
    expect(texts(rows[1].errors)).toMatch(/sku: Use letters.*price: Enter a price like 24.99/);
    expect(rows[2].product?.active).toBe(false);
    expect(texts(rows[3].errors)).toBe("sku: “A-1” already appears on line 2");
  });

  it("words each row's problems in the admin's language, the line number as an ICU argument", () => {
    const { rows } = parseProductCsv(csv);
    expect(texts(rows[1].errors, de)).toMatch(/sku: Verwenden Sie Buchstaben.*price: Geben Sie einen Preis wie 24.99 ein/);
    expect(texts(rows[3].errors, de)).toBe("sku: „A-1“ steht bereits in Zeile 2");
    expect(texts(rows[3].errors, catalogue("fr"))).toBe("sku : « A-1 » figure déjà à la ligne 2");
    // A line Papa Parse cannot split into the header's columns: the row as a whole.
    const short = parseProductCsv("sku,name,price\nA-9,Cup\n").rows[0];
    expect(texts(short.errors)).toMatch(/row: fewer values than columns$/);
    expect(texts(short.errors, de)).toMatch(/Zeile: weniger Werte als Spalten$/);
  });

  it("refuses a file without the required columns", () => {
    const { error } = parseProductCsv("name,price\nMug,1");
    expect(fileError(error)).toMatch(/missing: sku/);
    expect(fileError(error, de)).toMatch(/^Die erste Zeile muss die Spalten benennen; es fehlt: sku/);
  });
});
