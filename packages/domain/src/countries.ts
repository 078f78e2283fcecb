import countries from "i18n-iso-countries";
import english from "i18n-iso-countries/langs/en.json" with { type: "json" };

countries.registerLocale(english);

export interface CountryName {
  id: string;
  name: string;
}

/** Every ISO 3166-1 country with its short English name ("China", not "People's Republic of China"). */
export function listCountries(): CountryName[] {
  return Object.keys(countries.getAlpha2Codes())
    .map((id) => ({ id, name: countries.getName(id, "en", { select: "alias" }) ?? id }))
    .sort((a, b) => a.name.localeCompare(b.name, "en"));
}
