// 3dcart's date conventions: filters arrive as "mm/dd/yyyy hh:mm:ss" (or date-only "mm/dd/yyyy"),
// responses carry "MM/DD/YYYY HH:mm". Everything is UTC so results never depend on the server's zone.

const INPUT = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

/**
 * Parse a filter date. A date-only value means the start of that day for a range start and the
 * end of that day for a range end, so `dateend…=03/06/2019` includes all of March 6.
 * Returns null when the text is not a real date (e.g. 02/30/2024 or 13/01/2024).
 */
export function parseRestDate(text: string, edge: "start" | "end"): Date | null {
  const m = INPUT.exec(text.trim());
  if (!m) return null;
  const [month, day, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const hasTime = m[4] !== undefined;
  const [h, min, s] = hasTime ? [Number(m[4]), Number(m[5]), Number(m[6] ?? 0)] : edge === "end" ? [23, 59, 59] : [0, 0, 0];
  if (h > 23 || min > 59 || s > 59) return null;
  const ms = !hasTime && edge === "end" ? 999 : 0;
  const date = new Date(Date.UTC(year, month - 1, day, h, min, s, ms));
  // Date.UTC rolls 02/30 over into March: reject anything that did not survive the round trip.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** "MM/DD/YYYY HH:mm" in UTC, or null when the registry has no such date. */
export function formatRestDate(date: Date | null | undefined): string | null {
  if (!date) return null;
  return `${pad(date.getUTCMonth() + 1)}/${pad(date.getUTCDate())}/${date.getUTCFullYear()} ${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`;
}
