import worldCountries from "world-countries";
import { COUNTRY_CODES } from "./country-codes.ts";

export interface CountryName {
  id: string;
  name: string;
}

/**
 * world-countries' common English names: current and distinct ("Türkiye", "DR Congo" and
 * "Republic of the Congo", "South Korea", "Moldova"), where i18n-iso-countries' short forms are
 * not ("Turkey", "Congo" twice, "Korea, Republic of", "Moldova, Republic of").
 */
const COMMON_NAMES = new Map(worldCountries.map((country) => [country.cca2, country.name.common]));

/** Every ISO 3166-1 country with its common English name ("China", not "People's Republic of China"). */
export function listCountries(): CountryName[] {
  return COUNTRY_CODES.map((id) => ({ id, name: COMMON_NAMES.get(id) ?? id })).sort((a, b) =>
    a.name.localeCompare(b.name, "en"),
  );
}
