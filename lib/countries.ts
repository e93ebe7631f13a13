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
