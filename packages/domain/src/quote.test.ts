import { describe, expect, it } from "vitest";
import { AppError } from "./errors.ts";
import { assertQuoteMatches, locatePassage } from "./quote.ts";

const text = "Kenya will train officers. Kenya will share intelligence.";

describe("quotes", () => {
  it("locates a passage that occurs once", () => {
    const span = locatePassage(text, "share intelligence");
    expect(text.slice(span.start, span.end)).toBe("share intelligence");
  });

  it("refuses a passage that is missing or ambiguous, naming the field", () => {
    expect(() => locatePassage(text, "buy ships")).toThrow(AppError);
    expect(() => locatePassage(text, "Kenya will")).toThrow(/more than once/);
  });

  it("checks the quoted text against the statement slice", () => {
    expect(() => assertQuoteMatches(text, { start: 0, end: 5, text: "Kenya" })).not.toThrow();
    const mismatch = () => assertQuoteMatches(text, { start: 0, end: 5, text: "Kenia" });
    expect(mismatch).toThrow(expect.objectContaining({ code: "VALIDATION", field: "text" }));
    expect(() => assertQuoteMatches(text, { start: 5, end: 5, text: "" })).toThrow(/start < end/);
    expect(() => assertQuoteMatches(text, { start: 0, end: 999, text })).toThrow(/ends after/);
  });

  it("uses JavaScript string indices, so text after astral characters lines up", () => {
    const withEmoji = "🇰🇪 Kenya pledges training";
    const span = locatePassage(withEmoji, "pledges training");
    expect(() => assertQuoteMatches(withEmoji, span)).not.toThrow();
  });
});
