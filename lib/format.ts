// Building an Intl formatter costs far more than using one: a 60-gift page formats 60 prices.
const moneyFormats = new Map<string, Intl.NumberFormat>();
const longDate = new Intl.DateTimeFormat("en-US", { dateStyle: "long", timeZone: "UTC" });

export function formatMoney(cents: number, currency = "USD") {
  let f = moneyFormats.get(currency);
  if (!f) moneyFormats.set(currency, (f = new Intl.NumberFormat("en-US", { style: "currency", currency })));
  return f.format(cents / 100);
}

export function formatDate(date: Date | null | undefined) {
  if (!date) return "Date to be announced";
  return longDate.format(date);
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
