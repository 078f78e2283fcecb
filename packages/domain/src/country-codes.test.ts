import countries from "i18n-iso-countries";
import { describe, expect, it } from "vitest";
import { isCountryCode } from "./country-codes.ts";

describe("country codes", () => {
  it("are exactly the library's alpha-2 codes", () => {
    const libraryCodes = Object.keys(countries.getAlpha2Codes());
    expect(libraryCodes.filter((code) => !isCountryCode(code))).toEqual([]);
    // Every two-letter combination the library refuses is refused here too.
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const refused = [...letters].flatMap((first) =>
      [...letters].map((second) => first + second).filter((code) => !countries.isValid(code)),
    );
    expect(refused.filter(isCountryCode)).toEqual([]);
    expect(refused.length + libraryCodes.length).toBe(26 * 26);
  });

  it("are upper-case codes only", () => {
    expect(isCountryCode("KE")).toBe(true);
    expect(isCountryCode("ke")).toBe(false);
    expect(isCountryCode("XX")).toBe(false);
    expect(isCountryCode("")).toBe(false);
    expect(isCountryCode("KEN")).toBe(false);
  });
});
