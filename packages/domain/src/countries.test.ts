import { describe, expect, it } from "vitest";
import { listCountries } from "./countries.ts";
import { COUNTRY_CODES } from "./country-codes.ts";

describe("country names", () => {
  const names = new Map(listCountries().map(({ id, name }) => [id, name]));

  it("name every country by its common English name", () => {
    expect([...names.keys()].sort()).toEqual([...COUNTRY_CODES].sort());
    expect([...names].filter(([id, name]) => name === id)).toEqual([]);
    expect(names.get("TR")).toBe("Türkiye");
    expect(names.get("KR")).toBe("South Korea");
    expect(names.get("MD")).toBe("Moldova");
    expect(names.get("LA")).toBe("Laos");
    expect(names.get("GB")).toBe("United Kingdom");
    expect(names.get("AE")).toBe("United Arab Emirates");
    expect(names.get("CN")).toBe("China");
  });

  it("never give two countries the same name", () => {
    expect(names.get("CD")).toBe("DR Congo");
    expect(names.get("CG")).toBe("Republic of the Congo");
    expect(new Set(names.values()).size).toBe(names.size);
  });
});
