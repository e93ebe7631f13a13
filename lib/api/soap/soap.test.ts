import { describe, expect, it } from "vitest";
import { formParams, optionalDay, requireLines, xmlParams } from "./params";
import { escapeXml, parseXml, XmlRejected } from "./xml";

describe("SOAP XML safety", () => {
  it("refuses DTDs and entity declarations before parsing", () => {
    expect(() => parseXml('<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>')).toThrow(XmlRejected);
    expect(() => parseXml("<a><b></a>")).toThrow(/Malformed XML/);
  });

  it("decodes only predefined entities and character references", () => {
    const doc = parseXml("<a><b>Alex &amp; Sam &lt;3 &#233;&#x41; &unknown;</b></a>");
    expect(xmlParams(doc.a).text("b")).toBe("Alex & Sam <3 éA &unknown;");
  });

  it("escapes markup and drops characters XML cannot carry", () => {
    expect(escapeXml(`<a href="x">&'\u0001`)).toBe("&#60;a href=&#34;x&#34;&#62;&#38;&#39;");
  });
});

describe("SOAP parameters", () => {
  it("reads sale lines from a SOAP body and from indexed form fields alike", () => {
    const soap = parseXml(
      "<s><sales><RegistrySale><ID>7</ID><Quantity>2</Quantity><UnitNet>12.50</UnitNet><Reference> R1 </Reference></RegistrySale></sales></s>",
    );
    const form = formParams(new URLSearchParams("sales[0].ID=7&sales[0].Quantity=2&sales[0].UnitNet=12.5&sales[0].Reference=R1"));
    const expected = [{ itemId: 7, quantity: 2, unitNetCents: 1250, reference: "R1", comment: "" }];
    expect(requireLines(xmlParams(soap.s).list("sales", "RegistrySale"), "sales")).toEqual(expected);
    expect(requireLines(form.list("sales", "RegistrySale"), "sales")).toEqual(expected);
  });

  it.each([
    [{ Quantity: "0" }, /Quantity/],
    [{ Quantity: "1.5" }, /Quantity/],
    [{ UnitNet: "-1" }, /UnitNet/],
    [{ UnitNet: "1.005" }, /UnitNet/],
    [{ Reference: "R".repeat(101) }, /Reference/],
    [{ ID: "abc" }, /ID/],
  ])("refuses a bad line %o with code 5", (patch, message) => {
    const line = { ID: "1", Quantity: "1", UnitNet: "1", Reference: "R", ...patch };
    expect(() => requireLines([line], "sales")).toThrow(message);
    expect(() => requireLines([line], "sales")).toThrow(expect.objectContaining({ code: 5 }));
  });

  it("records a line without a Reference (it cannot be de-duplicated), twice if sent twice", () => {
    const line = { ID: "1", Quantity: "1", UnitNet: "1" };
    expect(requireLines([line, { ...line, Reference: "  " }], "sales").map((l) => l.reference)).toEqual([null, null]);
  });

  it("reads eventDate as .NET does: MM/DD/YYYY (with a time or not), ISO dates and xs:dateTime", () => {
    for (const s of ["02/03/2027", "2/3/2027", "02/03/2027 10:30 PM", "2027-02-03", "2027-02-03T10:30:00Z"])
      expect(optionalDay(s, "eventDate")?.toISOString()).toBe("2027-02-03T00:00:00.000Z");
    for (const s of ["13/01/2027", "02/30/2027", "3 Feb 2027", "2027/02/03"])
      expect(() => optionalDay(s, "eventDate")).toThrow(/MM\/DD\/YYYY/);
  });

  it("takes the day of eventDate as written, whatever the offset", () => {
    expect(optionalDay("2027-03-24T23:30:00-05:00", "eventDate")?.toISOString()).toBe("2027-03-24T00:00:00.000Z");
    expect(optionalDay("  ", "eventDate")).toBeUndefined();
    expect(() => optionalDay("2027-02-30", "eventDate")).toThrow(/eventDate/);
  });
});
