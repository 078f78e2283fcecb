import { describe, expect, it } from "vitest";
import { changedFields } from "./audit.ts";

describe("changed fields", () => {
  it("lists only the fields whose value changed, with before and after", () => {
    const before = { title: "Train officers", targetOn: null, themes: ["training"], version: 1 };
    const after = {
      title: "Train 200 officers",
      targetOn: "2025",
      themes: ["training"],
      version: 2,
    };
    expect(changedFields(before, after)).toEqual({
      title: { before: "Train officers", after: "Train 200 officers" },
      targetOn: { before: null, after: "2025" },
      version: { before: 1, after: 2 },
    });
  });

  it("compares lists by content and ignores absent fields", () => {
    expect(changedFields({ themes: ["a", "b"] }, { themes: ["a", "b"], note: undefined })).toEqual(
      {},
    );
    expect(changedFields({ themes: ["a"] }, { themes: ["a", "b"] })).toEqual({
      themes: { before: ["a"], after: ["a", "b"] },
    });
  });
});
