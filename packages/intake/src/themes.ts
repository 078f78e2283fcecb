import {
  GENERAL_COOPERATION_WORDS,
  GIVEN_THINGS,
  THEME_LEXICON,
  type ThemeSlug,
} from "@pledgewatch/domain";
import { charsBefore, spansOf, type Span } from "./sentences.ts";

export interface ThemeMatch {
  theme: ThemeSlug;
  start: number;
  end: number;
}

/**
 * One word of a lexicon entry: `*` for any ending, "-" for a hyphen, a space or nothing; words of
 * an entry are joined by spaces or hyphens ("early warning": "early-warning systems").
 */
function wordPattern(word: string): string {
  const stem = word.endsWith("*") ? word.slice(0, -1) : word;
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/-/g, "[-\\s]?");
  return word.endsWith("*") ? `${escaped}[\\p{L}-]*` : escaped;
}

/** Up to ten words between the parts of an entry written "patrol* … together". */
const GAP = "(?:\\s+[\\p{L}\\p{N}’'-]+){0,10}?\\s+";

/**
 * A lexicon entry as a pattern: words on boundaries, `*` any ending, "…" a gap, and an "s"/"es"
 * plural after a last word without `*`.
 */
function termPattern(term: string): string {
  const body = term
    .split(" … ")
    .map((part) => part.split(" ").map(wordPattern).join("[\\s-]+"))
    .join(GAP);
  return term.endsWith("*") ? body : `${body}(?:s|es)?`;
}

/**
 * Longest terms first, so a match reports "surveillance equipment" rather than "equipment". The
 * word boundaries stand once around all the terms, which keeps the pattern fast on long texts;
 * "cross-border" is about crossing, not guarding, a border: the prefix is not a boundary.
 */
const patternOf = (terms: readonly string[]) =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?<!cross-)(?:${[...terms]
      .sort((a, b) => b.length - a.length)
      .map(termPattern)
      .join("|")})(?![\\p{L}\\p{N}])`,
    "giu",
  );

/**
 * A border named as the place where something happens ("smuggled across the border", "on both
 * sides of the border", "camps near the border") is not border management.
 */
const BORDER_AS_PLACE =
  /\b(?:across|on|sides of|near)\s+(?:the|their|our|its|a)?\s*(?:two (?:countries|nations)[’']\s*)?(?:shared|common|maritime|land|southern|northern|eastern|western)?\s*$/i;

/** "armed groups in the border area", "the Elegu border market": places near a border. */
const BORDER_PLACE = /^\s+(?:areas?|districts?|towns?|forests?|markets?|communit(?:y|ies))\b/i;
const BORDER_AGENCY = /^border (?:guard|police)s?$/i;
/** "a military train or convoy", "patrol on trains", "by train": the vehicle, not the verb. */
const A_TRAIN = /\b(?:a|the|each|every|military|freight|passenger|full|on|by|aboard)\s+$/i;
/** "We will, of course, …": a manner of speaking, not a course. */
const OF_COURSE = /\bof\s+$/i;
/** "a joint operations room", "a joint security operations centre": a place of command. */
const A_ROOM = /^\s+(?:room|centre|center)\b/i;
/**
 * "the traffic in fuel, weapons and ammunition", "every firearm they seize", "every vehicle
 * recovered", "suspect vessels": goods of crime, not supplies.
 */
const CONTRABAND =
  /\b(?:seiz\w*|smuggl\w*|traffic\w*|illicit|illegal|stolen|recovered|suspect\w*)\b/i;
const CONTRABAND_WITHIN = 40;
/** Patrols on a lake or a river are not at sea. */
const INLAND_WATERS = /\b(?:lake|river)s?\b/i;
const SEA_WORDS = /\b(?:sea|seas|ocean|maritime|coast\w*|naval|navy|navies|port|ports|offshore)\b/i;
const BARE_BORDER = /^(?:borders?|boundar(?:y|ies)|frontiers?)$/i;
/** "the sea border", "the maritime boundary": a line at sea, guarded by navies, not a land border. */
const AT_SEA = /\b(?:sea|maritime|ocean)\s+$/i;
/** "from the border to Novo Selo", "between the border and Dire Dawa": where a route starts. */
const ROUTE_END = /\b(?:from|between)\s+the\s+$/i;
/** "Officers of the Royal Army, the Royal Navy and the Royal Air Force": the forces, not the sea. */
const NAVY = /^(?:nav(?:y|ies|al))$/i;
/** "Port Moresby", "Port-au-Prince", "Port of Spain": a town's name (case matters). */
const PLACE_NAMED_PORT = /^Port(?:\s+\p{Lu}|-au-|\s+of\s+Spain)/u;
/** "British staff and naval colleges", "the Indonesian Navy's Command and Staff College": a school. */
const NAVAL_SCHOOL =
  /^(?:[’']s)?(?:\s+(?:and\s+)?(?:\p{Lu}[\p{L}-]*|staff|war|maritime|military))*\s+(?:[Cc]olleges?|[Ss]chools?|[Aa]cadem(?:y|ies)|[Uu]niversit(?:y|ies))\b/u;
/** "cyberattacks on power grids, ports and banks": ports among the networks a country runs. */
const OTHER_INFRASTRUCTURE =
  /\b(?:grids?|banks?|airports?|railways?|energy|power|hospitals?|facilities|pipelines?|telecom\w*)\b/i;
const INFRASTRUCTURE_WITHIN = 30;
const OTHER_SERVICES = /\b(?:army|armies|air force|air forces)\b/i;
const SERVICES_WITHIN = 80;

/** "detection of drugs at the airport", "trains to Copenhagen Airport": the place, not what is protected. */
const AIRPORT_AS_PLACE =
  /\b(?:at|between|to|from|via|and)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,3}$/u;

/** "corridors for seasonal cattle movements": the way herds go, not a transport corridor. */
const HERDS = /\b(?:cattle|herds?|herders|livestock|grazing|transhumance)\b/i;

type RuledOut = (text: string, match: Span) => boolean;
const around = (text: string, match: Span, chars: number) =>
  text.slice(Math.max(0, match.start - chars), match.end + chars);

/** The words after the last colon ("4. Drug trafficking: …"), or all of them. */
const afterHeading = (words: string) => words.slice(words.lastIndexOf(":") + 1);

/** A theme's word read in a sense that is not the theme's. */
const RULED_OUT: Partial<Record<ThemeSlug, RuledOut>> = {
  "border-management": (text, match) =>
    BARE_BORDER.test(text.slice(match.start, match.end)) &&
    (BORDER_AS_PLACE.test(charsBefore(text, match, 40)) ||
      BORDER_PLACE.test(text.slice(match.end, match.end + 14)) ||
      AT_SEA.test(charsBefore(text, match, 10)) ||
      ROUTE_END.test(charsBefore(text, match, 14))),
  "maritime-security": (text, match) =>
    (NAVY.test(text.slice(match.start, match.end)) &&
      (OTHER_SERVICES.test(around(text, match, SERVICES_WITHIN)) ||
        NAVAL_SCHOOL.test(text.slice(match.end, match.end + 40)))) ||
    (/^ports?$/i.test(text.slice(match.start, match.end)) &&
      (/^\s+of\s+entry\b/i.test(text.slice(match.end, match.end + 12)) ||
        OTHER_INFRASTRUCTURE.test(around(text, match, INFRASTRUCTURE_WITHIN)))) ||
    PLACE_NAMED_PORT.test(text.slice(match.start, match.end + 12)),
  training: (text, match) =>
    (/^trains?$/i.test(text.slice(match.start, match.end)) &&
      A_TRAIN.test(charsBefore(text, match, 20))) ||
    (/^course$/i.test(text.slice(match.start, match.end)) &&
      OF_COURSE.test(charsBefore(text, match, 5))),
  "joint-operations": (text, match) => A_ROOM.test(text.slice(match.end, match.end + 10)),
  // "4. Drug trafficking: scanners for the inspection of freight": a heading's words are not goods.
  equipment: (text, match) =>
    CONTRABAND.test(
      afterHeading(charsBefore(text, match, CONTRABAND_WITHIN)) +
        text.slice(match.start, match.end + CONTRABAND_WITHIN),
    ),
  "infrastructure-security": (text, match) =>
    (/^airports?$/i.test(text.slice(match.start, match.end)) &&
      AIRPORT_AS_PLACE.test(charsBefore(text, match, 50))) ||
    (/^corridors?$/i.test(text.slice(match.start, match.end)) &&
      HERDS.test(around(text, match, 80))),
};

const THEME_PATTERNS = Object.entries(THEME_LEXICON).map(([theme, terms]) => ({
  theme: theme as ThemeSlug,
  pattern: patternOf(terms),
  ruledOut: RULED_OUT[theme as ThemeSlug],
}));
const GIVEN_PATTERNS = GIVEN_THINGS.map(({ theme, words, things }) => ({
  theme,
  giving: patternOf(words),
  given: patternOf(things),
}));
/** How far after the giving word the thing given may come ("lend Lithuania twelve vehicles"). */
const GIVEN_AFTER = 120;
/** How far before it, in the same phrase ("the patrol boats it supplied", "radar systems … will be provided"). */
const GIVEN_BEFORE = 60;

function givenThing(text: string, span: Span, giving: Span, given: RegExp): Span | undefined {
  const after = { start: giving.end, end: Math.min(span.end, giving.end + GIVEN_AFTER) };
  const before = { start: Math.max(span.start, giving.start - GIVEN_BEFORE), end: giving.start };
  return (
    firstKept(given, text, after) ??
    firstKept(given, text, before, (_, thing) => /[,;]/.test(text.slice(thing.end, giving.start)))
  );
}
const GENERAL_COOPERATION = patternOf(GENERAL_COOPERATION_WORDS);

/** The first match of `pattern` in `span` that `skip` does not rule out. */
function firstKept(pattern: RegExp, text: string, span: Span, skip?: RuledOut): Span | undefined {
  for (const found of spansOf(pattern, text, span)) if (!skip?.(text, found)) return found;
  return undefined;
}

/** Themes whose lexicon words occur in `text` between `from` and `to`, each with its first match. */
export function findThemes(text: string, from: number, to: number): ThemeMatch[] {
  const span = { start: from, end: to };
  const found: ThemeMatch[] = THEME_PATTERNS.flatMap(({ theme, pattern, ruledOut }) => {
    const match = firstKept(pattern, text, span, ruledOut);
    return match ? [{ theme, ...match }] : [];
  });
  for (const { theme, giving, given } of GIVEN_PATTERNS) {
    if (found.some((match) => match.theme === theme)) continue;
    const word = firstKept(giving, text, span);
    const thing = word && givenThing(text, span, word, given);
    // "hand over every vehicle recovered": a thing given back is not a supply.
    if (thing && !RULED_OUT[theme]?.(text, thing)) found.push({ theme, ...thing });
  }
  // "The Saudi Border Guard will patrol the waters", "the two navies patrol along the boundary":
  // a border guard, or a bare border, at sea is the sea's.
  const border = found.find((match) => match.theme === "border-management");
  if (
    border &&
    (BORDER_AGENCY.test(text.slice(border.start, border.end)) ||
      BARE_BORDER.test(text.slice(border.start, border.end))) &&
    found.some((match) => match.theme === "maritime-security")
  ) {
    found.splice(found.indexOf(border), 1);
  }
  const maritime = found.find((match) => match.theme === "maritime-security");
  const words = text.slice(from, to);
  if (maritime && INLAND_WATERS.test(words) && !SEA_WORDS.test(words)) {
    found.splice(found.indexOf(maritime), 1);
  }
  if (found.length > 0) return found;
  const general = firstKept(GENERAL_COOPERATION, text, span);
  return general ? [{ theme: "cooperation-frameworks", ...general }] : [];
}
