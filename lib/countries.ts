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

const localized = new Map<string, Country[]>();
/**
 * The same countries named in the reader's language (Intl.DisplayNames over the alpha-2 codes), sorted
 * as that language sorts (Intl.Collator); the English name where Intl has none. Kept per language.
 */
export function countryOptions(locale: string): Country[] {
  let list = localized.get(locale);
  if (!list) {
    const names = new Intl.DisplayNames([locale], { type: "region", fallback: "none" });
    const collator = new Intl.Collator(locale);
    list = COUNTRIES.map((c) => {
      const alpha2 = countries.alpha3ToAlpha2(c.code);
      return { code: c.code, name: (alpha2 && names.of(alpha2)) || c.name };
    }).sort((a, b) => collator.compare(a.name, b.name));
    localized.set(locale, list);
  }
  return list;
}
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
