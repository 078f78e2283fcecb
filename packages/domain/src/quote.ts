import { AppError } from "./errors.ts";

export interface QuoteSpan {
  start: number;
  end: number;
  text: string;
}

/**
 * A span's offsets (a quote's, a dismissed suggestion's) must end within its statement's text;
 * `what` names the span in the message ("The quote").
 */
export function assertEndsInText(statementText: string, end: number, what: string): void {
  if (end > statementText.length) {
    throw new AppError(
      "VALIDATION",
      `${what} ends after the statement (${statementText.length} characters)`,
      "end",
    );
  }
}

/** A quote is a span of its statement: offsets are JavaScript string indices into the text. */
export function assertQuoteMatches(statementText: string, quote: QuoteSpan): void {
  const { start, end, text } = quote;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start) {
    throw new AppError("VALIDATION", "A quote needs 0 ≤ start < end", "start");
  }
  assertEndsInText(statementText, end, "The quote");
  if (statementText.slice(start, end) !== text) {
    throw new AppError(
      "VALIDATION",
      "The quoted text differs from the statement at these offsets",
      "text",
    );
  }
}

/**
 * Finds the span of `passage` in `statementText`. The passage must occur exactly once, so a quote
 * written as text cannot silently point at the wrong place.
 */
export function locatePassage(statementText: string, passage: string): QuoteSpan {
  const start = statementText.indexOf(passage);
  if (start === -1)
    throw new AppError("VALIDATION", `Passage not found in the statement: "${passage}"`, "text");
  if (statementText.indexOf(passage, start + 1) !== -1) {
    throw new AppError(
      "VALIDATION",
      `Passage occurs more than once; quote more of it: "${passage}"`,
      "text",
    );
  }
  return { start, end: start + passage.length, text: passage };
}
