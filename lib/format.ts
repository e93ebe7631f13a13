// The one place money and dates become text. Every stored amount (priceCents, amountCents, goalCents,
// totalCents, unitCents, unitNetCents…) is in the MINOR unit of its registry's currency — cents for
// USD/EUR, yen for JPY (no decimals), fils for KWD (three): the columns keep their historic "Cents" names.
// Building an Intl formatter costs far more than using one: a 60-gift page formats 60 prices.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** The currencies a registrant can choose (ISO 4217); amounts follow each one's own minor unit. */
export const CURRENCIES = [
  "USD",
  "EUR",
  "GBP",
  "CAD",
  "AUD",
  "NZD",
  "CHF",
  "SEK",
  "NOK",
  "DKK",
  "PLN",
  "MXN",
  "BRL",
  "JPY",
  "KWD",
  "BHD",
] as const;
export type Currency = (typeof CURRENCIES)[number];
export const isCurrency = (c: string): c is Currency => (CURRENCIES as readonly string[]).includes(c);

const digitsCache = new Map<string, number>();
/** Decimals of the currency's minor unit, as Intl knows them: JPY 0, USD/EUR 2, KWD/BHD 3. */
export function currencyDigits(currency: string): number {
  let d = digitsCache.get(currency);
  if (d === undefined) {
    d = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
    digitsCache.set(currency, d);
  }
  return d;
}

/** A stored minor-unit amount as a plain decimal, as the APIs and price inputs show it: "12.50", "1500" (JPY), "1.250" (KWD). */
export function minorToDecimal(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  const sign = minor < 0 ? "-" : "";
  const s = String(Math.abs(Math.trunc(minor))).padStart(digits + 1, "0");
  return digits ? `${sign}${s.slice(0, -digits)}.${s.slice(-digits)}` : `${sign}${s}`;
}

/** The same amount as a JSON number (REST). */
export const minorToNumber = (minor: number, currency: string) => Number(minorToDecimal(minor, currency));

/**
 * A typed decimal ("50", "50.5", "1,250.00") as minor units, without floating point; null when it is not
 * an amount or has more decimals than the currency has (a yen amount has none).
 */
export function decimalToMinor(text: string, currency: string, maxWhole = 9): number | null {
  const digits = currencyDigits(currency);
  const s = text
    .trim()
    .replace(/^[$€£¥]/, "")
    .replace(/,/g, "");
  const m = new RegExp(`^(\\d{1,${maxWhole}})(?:\\.(\\d{1,${Math.max(digits, 1)}}))?$`).exec(s);
  if (!m || (m[2] !== undefined && digits === 0)) return null;
  return Number(m[1]) * 10 ** digits + Number((m[2] ?? "").padEnd(digits, "0") || 0);
}

/** An example amount for a field's hint and message: "24.99", "2500" (JPY), "24.990" (KWD). */
export const exampleAmount = (whole: number, currency: string) => minorToDecimal(whole * 10 ** currencyDigits(currency), currency);

/** A minor-unit amount for people: "$12.50", "1.500 ¥" in German… in the reader's locale. */
export function formatMoney(minor: number, currency = "USD", locale = "en-US") {
  const key = `${locale}|${currency}`;
  let f = moneyFormats.get(key);
  if (!f) moneyFormats.set(key, (f = new Intl.NumberFormat(locale, { style: "currency", currency })));
  return f.format(minor / 10 ** currencyDigits(currency));
}

export function formatDate(date: Date | null | undefined, locale = "en-US", tbd = "Date to be announced") {
  if (!date) return tbd;
  let f = dateFormats.get(locale);
  if (!f) dateFormats.set(locale, (f = new Intl.DateTimeFormat(locale, { dateStyle: "long", timeZone: "UTC" })));
  return f.format(date);
}

/** yyyy-mm-dd in UTC, for date inputs. */
export function toDateInput(date: Date | null | undefined) {
  return date ? date.toISOString().slice(0, 10) : "";
}

export function coupleNames(r: { firstName: string; lastName: string; coFirstName?: string; coLastName?: string }) {
  const a = `${r.firstName} ${r.lastName}`.trim();
  const b = `${r.coFirstName ?? ""} ${r.coLastName ?? ""}`.trim();
  return b ? `${a} & ${b}` : a;
}

/** Whole days from now until `date` (negative once it has passed). */
export function daysUntil(date: Date | null, now = new Date()) {
  return date ? Math.ceil((date.getTime() - now.getTime()) / 86_400_000) : null;
}
