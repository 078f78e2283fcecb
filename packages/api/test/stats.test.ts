import { testProviders } from "@pledgewatch/db/testing";
import { emptyStatusCounts, type StatusCounts } from "@pledgewatch/domain";
import { describe, expect, it } from "vitest";
import { useFixtureDatabase } from "./stats-fixture.ts";

/** A full status row from the non-zero cells. */
const counts = (cells: Partial<StatusCounts>): StatusCounts => ({
  ...emptyStatusCounts(),
  ...cells,
});

const asOf = "2026-01-01";

// Live fixture commitments (c8 is deleted): c1 CN→KE in_progress, c2 CN→KE+TZ fulfilled,
// c3 KE→CN not_assessed, c4 US→KE stalled, c5 FR→(African Union) broken, c6 CN→TZ
// partially_fulfilled, c7 KE→TZ not_assessed. Themes, stages and dates: stats-fixture.ts.
describe.each(testProviders)("stats procedures on %s", (provider) => {
  const caller = useFixtureDatabase(provider);

  it("headline: totals, fulfilled share of the assessed, overdue and stale", async () => {
    // Assessed = 7 − 2 not_assessed = 5, of which 1 fulfilled = 20 %. Overdue on 2026-01-01:
    // c1 ("2025"), c3 (2025-10-15), c7 ("2025-12"). Stale (180 days): c1, c3, c4.
    expect(await caller().stats.headline({ asOf })).toEqual({
      total: 7,
      byStatus: counts({
        not_assessed: 2,
        in_progress: 1,
        stalled: 1,
        partially_fulfilled: 1,
        fulfilled: 1,
        broken: 1,
      }),
      fulfilledPercent: 20,
      inProgress: 1,
      overdue: 3,
      stale: 3,
      notAssessed: 2,
    });
    // Involving China: c1, c2, c3, c6; 1 fulfilled of 3 assessed.
    expect(await caller().stats.headline({ asOf, countries: ["CN"] })).toMatchObject({
      total: 4,
      fulfilledPercent: 33.3,
      inProgress: 1,
      overdue: 2,
      stale: 2,
      notAssessed: 1,
    });
    // A deadline of "2025" runs to 2025-12-31: only c3 is overdue that day.
    expect(await caller().stats.headline({ asOf: "2025-12-31" })).toMatchObject({ overdue: 1 });
  });

  it("headline: no assessed commitment gives no fulfilled percentage", async () => {
    const headline = await caller().stats.headline({ asOf, statuses: ["not_assessed"] });
    expect(headline).toMatchObject({ total: 2, fulfilledPercent: null, notAssessed: 2 });
  });

  it("byStatusAndTheme: all themes, zero-filled; a commitment counts under each theme", async () => {
    const rows = await caller().stats.byStatusAndTheme({ asOf });
    expect(rows).toHaveLength(14);
    expect(rows.map((row) => row.label)).toEqual([...rows.map((row) => row.label)].sort());
    const byId = Object.fromEntries(rows.map((row) => [row.id, row]));
    expect(byId.training).toEqual({
      id: "training",
      label: "Training",
      counts: counts({ in_progress: 1, not_assessed: 1, partially_fulfilled: 1 }),
      total: 3,
    });
    expect(byId.equipment?.counts).toEqual(counts({ in_progress: 1, stalled: 1, not_assessed: 1 }));
    expect(byId["maritime-security"]?.counts).toEqual(
      counts({ fulfilled: 1, partially_fulfilled: 1 }),
    );
    expect(rows.reduce((sum, row) => sum + row.total, 0)).toBe(8);

    // Programme stage: c1 (training, equipment) and c6 (training, maritime-security).
    const programme = await caller().stats.byStatusAndTheme({ asOf, stages: ["programme"] });
    const filtered = Object.fromEntries(programme.map((row) => [row.id, row.counts]));
    expect(filtered.training).toEqual(counts({ in_progress: 1, partially_fulfilled: 1 }));
    expect(filtered.equipment).toEqual(counts({ in_progress: 1 }));
    expect(filtered["maritime-security"]).toEqual(counts({ partially_fulfilled: 1 }));
    expect(programme.reduce((sum, row) => sum + row.total, 0)).toBe(4);
  });

  it("byStatusAndCountry: committing and counterpart countries, by name", async () => {
    expect(await caller().stats.byStatusAndCountry({ asOf })).toEqual([
      {
        id: "CN",
        label: "China",
        counts: counts({ in_progress: 1, fulfilled: 1, not_assessed: 1, partially_fulfilled: 1 }),
        total: 4,
      },
      { id: "FR", label: "France", counts: counts({ broken: 1 }), total: 1 },
      {
        id: "KE",
        label: "Kenya",
        counts: counts({ in_progress: 1, fulfilled: 1, not_assessed: 2, stalled: 1 }),
        total: 5,
      },
      {
        id: "TZ",
        label: "Tanzania",
        counts: counts({ fulfilled: 1, partially_fulfilled: 1, not_assessed: 1 }),
        total: 3,
      },
      { id: "US", label: "United States", counts: counts({ stalled: 1 }), total: 1 },
    ]);
    // Not assessed: c3 (KE→CN) and c7 (KE→TZ).
    const notAssessed = await caller().stats.byStatusAndCountry({
      asOf,
      statuses: ["not_assessed"],
    });
    expect(notAssessed.map((row) => [row.id, row.counts.not_assessed, row.total])).toEqual([
      ["CN", 1, 1],
      ["KE", 2, 2],
      ["TZ", 1, 1],
    ]);
  });

  it("byPair: unordered pairs with both names; non-state counterparts form none", async () => {
    const rows = await caller().stats.byPair({ asOf });
    expect(rows.map((row) => [row.id, row.label, row.counts, row.total])).toEqual([
      ["CN-KE", "China – Kenya", counts({ in_progress: 1, fulfilled: 1, not_assessed: 1 }), 3],
      ["CN-TZ", "China – Tanzania", counts({ fulfilled: 1, partially_fulfilled: 1 }), 2],
      ["KE-TZ", "Kenya – Tanzania", counts({ not_assessed: 1 }), 1],
      ["KE-US", "Kenya – United States", counts({ stalled: 1 }), 1],
    ]);
    expect(rows[0]?.countries).toEqual([
      { id: "CN", name: "China" },
      { id: "KE", name: "Kenya" },
    ]);
    // The pair filter selects c1, c2, c3 (either direction); c2 also counts for China–Tanzania.
    const kenyaChina = await caller().stats.byPair({ asOf, pair: ["KE", "CN"] });
    expect(kenyaChina.map((row) => [row.id, row.total])).toEqual([
      ["CN-KE", 3],
      ["CN-TZ", 1],
    ]);
  });

  it("byStage: every stage, zero-filled", async () => {
    expect(await caller().stats.byStage({ asOf })).toEqual([
      { id: "aspiration", label: "Aspiration", counts: counts({ stalled: 1 }), total: 1 },
      {
        id: "pledge",
        label: "Pledge",
        counts: counts({ fulfilled: 1, broken: 1, not_assessed: 1 }),
        total: 3,
      },
      { id: "agreement", label: "Agreement", counts: counts({ not_assessed: 1 }), total: 1 },
      {
        id: "programme",
        label: "Programme",
        counts: counts({ in_progress: 1, partially_fulfilled: 1 }),
        total: 2,
      },
    ]);
    // Equipment: c1 (programme), c4 (aspiration), c7 (pledge).
    const equipment = await caller().stats.byStage({ asOf, themes: ["equipment"] });
    expect(equipment.map((row) => [row.id, row.counts])).toEqual([
      ["aspiration", counts({ stalled: 1 })],
      ["pledge", counts({ not_assessed: 1 })],
      ["agreement", counts({})],
      ["programme", counts({ in_progress: 1 })],
    ]);
  });

  it("overTime: events per month and running counts from entry months", async () => {
    // Entry months: c4 2023-11, c2 2024-01 ("2024"), c1 2024-03, c5 2024-09, c6 2025-01,
    // c3 2025-06; c7 has no date at all. Months run 2023-11 … 2025-08 (2 + 12 + 8 = 22).
    const { months, undated } = await caller().stats.overTime({ asOf });
    expect(undated).toBe(1);
    expect(months).toHaveLength(22);
    expect(months[0]?.month).toBe("2023-11");
    const month = (id: string) => months.find((entry) => entry.month === id);
    expect(month("2023-12")).toEqual({
      month: "2023-12",
      events: counts({}),
      atMonthEnd: counts({ not_assessed: 1 }),
    });
    // c2 enters; c4 moves to in_progress.
    expect(month("2024-01")).toEqual({
      month: "2024-01",
      events: counts({ in_progress: 1 }),
      atMonthEnd: counts({ not_assessed: 1, in_progress: 1 }),
    });
    expect(month("2024-06")?.atMonthEnd).toEqual(counts({ in_progress: 3 }));
    // c6 enters, c5 is broken.
    expect(month("2025-01")).toEqual({
      month: "2025-01",
      events: counts({ broken: 1 }),
      atMonthEnd: counts({ not_assessed: 1, in_progress: 3, broken: 1 }),
    });
    expect(months.at(-1)).toEqual({
      month: "2025-08",
      events: counts({ partially_fulfilled: 1 }),
      atMonthEnd: counts({
        not_assessed: 1,
        in_progress: 1,
        stalled: 1,
        partially_fulfilled: 1,
        fulfilled: 1,
        broken: 1,
      }),
    });

    // Only c4 (US): 2023-11 … 2025-03 = 17 months.
    const american = await caller().stats.overTime({ asOf, countries: ["US"] });
    expect(american.undated).toBe(0);
    expect(american.months).toHaveLength(17);
    expect(american.months.filter((entry) => entry.events.in_progress > 0)).toHaveLength(1);
    expect(american.months.at(-1)).toEqual({
      month: "2025-03",
      events: counts({ stalled: 1 }),
      atMonthEnd: counts({ stalled: 1 }),
    });
  });

  it("upcomingDeadlines: open commitments due within N days, soonest first", async () => {
    // Open deadlines after 2026-01-01: c6 2026-01-15, c4 "2026-02" (→ 02-28); c5 (broken,
    // 2026-01-20) is final. 2026-01-01 + 58 days = 2026-02-28.
    const due = await caller().stats.upcomingDeadlines({ asOf, withinDays: 58 });
    expect(due.map((row) => [row.id, row.deadline, row.daysLeft])).toEqual([
      ["c6", "2026-01-15", 14],
      ["c4", "2026-02-28", 58],
    ]);
    expect(due[1]?.counterparts).toEqual([{ id: "KE", name: "Kenya" }]);
    const within57 = await caller().stats.upcomingDeadlines({ asOf, withinDays: 57 });
    expect(within57.map((row) => row.id)).toEqual(["c6"]);
    const limited = await caller().stats.upcomingDeadlines({ asOf, withinDays: 58, limit: 1 });
    expect(limited.map((row) => row.id)).toEqual(["c6"]);
    const aspirations = await caller().stats.upcomingDeadlines({
      asOf,
      withinDays: 60,
      stages: ["aspiration"],
    });
    expect(aspirations.map((row) => row.id)).toEqual(["c4"]);
    // Due on the day itself: zero days left.
    const today = await caller().stats.upcomingDeadlines({ asOf: "2026-01-15", withinDays: 0 });
    expect(today.map((row) => [row.id, row.daysLeft])).toEqual([["c6", 0]]);
  });

  it("rejects an invalid filter as a validation error", async () => {
    await expect(caller().stats.byStage({ asOf: "2025-13" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
