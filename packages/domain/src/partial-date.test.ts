import { describe, expect, it } from "vitest";
import { fullDateSchema, partialDateSchema } from "./field-schemas.ts";
import { addDays, endsBeforeRange, lastDayOf } from "./partial-date.ts";

describe("partial dates", () => {
  it.each(["2023", "2023-09", "2023-09-12", "2024-02-29"])("accepts %s", (value) => {
    expect(partialDateSchema.parse(value)).toBe(value);
  });

  it.each(["23", "2023-13", "2023-02-30", "2023-9-1", "12/09/2023", "2023-09-12T00:00", ""])(
    "rejects %j",
    (value) => {
      expect(partialDateSchema.safeParse(value).success).toBe(false);
    },
  );

  it("requires a day for full dates", () => {
    expect(fullDateSchema.safeParse("2023-09").success).toBe(false);
    expect(fullDateSchema.parse("2023-09-01")).toBe("2023-09-01");
  });

  it("ends a year or month on its last day", () => {
    expect(lastDayOf("2025")).toBe("2025-12-31");
    expect(lastDayOf("2024-02")).toBe("2024-02-29");
    expect(lastDayOf("2023-02")).toBe("2023-02-28");
    expect(lastDayOf("2023-06-15")).toBe("2023-06-15");
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2023-12-31", 1)).toBe("2024-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
  });
});

describe("endsBeforeRange", () => {
  it("selects exactly the partial dates whose last day is before the day", () => {
    const day = "2025-06-10";
    const range = endsBeforeRange(day);
    const candidates = [
      "2024",
      "2025",
      "2026",
      "2025-05",
      "2025-06",
      "2025-07",
      "2025-06-09",
      "2025-06-10",
      "2025-06-11",
    ];
    const selected = candidates.filter((value) => value < range.lt && !range.notIn.includes(value));
    expect(selected).toEqual(candidates.filter((value) => lastDayOf(value) < day));
  });
});
