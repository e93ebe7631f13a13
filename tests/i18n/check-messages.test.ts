import { describe, expect, it } from "vitest";
import { checkMessages, topLevelArguments } from "../../lib/i18n/check-messages";

describe("the message catalogues check (npm run check)", () => {
  it("passes catalogues that agree", () => {
    const en = { a: { hello: "Hello {name}", n: "{count, plural, one {# gift} other {# gifts}}" } };
    const de = { a: { hello: "Hallo {name}", n: "{count, plural, one {# Geschenk} other {# Geschenke}}" } };
    expect(checkMessages({ en, de })).toEqual([]);
  });

  it("names a key missing in any language, either way", () => {
    const problems = checkMessages({ en: { a: { x: "X", y: "Y" } }, es: { a: { x: "X" } }, fr: { a: { x: "X", y: "Y", z: "Z" } } });
    expect(problems).toContain('es: missing "a.y"');
    expect(problems).toContain('en: missing "a.z"');
    expect(problems).toContain('es: missing "a.z"');
  });

  it("names an ICU syntax error and a translation with other arguments", () => {
    const problems = checkMessages({
      en: { a: "{count, plural, one {# x} other {# xs}}", b: "Total {total}" },
      de: { a: "{count, plural, one {# x}", b: "Summe {summe}" },
    });
    expect(problems.some((p) => p.startsWith("de: INVALID_MESSAGE") && p.includes("a"))).toBe(true);
    expect(problems).toContain('de: "b" has arguments {summe}, en has {total}');
  });

  it("reads only a message's own arguments, not the words of its plural branches", () => {
    expect(topLevelArguments("only {left} “{title}” {left, plural, one {was} other {were}} left")).toEqual(["left", "title"]);
  });

  it("the app's catalogues pass", async () => {
    const load = async (l: string) => (await import(`../../messages/${l}.json`)).default;
    expect(checkMessages({ en: await load("en"), es: await load("es"), fr: await load("fr"), de: await load("de") })).toEqual([]);
  });
});
