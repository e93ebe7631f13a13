import { describe, expect, it } from "vitest";
import { formatRestDate, parseRestDate } from "./dates";

describe("parseRestDate", () => {
  it("reads mm/dd/yyyy hh:mm:ss as UTC", () => {
    expect(parseRestDate("03/06/2019 14:36:05", "start")?.toISOString()).toBe("2019-03-06T14:36:05.000Z");
    expect(parseRestDate("3/6/2019 14:36", "end")?.toISOString()).toBe("2019-03-06T14:36:00.000Z");
  });

  it("treats a date-only value as the whole day", () => {
    expect(parseRestDate("03/06/2019", "start")?.toISOString()).toBe("2019-03-06T00:00:00.000Z");
    expect(parseRestDate("03/06/2019", "end")?.toISOString()).toBe("2019-03-06T23:59:59.999Z");
  });

  it.each(["2019-03-06", "13/01/2019", "02/30/2024", "03/06/19", "03/06/2019 24:00:00", "03/06/2019 10:60", "yesterday", ""])(
    "rejects %j",
    (text) => expect(parseRestDate(text, "start")).toBeNull(),
  );

  it("accepts 29 February only in leap years", () => {
    expect(parseRestDate("02/29/2024", "start")).not.toBeNull();
    expect(parseRestDate("02/29/2023", "start")).toBeNull();
  });
});

describe("formatRestDate", () => {
  it("renders MM/DD/YYYY HH:mm in UTC and null for no date", () => {
    expect(formatRestDate(new Date("2019-03-06T04:07:59Z"))).toBe("03/06/2019 04:07");
    expect(formatRestDate(null)).toBeNull();
  });
});
