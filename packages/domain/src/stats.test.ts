import { describe, expect, it } from "vitest";
import {
  daysBetween,
  decodeFollowUpCursor,
  emptyStatusCounts,
  encodeFollowUpCursor,
  nextMonth,
  percentOf,
  statusMatrix,
  statusTimeline,
} from "./stats.ts";

describe("stats helpers", () => {
  it("zero-fills matrix rows in the given order and adds cells of the same row and status", () => {
    const rows = statusMatrix(
      [
        { id: "b", label: "B" },
        { id: "a", label: "A" },
      ],
      [
        { id: "a", status: "fulfilled", count: 2 },
        { id: "a", status: "fulfilled", count: 1 },
        { id: "a", status: "broken", count: 4 },
        { id: "unknown", status: "broken", count: 9 },
      ],
    );
    expect(rows).toEqual([
      { id: "b", label: "B", counts: emptyStatusCounts(), total: 0 },
      {
        id: "a",
        label: "A",
        counts: { ...emptyStatusCounts(), fulfilled: 3, broken: 4 },
        total: 7,
      },
    ]);
  });

  it("steps months across a year end", () => {
    expect(nextMonth("2025-09")).toBe("2025-10");
    expect(nextMonth("2025-12")).toBe("2026-01");
  });

  it("builds a gap-free timeline of running counts", () => {
    const timeline = statusTimeline(
      [
        { month: "2025-11", count: 2 },
        { month: "2026-01", count: 1 },
      ],
      [{ month: "2026-02", fromStatus: null, toStatus: "in_progress", count: 1 }],
    );
    expect(timeline.map((month) => [month.month, month.atMonthEnd.not_assessed])).toEqual([
      ["2025-11", 2],
      ["2025-12", 2],
      ["2026-01", 3],
      ["2026-02", 2],
    ]);
    expect(timeline[3]?.events.in_progress).toBe(1);
    expect(timeline[3]?.atMonthEnd.in_progress).toBe(1);
    expect(statusTimeline([], [])).toEqual([]);
  });

  it("counts days and percentages", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2026-01-01", "2025-12-31")).toBe(-1);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(0, 0)).toBeNull();
  });

  it("round-trips a follow-up cursor", () => {
    const cursor = encodeFollowUpCursor({ sortKey: "2025-06-31", id: "cm1abc" });
    expect(cursor).toBe("2025-06-31~cm1abc");
    expect(decodeFollowUpCursor(cursor)).toEqual({ sortKey: "2025-06-31", id: "cm1abc" });
  });
});
