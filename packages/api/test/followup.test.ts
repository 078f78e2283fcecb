import { testProviders } from "@pledgewatch/db/testing";
import { describe, expect, it } from "vitest";
import { useFixtureDatabase } from "./stats-fixture.ts";

const asOf = "2026-01-01";

// Fixture (stats-fixture.ts), open commitments and their dates:
//   c1 in_progress  target "2025"       (→ 2025-12-31)  last event 2024-06-10
//   c3 not_assessed target 2025-10-15                   no event, announced 2025-06-30
//   c4 stalled      target "2026-02"                    last event 2025-03-05
//   c6 partially    target 2026-01-15                   last event 2025-08-01
//   c7 not_assessed target "2025-12"    (→ 2025-12-31)  no event, no announcement
// c2 (fulfilled) and c5 (broken) are final; c8 is deleted (target "2024", in progress).
describe.each(testProviders)("follow-up lists on %s", (provider) => {
  const caller = useFixtureDatabase(provider);

  it("overdue: most overdue first, with days overdue", async () => {
    // 2025-10-15 → 2026-01-01 = 16 + 30 + 31 + 1 = 78 days; c1 and c7 tie on 2025-12-31 (by id).
    const { rows, nextCursor } = await caller().followUp.overdue({ asOf });
    expect(rows.map((row) => [row.id, row.deadline, row.daysOverdue])).toEqual([
      ["c3", "2025-10-15", 78],
      ["c1", "2025-12-31", 1],
      ["c7", "2025-12-31", 1],
    ]);
    expect(nextCursor).toBeNull();
    expect(rows[0]).toMatchObject({
      title: "Commitment c3",
      status: "not_assessed",
      committingCountry: { id: "KE", name: "Kenya" },
      counterparts: [{ id: "CN", name: "China" }],
    });
  });

  it("overdue: a deadline of 2025 is not overdue on 2025-12-31, and is on 2026-01-01", async () => {
    const lastDay = await caller().followUp.overdue({ asOf: "2025-12-31" });
    expect(lastDay.rows.map((row) => [row.id, row.daysOverdue])).toEqual([["c3", 77]]);
    const nextDay = await caller().followUp.overdue({ asOf: "2026-01-01" });
    expect(nextDay.rows.map((row) => row.id)).toContain("c1");
  });

  it("overdue: pages follow the cursor without gaps or repeats", async () => {
    const first = await caller().followUp.overdue({ asOf, limit: 2 });
    expect(first.rows.map((row) => row.id)).toEqual(["c3", "c1"]);
    expect(first.nextCursor).toBe("2025-12-31~c1");
    const second = await caller().followUp.overdue({
      asOf,
      limit: 2,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.rows.map((row) => row.id)).toEqual(["c7"]);
    expect(second.nextCursor).toBeNull();
  });

  it("overdue: the rest of the filter applies", async () => {
    // Involving Tanzania: c2 (final), c6 (not due), c7 (overdue).
    const tanzania = await caller().followUp.overdue({ asOf, countries: ["TZ"] });
    expect(tanzania.rows.map((row) => row.id)).toEqual(["c7"]);
  });

  it("stale: quietest first, since the last event or else the announcement", async () => {
    // 2024-06-10 → 2026-01-01 = 570 days; 2025-03-05 → 302; 2025-06-30 → 185. c6's last event
    // (2025-08-01) is 153 days back; c7 has no date to be quiet since.
    const { rows, nextCursor } = await caller().followUp.stale({ asOf });
    expect(rows.map((row) => [row.id, row.quietSince, row.daysQuiet])).toEqual([
      ["c1", "2024-06-10", 570],
      ["c4", "2025-03-05", 302],
      ["c3", "2025-06-30", 185],
    ]);
    expect(nextCursor).toBeNull();
  });

  it("stale: staleDays sets the threshold (quiet for more than N days)", async () => {
    const quiet301 = await caller().followUp.stale({ asOf, staleDays: 301 });
    expect(quiet301.rows.map((row) => row.id)).toEqual(["c1", "c4"]);
    const quiet302 = await caller().followUp.stale({ asOf, staleDays: 302 });
    expect(quiet302.rows.map((row) => row.id)).toEqual(["c1"]);
  });

  it("stale: pages and filters", async () => {
    const first = await caller().followUp.stale({ asOf, limit: 1 });
    expect(first.rows.map((row) => row.id)).toEqual(["c1"]);
    const second = await caller().followUp.stale({
      asOf,
      limit: 1,
      cursor: first.nextCursor ?? undefined,
    });
    expect(second.rows.map((row) => row.id)).toEqual(["c4"]);
    // Equipment: c1, c4 (stale) and c7 (never dated).
    const equipment = await caller().followUp.stale({ asOf, themes: ["equipment"] });
    expect(equipment.rows.map((row) => row.id)).toEqual(["c1", "c4"]);
  });

  it("rejects a malformed cursor", async () => {
    await expect(caller().followUp.stale({ asOf, cursor: "c1" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });
});
