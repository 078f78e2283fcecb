import { testProviders } from "@pledgewatch/db/testing";
import { STAGES, STATUSES } from "@pledgewatch/domain";
import { describe, expect, it } from "vitest";
import { useFixtureDatabase } from "./stats-fixture.ts";

describe.each(testProviders)("reference procedures on %s", (provider) => {
  const caller = useFixtureDatabase(provider);

  it("lists every ISO 3166 country by name, flagging those in a live commitment", async () => {
    const countries = await caller().reference.countries();
    expect(countries).toHaveLength(250);
    expect(countries.map((country) => country.name)).toEqual(
      [...countries.map((country) => country.name)].sort((a, b) => a.localeCompare(b, "en")),
    );
    // Japan appears only in the deleted commitment c8; France only commits (to a forum).
    expect(countries.filter((country) => country.involved)).toEqual([
      { id: "CN", name: "China", involved: true },
      { id: "FR", name: "France", involved: true },
      { id: "KE", name: "Kenya", involved: true },
      { id: "TZ", name: "Tanzania", involved: true },
      { id: "US", name: "United States", involved: true },
    ]);
    expect(countries.find((country) => country.id === "JP")).toEqual({
      id: "JP",
      name: "Japan",
      involved: false,
    });
  });

  it("serves statuses, stages and themes with labels and definitions", async () => {
    const statuses = await caller().reference.statuses();
    expect(statuses.map((entry) => entry.status)).toEqual(STATUSES);
    expect(statuses[0]).toMatchObject({ status: "not_assessed", label: "Not assessed" });
    expect(statuses[0]?.definition).toContain("not the same as no progress");

    const stages = await caller().reference.stages();
    expect(stages.map((entry) => entry.stage)).toEqual(STAGES);
    expect(stages[2]).toEqual({
      stage: "agreement",
      label: "Agreement",
      definition: "Both sides have agreed or signed it.",
    });

    const themes = await caller().reference.themes();
    expect(themes).toHaveLength(14);
    expect(themes.find((theme) => theme.slug === "maritime-security")).toEqual({
      slug: "maritime-security",
      name: "Maritime security",
      definition:
        "Security at sea and on coasts: coast guards, navies, ports, piracy and illegal fishing.",
    });
  });
});
