import { describe, expect, it } from "vitest";
import { rolledUpProgress } from "./rollup.ts";

describe("initiative roll-up", () => {
  it("is the rounded mean of the assessed children only", () => {
    expect(rolledUpProgress([10, null, 25])).toBe(18); // (10 + 25) / 2 = 17.5
    expect(rolledUpProgress([0, 100, 50])).toBe(50);
    expect(rolledUpProgress([33, 33, 34])).toBe(33); // 33.33…
  });

  it("is null when no child is assessed or there are none", () => {
    expect(rolledUpProgress([null, null])).toBeNull();
    expect(rolledUpProgress([])).toBeNull();
  });

  it("counts an assessed 0 as no progress, unlike an unassessed child", () => {
    expect(rolledUpProgress([0, 60])).toBe(30);
    expect(rolledUpProgress([null, 60])).toBe(60);
  });
});
