// Method parameters from either transport (a SOAP body element, or query/form fields), checked once
// here so every method sees typed, validated values. Bad input is a Code 5 answer, never a crash.
import { currencyDigits } from "@/lib/format";
import { SoapCode, SoapFailure } from "@/lib/data/soap";
import type { MovementLine } from "@/lib/data/soap-sales";
import type { XmlNode, XmlValue } from "./xml";

export interface Params {
  /** A simple value; undefined when absent or xsi:nil. */
  text(name: string): string | undefined;
  /** The members of an array parameter (int[] or RegistrySale[]) as field maps or strings. */
  list(name: string, itemName: string): XmlValue[];
}

const asArray = (v: XmlValue | undefined): XmlValue[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

function textOf(v: XmlValue | undefined): string | undefined {
  if (v === undefined || Array.isArray(v)) return Array.isArray(v) ? textOf(v[0]) : undefined;
  if (typeof v === "string") return v;
  if (v["@nil"] === "true" || v["@nil"] === "1") return undefined;
  return typeof v["#text"] === "string" ? v["#text"] : "";
}

/** Parameters of a SOAP body element such as <Search><name>alex</name>…</Search>. */
export function xmlParams(node: XmlValue): Params {
  const fields: XmlNode = typeof node === "object" && !Array.isArray(node) ? node : {};
  return {
    text: (name) => noNul(textOf(fields[name]), name),
    list: (name, itemName) => {
      const outer = fields[name];
      return typeof outer === "object" && !Array.isArray(outer) ? asArray(outer[itemName]) : [];
    },
  };
}

/**
 * Parameters of HTTP GET/POST: `registryIDs=1&registryIDs=2` for int[], and indexed fields
 * `sales[0].ID=…&sales[0].Quantity=…` for arrays of objects.
 */
export function formParams(form: URLSearchParams): Params {
  return {
    text: (name) => noNul(form.get(name) ?? undefined, name),
    list: (name) => {
      const plain = form.getAll(name);
      if (plain.length) return plain;
      const rows = new Map<number, XmlNode>();
      for (const [key, value] of form) {
        const m = /^(\w+)\[(\d{1,4})\]\.(\w+)$/.exec(key);
        if (!m || m[1] !== name) continue;
        const row = rows.get(Number(m[2])) ?? {};
        row[m[3]] = value;
        rows.set(Number(m[2]), row);
      }
      return [...rows.entries()].sort((a, b) => a[0] - b[0]).map(([, row]) => row);
    },
  };
}

const invalid = (message: string) => new SoapFailure(SoapCode.InvalidInput, message);

/** Longer than any field of this API holds: refused before it reaches a query (Code 5). */
export const MAX_TEXT = 1000;

/** PostgreSQL cannot store or compare text holding NUL: refuse it as invalid input (Code 5). */
function noNul(value: string | undefined, name: string): string | undefined {
  if (value?.includes("\u0000")) throw invalid(`${name} must not contain a NUL character`);
  if (value && value.length > MAX_TEXT) throw invalid(`${name} may be at most ${MAX_TEXT} characters`);
  return value;
}

export function requireId(value: string | undefined, field: string): number {
  const s = value?.trim() ?? "";
  if (!/^\d{1,10}$/.test(s) || Number(s) < 1 || Number(s) > 2_147_483_647) throw invalid(`${field} must be a positive integer`);
  return Number(s);
}

const utcDay = (y: number, m: number, d: number) => {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d ? date : null;
};

/**
 * The day the caller meant, as written (a time zone offset cannot shift it). As an .asmx service
 * parses dates: ISO dates, xs:dateTime, and US MM/DD/YYYY with an optional time (as REST writes dates).
 */
export function optionalDay(value: string | undefined, field: string): Date | undefined {
  const s = value?.trim() ?? "";
  if (!s) return undefined;
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/.exec(s);
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})(?:$|[ T]\d)/.exec(s);
  const day = iso ? utcDay(+iso[1], +iso[2], +iso[3]) : us ? utcDay(+us[3], +us[1], +us[2]) : null;
  if (!day) throw invalid(`${field} must be a date: yyyy-mm-dd, MM/DD/YYYY or xs:dateTime`);
  return day;
}

export function requireIds(values: XmlValue[], field: string, max = 500): number[] {
  if (values.length === 0) throw invalid(`${field} must contain at least one ID`);
  if (values.length > max) throw invalid(`${field} may contain at most ${max} IDs`);
  return values.map((v) => requireId(textOf(v), `${field} entries`));
}

/** A plain decimal as minor units of the registry's currency ("12.50" USD → 1250, "1500" JPY → 1500, "1.250" KWD → 1250). */
function minorUnits(value: string | undefined, field: string, currency: string): number {
  const digits = currencyDigits(currency);
  const m = /^(\d{1,8})(?:\.(\d+))?$/.exec(value?.trim() ?? "");
  const frac = (m?.[2] ?? "").replace(/0+$/, "");
  // Money is stored in the currency's minor unit: more precision than that would be silently lost, so refuse it.
  if (!m || frac.length > digits)
    throw invalid(`${field} must be a decimal ≥ 0 with at most ${digits} decimal places (the registry's currency is ${currency})`);
  return Number(m[1]) * 10 ** digits + Number(frac.padEnd(digits, "0") || 0);
}

/** RegistrySale[] / RegistryRefund[]: every line valid, no (ID, Reference) twice in one call. */
export function requireLines(values: XmlValue[], field: string, currency = "USD", max = 500): MovementLine[] {
  if (values.length === 0) throw invalid(`${field} must contain at least one line`);
  if (values.length > max) throw invalid(`${field} may contain at most ${max} lines`);
  const seen = new Set<string>();
  return values.map((v, i) => {
    const p = xmlParams(v);
    const at = `${field}[${i}]`;
    const quantityText = p.text("Quantity")?.trim() ?? "";
    if (!/^\d{1,6}$/.test(quantityText) || Number(quantityText) < 1) throw invalid(`${at}.Quantity must be a whole number ≥ 1`);
    // Without a Reference a line is still recorded, but a retry of it cannot be recognised.
    const reference = p.text("Reference")?.trim() || null;
    if (reference && reference.length > 100) throw invalid(`${at}.Reference may be at most 100 characters`);
    const comment = p.text("Comment")?.trim() ?? "";
    if (comment.length > 1000) throw invalid(`${at}.Comment may be at most 1000 characters`);
    const line = {
      itemId: requireId(p.text("ID"), `${at}.ID`),
      quantity: Number(quantityText),
      unitNetCents: minorUnits(p.text("UnitNet"), `${at}.UnitNet`, currency),
      reference,
      comment,
    };
    const key = `${line.itemId}\n${reference}`;
    if (reference !== null && seen.has(key)) throw invalid(`${at}: item ${line.itemId} appears twice with Reference "${reference}"`);
    seen.add(key);
    return line;
  });
}
