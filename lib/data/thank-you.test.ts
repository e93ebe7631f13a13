import { describe, expect, it } from "vitest";
import { translator } from "../i18n/messages";
import { thankYouCsv } from "./thank-you";

describe("thank-you CSV", () => {
  it("quotes every cell, doubles quotes and neutralises spreadsheet formulas from guests", () => {
    const csv = thankYouCsv([
      {
        kind: "order",
        id: 1,
        buyerName: '=HYPERLINK("http://evil")',
        buyerEmail: "a@example.com",
        gifts: "1 × Plate",
        message: 'Say "hi"',
        date: new Date("2030-01-02T00:00:00Z"),
        sent: false,
      },
    ]);
    const [header, row] = csv.trim().split("\r\n");
    expect(header).toBe('"Date","Buyer","Email","Gifts","Message","Thank-you sent"');
    expect(row).toBe('"2030-01-02","\'=HYPERLINK(""http://evil"")","a@example.com","1 × Plate","Say ""hi""","no"');
  });

  it("its header and yes/no are in the reader's language", () => {
    const entry = { kind: "offline" as const, id: 2, buyerName: "Paul", buyerEmail: "p@example.com", gifts: "1 × Teekanne", message: "" };
    const csv = thankYouCsv([{ ...entry, date: new Date("2030-01-02T00:00:00Z"), sent: true }], translator("de", "thankYou"));
    expect(csv.trim().split("\r\n")).toEqual([
      '"Datum","Käufer","E-Mail","Geschenke","Nachricht","Dank verschickt"',
      '"2030-01-02","Paul","p@example.com","1 × Teekanne","","ja"',
    ]);
  });
});
