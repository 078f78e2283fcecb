import nlp from "compromise";
import type { Cue } from "./cues.ts";
import {
  introducing,
  MONTH_NAMES,
  PREPOSITIONAL_RELATIVE,
  spansOf,
  type Span,
} from "./sentences.ts";

const MAX_WORDS = 12;
const MAX_LENGTH = 80;
/**
 * Where the object of a promise ends and its purpose, its examples or its date begin. A full stop
 * after an initial or "St" is an abbreviation's ("the U.S. Army", "St. John's"), one after a word
 * ending in a letter ("Bella Unión.") is not.
 */
const TITLE_END = new RegExp(
  String.raw`[;:!?“”"(]|(?<!(?<![\p{L}\p{N}])(?:[A-Z]|St|Mr|Mrs|Ms|Dr|No))\.(?!\d)|\s(?:so as to|in order to|to (?:boost|bolster|ensure|enhance|address|tackle|help|fight|combat|counter)|in a (?<!\bpart in a )|in the wake|aimed at|particularly|in particular|such as|which|who|where|including|through|(?:next|this|last) (?:week|month|year|spring|summer|autumn|winter)|since (?:the )?\d{4}s?|(?:by|before|from|until|within|in) (?:the (?:end|middle|start|beginning) of |early |late )?(?:\d{4}|${MONTH_NAMES}|(?:next|this|last) (?:week|month|year|spring|summer|autumn|winter))|on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b`,
  "iu",
);
/**
 * "will now share", "signed today a memorandum", "will in turn station", "For our part, we…": when
 * or whose turn, not what.
 */
const LEADING_ADVERB =
  /^(?:(?:now|today|yesterday|already|still|again|soon|then|always|also|each|in turn|in return|jointly|together|is that|(?:for|on) (?:our|its|their|his|her) part),?\s+)+/i;
/** "signed in Diekirch today an implementing arrangement": where, not what (case matters). */
const LEADING_PLACE =
  /^(?:in|at)\s+(?:\p{Lu}[\p{L}’'-]*\s+){1,3}(?:(?:today|yesterday|on\s+(?:\d+\s+\p{Lu}\p{L}+|\p{Lu}\p{L}+day))\s+)?(?:on\s+)?/u;
const LEADING_FILLER =
  /^(?:\s|,|to\b|that\b|for\b|the\b|an?\b|in\b|also\b|further\b|additionally\b|like\b)+/i;
const FILLER_WORDS =
  "of|the|to|and|or|nor|but|for|with|a|an|any|every|in|on|at|from|by|its|their|our|his|her|more|as|next|this|that|has|have|is|are|will|would|within|before|after|until|during";
const TRAILING_FILLER = new RegExp(`(?:\\s+(?:${FILLER_WORDS}))+$`, "i");
const FILLER_WORD = new RegExp(`^(?:${FILLER_WORDS})$`, "i");
/** Cue words that name the act itself: "Allocate resources for…" says more than "Resources for…". */
const ACT_WORD =
  /(?:^|\s)((?:allocated|earmarked|budgeted|disbursed|funded|financed|adopted)|(?!receiving)[a-z]+ing)$/i;
/** "offered twenty places…", "we offer Norwegian ships the use of…": the offer is what is promised. */
const OFFER = /^offer(?:s|ed)?$/i;
/** "…will be completed", "…are to be installed": a passive, whose promise is named by its subject. */
const PASSIVE = /^(?:be|been|have been|has been)\s+(?!able to\b)/i;
/** "Since 2019, Central African gendarmes…", "Under the memorandum on …, …", "Second, …". */
const OPENING_PHRASE =
  /^(?:(?:since|in|from|under)\s+[^,]{1,40}|first|second|third|fourth|fifth|finally|lastly),\s*/i;
const BEEN_BEFORE_TRAINED =
  /^(?:continues? to be|(?:is|are) (?:being )?|(?:has|have) (?:\w+ )?been)\s+(?=trained\b)/i;
/** "in May 2028", "from 1 January 2028", "by 2027". */
const DATE = `(?:in|by|from|before|until) (?:(?:early|late) )?(?:(?:\\d{1,2} )?(?:${MONTH_NAMES}) )?\\d{4}`;
/** "will from January 2028 also pass…": when, before what. */
const LEADING_DATE = new RegExp(`^${DATE},?\\s+`, "i");
/** "admitted this year to the courses", "practise in May 2028 the protection…". */
const DATE_AFTER_VERB = new RegExp(
  `^(\\S+)\\s+(?:(?:this|next) (?:year|month|week|spring|summer|autumn|winter)|${DATE})\\s+`,
  "i",
);
/**
 * "Forty investigators will" before the cue "be admitted", "Crews… will continue to" before "be
 * trained by…": the modal is not the subject's ("Crews… trained by…").
 */
const MODAL_AT_END =
  /\s*\b(?:(?:will|shall|would|can|may|must)(?:\s+(?:also|again|still|now))?(?:\s+continue\s+to)?|continues?\s+to)\s*$/i;
/** Where the subject of a passive starts: the clause's start, or after ", and" joining two promises. */
const SUBJECT_START = /(?:[,;]\s+and\s+|;\s+)(?=[^,;]*$)/;

/** "pass each other, as it happens, the track of…": an aside between a verb and its object. */
const ASIDE =
  /^([^,]{1,40}?),\s+(?:as (?:it happens|they appear|soon as possible|needed)|within [^,]{1,25}|if (?:needed|necessary|requested)|where possible|in (?:turn|return)),\s+/i;

/** "Stolen vehicles: the two police services will…": a list item's label, not what is promised. */
const ITEM_LABEL = /^\s*(?:\d+\.\s+)?\p{Lu}[^:;.,]{0,40}:\s+/u;
/**
 * "Receive them", "do so", "today we", "before the end of 2026", "and ten places": words that need
 * the sentence around them to mean anything.
 */
const NEEDS_CONTEXT =
  /^(?:\S+\s+){0,2}\S+\s+(?:so|them|him|her|it|we|they|us)$|^(?:and|or|but|which|while|before|by|on|in|at|from|after|until|since|during|of|as|if|when|where|what|that|them|it|they|my|\d)\b|^(?:rise|double|triple|increase|grow|fall)\s+(?:from|to|by)\b/i;
/**
 * "…take part in their fire exercise of 2029, which they intend to hold around…", "…, under a
 * programme that the two ministries will draw up": a cue in a relative clause names the promise
 * only when the clause has no other ("…, which Morocco will extend to…").
 */
const RELATIVE_ASIDE = new RegExp(
  String.raw`(?:(?<=,\s+|\s)(?:which|who|whose|where)\b|${PREPOSITIONAL_RELATIVE})[^,;]*`,
  "giu",
);
/** ", and the patrols will also…": a second promise whose subject the first one named. */
const GOES_ON = /,\s+and\s+(?:the|these|this|those)\s+(\p{Ll}{4,})\b[^,;]{0,40}$/u;
/**
 * "…will patrol the Pemba Channel together, and the patrols will also cover the waters off
 * Shimoni": more of a promise the first cue makes, which names it better (a programme before it,
 * "…has trained officers since 2023, and the course will now be held twice a year", does not).
 */
function goesOn(before: string, cues: readonly Cue[]): boolean {
  const subject = GOES_ON.exec(before);
  if (!subject?.[1] || cues[0]?.stage === "programme") return false;
  return introducing(subject[1]).test(before.slice(0, subject.index));
}
/** "Receive them at Banjul", "do so at our base": a promise about what an earlier one named. */
const PRONOUN_OBJECT = /^\S+\s+(?:so|them|him|her|it)\b/i;

/**
 * "Keep doing so until the line opens", "Buenos Aires agreed to do so", "It was signed by the
 * Minister of…": words that name no promise but point to the one before.
 */
const POINTER =
  /^(?:(?:keep|continue to)\s+)?(?:do|doing)\s+so\b|^it was signed\b|^(?:[\p{L}’'-]+\s+){1,3}agreed to do so$/iu;

export const namesNoPromise = (title: string): boolean => POINTER.test(title);

/**
 * A short title from the words after one of the clause's cues: what is promised, without the
 * purpose clause. A leading "-ing" verb becomes its base form ("Strengthen bilateral relations").
 * The last cue names the promise most closely ("has agreed to provide…"), but in "Djibouti will
 * hand migrants…, and Ethiopia will receive them at the border" its words need the first part:
 * then an earlier cue's words, or else the clause's own first words, make the title.
 */
export function suggestTitle(text: string, clause: Span, cues: readonly Cue[]): string {
  const programme = cues.find((cue) => cue.named);
  if (programme) return text.slice(programme.start, programme.end);
  const label = ITEM_LABEL.exec(text.slice(clause.start, clause.end));
  const body = label ? { ...clause, start: clause.start + label[0].length } : clause;
  const inBody = cues.filter((cue) => cue.start >= body.start && cue.end < body.end - 2);
  // A cue after an aside's first word, before the aside's comma, is in the aside.
  const asides = [...spansOf(RELATIVE_ASIDE, text, body)];
  const outsideAsides = inBody.filter(
    (cue) => !asides.some((aside) => cue.start > aside.start && cue.start < aside.end),
  );
  const titles = (outsideAsides.length > 0 ? outsideAsides : inBody)
    .filter((cue, index, all) => index === 0 || !goesOn(text.slice(body.start, cue.start), all))
    .toReversed()
    .map((cue) => titleAfter(text, body, cue))
    .filter((title) => /\s/.test(title) && !NEEDS_CONTEXT.test(title));
  const title =
    titles.find((candidate) => !PRONOUN_OBJECT.test(candidate)) ??
    titles[0] ??
    shorten(words(text, body.start, body.end));
  return finish(title);
}

/** A title is at most twelve words: a few hundred characters beside its cue are all it can use. */
const TITLE_SOURCE = 300;
const words = (text: string, start: number, end: number) =>
  text
    .slice(start, Math.min(end, start + TITLE_SOURCE))
    .replace(/\s+/g, " ")
    .trim();

/** The promise named by the words after `cue`, or by its subject when they are a passive's. */
function titleAfter(text: string, clause: Span, cue: Cue): string {
  const cueWords = text.slice(cue.start, cue.end);
  const after = words(text, cue.end, clause.end)
    .replace(LEADING_ADVERB, "")
    .replace(LEADING_PLACE, "")
    .replace(LEADING_DATE, "")
    .replace(ASIDE, "$1 ");
  const act =
    cue.stage === "programme"
      ? ACT_WORD.exec(cueWords)?.[1]
      : OFFER.test(cueWords) && !/^to\b/i.test(after)
        ? "offer"
        : undefined;
  // "The measures were adopted at the fourth meeting…": what was adopted names it.
  if (/^(?:was|were)\s+adopted\b/i.test(cueWords)) {
    const adopted = cueWords.replace(/^(?:was|were)\s+/i, "");
    return shorten(`${subjectBefore(text, clause, cue, false)} ${adopted} ${after}`);
  }
  // "…will be admitted next year to the courses…": a cue that is itself a passive, after its modal.
  const passiveCue = /^be\s/i.test(cueWords);
  const rest = passiveCue ? `${cueWords} ${after}` : after;
  const passive = !act && PASSIVE.exec(rest);
  if (passive) {
    // "The coastal radar stations … will be upgraded by…": "Coastal radar stations … upgraded".
    // "…admitted this year to the courses…": the date after the verb would end the title there.
    const done = rest.slice(passive[0].length).replace(DATE_AFTER_VERB, "$1 ");
    return shorten(`${subjectBefore(text, clause, cue, passiveCue)} ${done}`);
  }
  // "Austrian officers have attended the Federal Police Academy's course…": guests named by their
  // country or force name the programme that hosts them ("the first two will attend" does not).
  const guests = cue.hosted
    ? subjectBefore(text, clause, cue, false).replace(MODAL_AT_END, "")
    : "";
  if (/\p{Lu}|\b(?:our|their)\b/u.test(guests)) {
    const attend = cueWords.replace(BEEN_BEFORE_TRAINED, "");
    return shorten(`${guests} ${attend} ${words(text, cue.end, clause.end)}`);
  }
  const promised = after.replace(/^be able to\s+/i, "").replace(DATE_AFTER_VERB, "$1 ");
  return shorten(act ? `${act} ${after}` : promised);
}

/**
 * The words before `cue` back to its clause's start, an opening phrase ("Since 2019, …") or an
 * ", and" that starts a second promise; without their modal when the cue is itself a passive.
 */
function subjectBefore(text: string, clause: Span, cue: Cue, dropModal: boolean): string {
  const wordsBefore = words(text, Math.max(clause.start, cue.start - TITLE_SOURCE), cue.start);
  const before = dropModal ? wordsBefore.replace(MODAL_AT_END, "") : wordsBefore;
  return before
    .slice(SUBJECT_START.exec(before)?.index ?? 0)
    .replace(/^[,;]?\s*(?:and\s+)?/, "")
    .replace(OPENING_PHRASE, "");
}

/** Up to where the purpose, the examples or the date begin, in at most twelve words. */
function shorten(phrase: string): string {
  const rest = phrase.replace(LEADING_ADVERB, "").replace(LEADING_FILLER, "");
  const end = rest.search(TITLE_END);
  return cutAtPhrase(cutAtComma(end === -1 ? rest : rest.slice(0, end)).split(" "))
    .join(" ")
    .replace(/[,\s]+$/, "")
    .replace(TRAILING_FILLER, "")
    .replace(/[,\s]+$/, "");
}

/** The title as shown: a leading verb in its base form, capitalised, at most 80 characters. */
function finish(phrase: string): string {
  let title = baseFormOfLeadingVerb(phrase);
  if (title.length > MAX_LENGTH)
    title = `${title.slice(0, MAX_LENGTH - 1).replace(/\s+\S*$/, "")}…`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** Words that open a clause or a phrase: a long title may end before one. */
const PHRASE_START =
  /^(?:and|or|but|that|which|who|whom|whose|where|when|whenever|if|unless|once|as|so|while|because|across|along|between|in|on|at|to|from|with|by|for|near|through|into|under|towards?|off)$/i;
/** "…between the two coast guards | was signed": the next words are the sentence's verb. */
const AUXILIARY = /^(?:was|were|had|can|could|may|might|must|should|shall)$/i;
/** The fewest words a title is cut back to; with fewer it keeps its twelve. */
const MIN_WORDS = 6;

/**
 * At most twelve words. Where the twelfth ends inside a phrase ("…supplied to Papua | New Guinea",
 * "…across the land | border"), the title ends before that phrase instead ("…supplied").
 */
function cutAtPhrase(words: string[]): string[] {
  if (words.length <= MAX_WORDS) return words;
  const opensPhrase = (word = "") => FILLER_WORD.test(word) || PHRASE_START.test(word);
  let end = MAX_WORDS;
  while (end > MIN_WORDS && opensPhrase(words[end - 1])) end--;
  if (opensPhrase(words[end]) || AUXILIARY.test(words[end] ?? "")) return words.slice(0, end);
  const capitalised = (word = "") => /^\p{Lu}/u.test(word);
  for (let cut = end - 1; cut >= MIN_WORDS; cut--) {
    // "Fire and Rescue Department", "the Mamoré and Guaporé": a name goes on.
    const inName =
      words[cut] === "and" && capitalised(words[cut - 1]) && capitalised(words[cut + 1]);
    if (PHRASE_START.test(words[cut] ?? "") && !inName) return words.slice(0, cut);
  }
  return words.slice(0, MAX_WORDS);
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
