import "server-only";
// ISO 3166-1 alpha-3 codes with English names, for the delivery address select and validation.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json";

countries.registerLocale(en);

export type Country = { code: string; name: string };

export const COUNTRIES: Country[] = Object.entries(countries.getNames("en", { select: "official" }))
  .map(([alpha2, name]) => ({ code: countries.alpha2ToAlpha3(alpha2) ?? "", name }))
  .filter((c) => c.code)
  .sort((a, b) => a.name.localeCompare(b.name));

const NAMES = new Map(COUNTRIES.map((c) => [c.code, c.name]));
export const countryName = (code: string) => NAMES.get(code) ?? code;

/** A guest's own delivery address on one line ("Lee Guest, 1 High St, Leeds LS1 1AA, United Kingdom…"), or null when shipped to the registrant. */
export function guestAddressLine(o: {
  shipToRegistrant: boolean;
  shipName: string;
  shipStreet: string;
  shipCity: string;
  shipPostcode: string;
  shipCountry: string;
}): string | null {
  if (o.shipToRegistrant || !o.shipStreet) return null;
  return [o.shipName, o.shipStreet, `${o.shipCity} ${o.shipPostcode}`.trim(), countryName(o.shipCountry)].filter(Boolean).join(", ");
}
