import nlp from "compromise";

export interface Span {
  start: number;
  end: number;
}

/**
 * The statement's sentences as offsets. compromise's tokenizer finds the sentence ends
 * (abbreviations such as "Dr." included) without tagging, which keeps a 5,000-word statement fast;
 * a line break also ends a sentence (headlines and datelines carry no full stop).
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let cursor = 0;
  const sentences = nlp.tokenize(text).json({ text: true }) as { text: string }[];
  for (const { text: sentence } of sentences) {
    const trimmed = sentence.trim();
    // The tokenizer's text is the statement's own characters; indexOf from the cursor maps it back.
    const at = trimmed ? text.indexOf(trimmed, cursor) : -1;
    if (at === -1) continue;
    cursor = at + trimmed.length;
    for (const line of trimmed.matchAll(/[^\n]*[^\s]/g)) {
      const start = at + line.index + (line[0].length - line[0].trimStart().length);
      spans.push({ start, end: at + line.index + line[0].length });
    }
  }
  return spans;
}
