// Hostile values for property tests: huge and odd strings, script and SQL, numbers out of range.
import fc from "fast-check";

export const hostileString = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.constantFrom(
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    '\'; DROP TABLE "User"; --',
    "1 OR 1=1",
    "%00",
    "\u0000\u202e\ufeff",
    "../../etc/passwd",
    "${7*7}{{7*7}}",
    "Ω≈ç√∫˜µ≤≥÷ 👩‍👩‍👧‍👦 مرحبا",
    "  ",
    "9999-99-99",
    "0000-01-01",
    "2024-02-30",
    "-1",
    "1.5",
    "1e309",
    "NaN",
    "0x10",
  ),
  fc.integer({ min: 1, max: 200_000 }).map((n) => "x".repeat(n)),
  // Huge but well-formed, so only a length limit can refuse it.
  fc.integer({ min: 10_001, max: 50_000 }).map((n) => `${"a".repeat(n)}@example.com`),
  fc.integer({ min: 10_001, max: 50_000 }).map((n) => `/${"a".repeat(n)}`),
);

export const hostileNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constantFrom(-1, 0, 0.5, 1.5, -0.0, 1e308, Number.MAX_SAFE_INTEGER + 2, NaN, Infinity, -Infinity),
);

export const hostileValue = fc.oneof(
  hostileString,
  hostileNumber,
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc.date({ noInvalidDate: false }),
  fc.array(fc.oneof(hostileString, hostileNumber), { maxLength: 3 }),
  fc.dictionary(fc.string({ maxLength: 8 }), fc.oneof(hostileString, hostileNumber), { maxKeys: 3 }),
);
