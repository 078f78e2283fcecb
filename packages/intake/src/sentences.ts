import nlp from "compromise";

export interface Span {
  start: number;
  end: number;
}

/**
 * compromise keeps a quotation of several sentences together ("…Service. We want…,” said X.):
 * a full stop after a word of four or more letters, then a capital, ends a sentence there too.
 * Short words before the stop ("Dr.", "Gen.", "U.S.") are abbreviations and do not.
 */
const INNER_SENTENCE_END = /(?<=(?:\p{L}{4,}|\p{Ll}{2,3}|\d)[.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/gu;

/**
 * ", under a programme that the two ministries will draw up": a relative clause that opens on a
 * preposition and a noun, whose words are an aside to the promise.
 */
export const PREPOSITIONAL_RELATIVE = String.raw`,\s+(?:under|in|by|through|with) (?:a|an|the) (?:[\p{L}-]+ ){1,2}that\b`;

/** The months' names, for patterns of dates ("in May 2028", "since January"). */
export const MONTH_NAMES =
  "January|February|March|April|May|June|July|August|September|October|November|December";

/**
 * "a joint centre", "four drones", "new patrol boats": a thing introduced as new; "will patrol
 * together": the patrols to come.
 */
export const introducing = (noun: string) =>
  new RegExp(
    `\\b(?:an?|one|two|three|four|five|six|\\d+|joint|new|more|will|to)\\s+(?:[\\p{L}-]+\\s+){0,2}${noun.replace(/e?s$/, "")}(?:e?s)?\\b`,
    "iu",
  );

/** The `chars` characters before `span`, none before `from` (the start of the text, or of a clause). */
export const charsBefore = (
  text: string,
  span: Pick<Span, "start">,
  chars: number,
  from = 0,
): string => text.slice(Math.max(from, span.start - chars), span.start);

/** Where `pattern` first matches inside `span`, whatever state a global pattern was left in. */
export function firstMatch(pattern: RegExp, text: string, span: Span): Span | undefined {
  pattern.lastIndex = 0;
  const match = pattern.exec(text.slice(span.start, span.end));
  pattern.lastIndex = 0;
  return match
    ? { start: span.start + match.index, end: span.start + match.index + match[0].length }
    : undefined;
}

/** Every match of `pattern` (a global pattern) inside `span`, as offsets into `text`, lazily. */
export function* spansOf(pattern: RegExp, text: string, span: Span): Generator<Span> {
  for (const match of text.slice(span.start, span.end).matchAll(pattern)) {
    const start = span.start + match.index;
    yield { start, end: start + match[0].length };
  }
}

/** `span` cut at every match of `separator` (a global pattern), the separators left out. */
export function splitAt(text: string, span: Span, separator: RegExp): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  for (const found of spansOf(separator, text, span)) {
    pieces.push({ start, end: found.start });
    start = found.end;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/**
 * Dashes read as one character: compromise may give a hyphen back as a dash ("Palanca–Maiaky-Udobne"
 * comes back "Palanca–Maiaky–Udobne"), and each is one UTF-16 unit, so offsets still hold.
 */
const sameDashes = (words: string) => words.replace(/[\u2010-\u2015-]/g, "-");

/**
 * The statement's sentences as offsets, line by line and lazily, so that a caller can pause between
 * them on a long text. A line break ends a sentence (headlines and datelines carry no full stop);
 * within a line, compromise's tokenizer finds the sentence ends (abbreviations such as "Dr."
 * included) without tagging, which keeps a 5,000-word statement fast.
 */
export function* sentenceSpans(text: string): Generator<Span> {
  for (const line of text.matchAll(/[^\n]*\S/g)) {
    const words = line[0].trimStart();
    const comparable = sameDashes(words);
    const lineStart = line.index + line[0].length - words.length;
    let cursor = 0;
    for (const { text: sentence } of nlp.tokenize(words).json({ text: true }) as {
      text: string;
    }[]) {
      const trimmed = sentence.trim();
      // The tokenizer's text is the line's own characters but for dashes; indexOf from the
      // cursor maps it back.
      const at = trimmed ? comparable.indexOf(sameDashes(trimmed), cursor) : -1;
      if (at === -1) continue;
      cursor = at + trimmed.length;
      yield* splitAt(text, { start: lineStart + at, end: lineStart + cursor }, INNER_SENTENCE_END);
    }
  }
}
