import { describe, expect, it } from "vitest";
import {
  assertStatusChange,
  statusAfterEvent,
  statusInEffectOn,
  type StatusChange,
} from "./status-transitions.ts";

const TODAY = "2025-06-30";
const change = (overrides: Partial<StatusChange>): StatusChange => ({
  from: "not_assessed",
  to: "in_progress",
  occurredOn: "2025-06-01",
  ...overrides,
});

describe("status transitions", () => {
  it("allows a move to an open status without evidence", () => {
    expect(() => assertStatusChange(change({}), TODAY)).not.toThrow();
    expect(() =>
      assertStatusChange(change({ from: "in_progress", to: "stalled" }), TODAY),
    ).not.toThrow();
  });

  it("refuses a move to the same status or back to not_assessed", () => {
    expect(() => assertStatusChange(change({ from: "stalled", to: "stalled" }), TODAY)).toThrow(
      expect.objectContaining({ code: "INVALID_TRANSITION", field: "to" }),
    );
    expect(() =>
      assertStatusChange(change({ from: "in_progress", to: "not_assessed" }), TODAY),
    ).toThrow(expect.objectContaining({ code: "INVALID_TRANSITION" }));
  });

  it.each(["fulfilled", "partially_fulfilled", "broken"] as const)(
    "requires evidence to mark a commitment %s",
    (to) => {
      expect(() => assertStatusChange(change({ to }), TODAY)).toThrow(
        expect.objectContaining({ code: "VALIDATION", field: "evidenceUrl" }),
      );
      expect(() =>
        assertStatusChange(change({ to, evidenceUrl: "https://example.org/report" }), TODAY),
      ).not.toThrow();
      expect(() =>
        assertStatusChange(change({ to, evidenceStatementId: "s1" }), TODAY),
      ).not.toThrow();
    },
  );

  it("requires evidence to reopen a final status", () => {
    expect(() => assertStatusChange(change({ from: "broken", to: "in_progress" }), TODAY)).toThrow(
      /Reopening a broken commitment needs evidence/,
    );
  });

  it("accepts today and the past but not the future", () => {
    expect(() => assertStatusChange(change({ occurredOn: TODAY }), TODAY)).not.toThrow();
    expect(() => assertStatusChange(change({ occurredOn: "2025-07-01" }), TODAY)).toThrow(
      expect.objectContaining({ code: "VALIDATION", field: "occurredOn" }),
    );
  });
});

describe("status from events", () => {
  const events = [
    { fromStatus: "in_progress", toStatus: "stalled", occurredOn: "2025-03-01" },
    { fromStatus: "not_assessed", toStatus: "in_progress", occurredOn: "2025-01-10" },
  ] as const;

  it("finds the status in effect on a day from the events before it", () => {
    expect(statusInEffectOn(events, "2025-02-01", "stalled")).toBe("in_progress");
    expect(statusInEffectOn(events, "2025-03-01", "stalled")).toBe("stalled");
    expect(statusInEffectOn(events, "2024-12-31", "stalled")).toBe("not_assessed");
    expect(statusInEffectOn([], "2024-12-31", "stalled")).toBe("stalled");
  });

  it("lets only the latest event by date set the status", () => {
    const current = { status: "stalled", latestOccurredOn: "2025-03-01" } as const;
    expect(statusAfterEvent({ to: "broken", occurredOn: "2025-02-01" }, current)).toEqual({
      status: "stalled",
      lastEventOn: "2025-03-01",
    });
    expect(statusAfterEvent({ to: "broken", occurredOn: "2025-03-01" }, current)).toEqual({
      status: "broken",
      lastEventOn: "2025-03-01",
    });
    expect(
      statusAfterEvent(
        { to: "in_progress", occurredOn: "2024-05-05" },
        {
          status: "not_assessed",
          latestOccurredOn: null,
        },
      ),
    ).toEqual({ status: "in_progress", lastEventOn: "2024-05-05" });
  });
});
