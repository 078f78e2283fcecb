import { describe, expect, it } from "vitest";
import { isOverdue, isStale } from "./follow-up.ts";

describe("overdue", () => {
  it("is overdue once the last day of the target has passed and the status is not final", () => {
    expect(isOverdue({ status: "in_progress", targetOn: "2025" }, "2025-12-31")).toBe(false);
    expect(isOverdue({ status: "in_progress", targetOn: "2025" }, "2026-01-01")).toBe(true);
    expect(isOverdue({ status: "not_assessed", targetOn: "2025-06" }, "2025-07-01")).toBe(true);
  });

  it("is never overdue without a target or once final", () => {
    expect(isOverdue({ status: "stalled", targetOn: null }, "2030-01-01")).toBe(false);
    expect(isOverdue({ status: "fulfilled", targetOn: "2020" }, "2030-01-01")).toBe(false);
    expect(isOverdue({ status: "broken", targetOn: "2020" }, "2030-01-01")).toBe(false);
  });
});

describe("stale", () => {
  it("is stale after the given number of days without activity", () => {
    expect(isStale({ status: "in_progress", lastActivityOn: "2025-01-01" }, "2025-06-30")).toBe(
      false,
    );
    expect(
      isStale({ status: "in_progress", lastActivityOn: "2025-01-01" }, "2025-06-30", 100),
    ).toBe(true);
    expect(isStale({ status: "in_progress", lastActivityOn: "2023" }, "2024-06-29")).toBe(true);
  });

  it("is never stale once final or with no known activity", () => {
    expect(isStale({ status: "fulfilled", lastActivityOn: "2000-01-01" }, "2025-01-01")).toBe(
      false,
    );
    expect(isStale({ status: "in_progress", lastActivityOn: null }, "2025-01-01")).toBe(false);
  });
});
