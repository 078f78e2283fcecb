import nlp from "compromise";
import type { Cue } from "./cues.ts";
import type { Span } from "./sentences.ts";

const MAX_WORDS = 12;
const MAX_LENGTH = 80;
/** Where the object of a promise ends and its purpose, its examples or its date begin. */
const TITLE_END =
  /[;:!?“”"(]|\.(?!\d)|\s(?:so as to|in order to|to (?:boost|bolster|ensure|enhance|address|tackle|help|fight|combat|counter)|in a |in the wake|aimed at|particularly|in particular|such as|which|who|including|through|(?:next|this|last) (?:week|month|year|spring|summer|autumn|winter)|(?:by|before|from|until|within|in) (?:the end of |early |late )?(?:\d{4}|January|February|March|April|May|June|July|August|September|October|November|December)|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b/i;
const LEADING_FILLER =
  /^(?:\s|,|to\b|that\b|for\b|the\b|an?\b|in\b|also\b|further\b|additionally\b)+/i;
const TRAILING_FILLER =
  /(?:\s+(?:of|the|to|and|for|with|a|an|in|on|at|from|by|its|their|our|his|her|more|as|next|this))+$/i;
/** Cue words that name the act itself: "Allocate resources for…" says more than "Resources for…". */
const ACT_WORD =
  /(?:^|\s)((?:allocated|earmarked|budgeted|disbursed|funded|financed|adopted)|(?!receiving)[a-z]+ing)$/i;

/**
 * A short title from the words after the clause's last cue: what is promised, without the
 * purpose clause. A leading "-ing" verb becomes its base form ("Strengthen bilateral relations").
 */
export function suggestTitle(text: string, clause: Span, cues: readonly Cue[]): string {
  const programme = cues.find((cue) => cue.named);
  if (programme) return text.slice(programme.start, programme.end);
  const last = cues.filter((cue) => cue.end < clause.end - 2).at(-1);
  const act =
    last?.stage === "programme" ? ACT_WORD.exec(text.slice(last.start, last.end))?.[1] : undefined;
  const after = text
    .slice(last ? last.end : clause.start, clause.end)
    .replace(/\s+/g, " ")
    .trim();
  // "…will be completed", "…will be held": the promise is named by the words before the cue.
  const first = cues.find((cue) => cue.start >= clause.start);
  const passive = first && !act && /^(?:be|been|have|there)\b(?! able to)/i.test(after);
  const named = passive
    ? text.slice(clause.start, first.start).replace(/\s+/g, " ")
    : after.replace(/^be able to\s+/i, "");
  const rest = (act ? `${act} ${named}` : named).replace(LEADING_FILLER, "");
  const end = rest.search(TITLE_END);
  let title = cutAtComma(end === -1 ? rest : rest.slice(0, end));
  title = title
    .split(" ")
    .slice(0, MAX_WORDS)
    .join(" ")
    .replace(/[,\s]+$/, "");
  title = title.replace(TRAILING_FILLER, "").replace(/[,\s]+$/, "");
  if (title.split(" ").length < 2) {
    title = text.slice(clause.start, clause.end).split(/\s+/).slice(0, MAX_WORDS).join(" ");
  }
  title = baseFormOfLeadingVerb(title);
  if (title.length > MAX_LENGTH)
    title = `${title.slice(0, MAX_LENGTH - 1).replace(/\s+\S*$/, "")}…`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** A comma ends the title once it has a few words: earlier commas are inside a list. */
function cutAtComma(words: string): string {
  let from = 0;
  for (let comma = words.indexOf(",", from); comma !== -1; comma = words.indexOf(",", from)) {
    if (words.slice(0, comma).split(" ").length >= 5) return words.slice(0, comma);
    from = comma + 1;
  }
  return words;
}

interface VerbTransforms {
  toInfinitive: (word: string, model: unknown, tense: "Gerund" | "PastTense") => string;
}
// compromise's own conjugation tables, called without tagging a sentence (which costs milliseconds).
const world = nlp.world() as unknown as {
  model: unknown;
  methods: { two: { transform: { verb: VerbTransforms } } };
};
const { toInfinitive } = world.methods.two.transform.verb;

function baseFormOfLeadingVerb(title: string): string {
  const [first = "", ...rest] = title.split(" ");
  const tense = /^[a-z]+ing$/i.test(first)
    ? "Gerund"
    : /^[a-z]+ed$/i.test(first)
      ? "PastTense"
      : null;
  if (!tense) return title;
  const base = toInfinitive(first.toLowerCase(), world.model, tense);
  return base ? [base, ...rest].join(" ") : title;
}
