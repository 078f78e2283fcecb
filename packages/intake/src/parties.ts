import type { CountryMention } from "./countries.ts";
import { firstMatch, type Span } from "./sentences.ts";

/** Words by which a speaker means their own government. Case matters: "US" is a country. */
const SPEAKER_REFERENCE =
  /\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y|[Tt]he [Gg]overnment|[Tt]his [Gg]overnment|[Tt]he [Ss]tate|[Mm]y country|[Oo]ur country)\b/g;

/** Words by which both parties commit together. */
const MUTUAL_REFERENCE =
  /\b(?:the two sides|the sides|both sides|the two countries|both countries|the two governments|both governments|the two nations|both nations|the (?:two )?leaders|both leaders|the (?:two )?ministers|both ministers|the two parties|both parties|the parties|jointly|each other|mutual|their joint|(?:cooperation|co-operation|partnership|collaboration) between|they(?= (?:\w+ )?(?:affirmed|agreed|pledged|stated|noted|will|vowed|committed|decided|resolved|welcomed)))\b/gi;

/** Partners the text leaves unnamed: no counterpart is guessed for them. */
const UNNAMED_PARTNERS = /\b(?:neighbou?ring countries|neighbou?rs|cross-border cooperation)\b/i;
/** "Our own forces": a party's promise about itself has no counterpart. */
const OWN = /\b(?:our|its|their) own\b/i;

/** A country named as a place, not as a party: "across the border with Tanzania", "the Belarusian border". */
const PLACE_BEFORE =
  /\b(?:border with|borders with|border of|along|across|near|off the coast of)\s+(?:the\s+)?$/i;
const PLACE_AFTER = /^\s+(?:border|borders|frontier|coast(?!\s*guard)|coastline|waters|region)\b/i;
/** A capital stands for its country only as a subject: "Lima has promised…", not "in Lima". */
const CAPITAL_AS_SUBJECT =
  /^\s+(?:has|have|had|is|was|will|would|said|says|announced|promised|agreed|requested|wants|hopes|offered|asked|insists|insisted)\b/i;

/** A country after a preposition is an object ("support from Japan"), not the subject. */
const PREPOSITION_BEFORE =
  /\b(?:with|for|to|from|by|of|in|at|on|between|towards|toward|against|into|and)\s+(?:the\s+)?$/i;

/** "X said that …", "he added that …": the words before the reported content. */
export const REPORTING_FRAME =
  /\b(?:said|says|added|adds|noted|notes|stated|states|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|affirmed|affirms|asserted|asserts|maintained|maintains|revealed|reveals|pointed out|points out|explained|explains|announced|announces|observed|remarked|reiterated|indicated|highlighted|disclosed|confirmed|told [^,.;]{1,40}?|expressed (?:optimism|hope|confidence))\s+(?:that\s+)?(?=\S)/i;

export interface PartyReading {
  committing: string | null;
  /** The words read as the committing party, when the text names it. */
  committingWords?: Span & { detail: string; code: string };
  counterparts: string[];
  mutual?: Span;
}

interface PartyInput {
  text: string;
  clause: Span;
  cueStart: number;
  receiving: boolean;
  mentions: readonly CountryMention[];
  /** Who "we" / "the government" is here: the speaker's country, or a quoted speaker's. */
  selfCountry: string | null;
  /** The other country the statement is about, when it is about one. */
  mainCounterpart: string | null;
  /** The country named as saying the clause, in reported speech ("The Philippine side said it…"). */
  reporter?: string;
}

const inside = (span: Span, at: Span) => at.start >= span.start && at.end <= span.end;

/** Who commits to whom in `clause`: the party before the cue, or the giver of what is received. */
export function readParties(input: PartyInput): PartyReading {
  const { text, clause, cueStart, receiving, selfCountry, mainCounterpart } = input;
  const mentions = input.mentions.filter(
    (mention) =>
      inside(clause, mention) &&
      !PLACE_BEFORE.test(text.slice(Math.max(0, mention.start - 30), mention.start)) &&
      !PLACE_AFTER.test(text.slice(mention.end, mention.end + 20)) &&
      !(mention.capital && !CAPITAL_AS_SUBJECT.test(text.slice(mention.end, mention.end + 20))),
  );
  const before = mentions.filter((mention) => mention.end <= cueStart);

  let committing: string | null = null;
  let committingWords: PartyReading["committingWords"];
  const giver = receiving
    ? giverAfter(text, cueStart, mentions)
    : passiveAgent(text, clause, cueStart, mentions);
  if (giver) {
    committing = giver.code;
    committingWords = { ...giver, detail: "giver, so the committing party" };
  } else {
    const subject = nearestSubject(text, clause, cueStart, before, selfCountry);
    if (subject) {
      committing = subject.code;
      committingWords = {
        start: subject.start,
        end: subject.end,
        detail: "committing party",
        code: subject.code,
      };
    } else {
      committing = input.reporter ?? selfCountry ?? mentions[0]?.code ?? null;
    }
  }

  const mutual = firstMatch(MUTUAL_REFERENCE, text, clause);
  const named = [...new Set(mentions.map((mention) => mention.code))];
  // "Kenya and China will…": two countries named before the cue commit together.
  const jointSubject = !receiving && namedTogether(text, before);
  if ((mutual || jointSubject) && selfCountry && named.includes(selfCountry))
    committing = selfCountry;
  const counterparts = named.filter((code) => code !== committing);
  const words = text.slice(clause.start, clause.end);
  const unnamed = UNNAMED_PARTNERS.test(words) || (committing === selfCountry && OWN.test(words));
  // In a bilateral statement the other side's promise is made to the speaker's country.
  const implied = committing === selfCountry ? mainCounterpart : selfCountry;
  if (counterparts.length === 0 && !unnamed && implied && implied !== committing) {
    counterparts.push(implied);
  }
  const mutualSpan =
    mutual ?? (jointSubject ? { start: before.at(-2)!.start, end: cueStart } : undefined);
  return { committing, committingWords, counterparts, mutual: mutualSpan };
}

/** "…receiving training from China": the country after "from" or "by" gives. */
function giverAfter(text: string, cueStart: number, mentions: readonly CountryMention[]) {
  return mentions.find(
    (mention) =>
      mention.start > cueStart &&
      /\b(?:from|by)\s+(?:the\s+)?$/i.test(text.slice(mention.start - 12, mention.start)),
  );
}

/** "Training will be provided by Japan": the agent of a passive commits. */
const PASSIVE_AGENT =
  /\b(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|id|ught)\s+by\s+(?:the\s+)?(?:government of\s+)?$/i;

/** The agent of the passive nearest the cue ("ratified by X, and … will be provided by Brazil"). */
function passiveAgent(
  text: string,
  clause: Span,
  cueStart: number,
  mentions: readonly CountryMention[],
) {
  const agents = mentions.filter((mention) =>
    PASSIVE_AGENT.test(text.slice(Math.max(clause.start, mention.start - 60), mention.start)),
  );
  const distance = (mention: CountryMention) => Math.abs(mention.start - cueStart);
  return agents.sort((a, b) => distance(a) - distance(b))[0];
}

/** "Kenya and China will…": the last two countries before the cue are one subject. */
function namedTogether(text: string, before: readonly CountryMention[]): boolean {
  const [first, second] = before.slice(-2);
  return Boolean(
    first &&
    second &&
    first.code !== second.code &&
    /^\s*and\s+(?:the\s+)?$/i.test(text.slice(first.end, second.start)) &&
    !isObject(text, first),
  );
}

const isObject = (text: string, mention: CountryMention) =>
  PREPOSITION_BEFORE.test(text.slice(Math.max(0, mention.start - 20), mention.start));

/** Countries named between `from` and `to` that are not the object of a preposition. */
export function subjectsBetween(
  text: string,
  mentions: readonly CountryMention[],
  from: number,
  to: number,
): CountryMention[] {
  return mentions.filter(
    (mention) => mention.start >= from && mention.end <= to && !isObject(text, mention),
  );
}

function nearestSubject(
  text: string,
  clause: Span,
  cueStart: number,
  before: readonly CountryMention[],
  selfCountry: string | null,
): (Span & { code: string }) | undefined {
  const country = subjectsBetween(text, before, clause.start, cueStart).at(-1) ?? before.at(-1);
  let self: Span | undefined;
  if (selfCountry) {
    for (const match of text.slice(clause.start, cueStart).matchAll(SPEAKER_REFERENCE)) {
      self = {
        start: clause.start + match.index,
        end: clause.start + match.index + match[0].length,
      };
    }
  }
  if (self && selfCountry && (!country || self.start > country.start)) {
    return { ...self, code: selfCountry };
  }
  return country;
}
