import type { CountryMention } from "./countries.ts";
import { ALLOCATION_WORDS, CONDITION, SIDE_CLAUSE_OPENER, type Cue } from "./cues.ts";
import { charsBefore, PREPOSITIONAL_RELATIVE, spansOf, type Span } from "./sentences.ts";

/** A condition up to the next comma: "provided the drones are flown by Fijian crews". */
const CONDITION_PHRASE = new RegExp(`${CONDITION.source}[^,;]*`, "gi");

/** Words by which a speaker means their own government. Case matters: "US" is a country. */
const SPEAKER_REFERENCE =
  /\b(?:[Ww]e|[Oo]ur|us|I|[Mm]y|[Tt]he [Gg]overnment|[Tt]his [Gg]overnment|[Tt]he [Ss]tate|[Mm]y country|[Oo]ur country)\b/g;

/**
 * Words by which both parties commit together: "the two navies", "our two nations", "both
 * governments", and in a bilateral statement a plural of services ("our navies will take turns").
 */
export const MUTUAL_REFERENCE =
  /(?<!\b(?:for|to|from|by|(?<!\bnow )on|in|at) )\b(?:(?:the|our|their) two (?!(?:years|months|weeks|days|hours|decades|sides of)\b)[a-z]+|both (?!sides? of\b)[a-z]+s\b|both of us|our (?:navies|coast ?guards|border guards|armies|militaries|police forces|countries|nations|governments|services)|the two sides|the sides|both sides|the two countries|both countries|the two governments|both governments|the two nations|both nations|the (?:two )?leaders|both leaders|the (?:two )?ministers|both ministers|the two parties|both parties|the parties|jointly|vice versa|reciprocal|reciprocally|and the same number|bring together|brings together|bringing together|brought together|(?:patrol|work|operat|serv|exercis)\w* together with|alternates? between|take turns|taking turns|mutual|their joint|(?:cooperation|co-operation|partnership|collaboration) between|(?:exchanged|shared|passed|swapped)(?: [a-z-]+){0,3} between|(?:exchange|sharing) of(?: [a-z-]+){1,8} between|(?:our|your|their) [a-z]+(?: [a-z]+)? and (?:theirs|yours|ours)|(?:will|to) be exchanged|we (?:have )?agreed(?: today)?(?: is)? that|in each capital|both capitals|they(?= (?:\w+ )?(?:affirmed|agreed|pledged|stated|noted|will|vowed|committed|decided|resolved|welcomed|hoped?)))\b|\b(?:(?:either|each) (?:country|side|party|government|service|force|coast guard|navy)|(?:of|from) one (?:country|side) |each other\b|one another\b)/gi;

/** Partners the text leaves unnamed: no counterpart is guessed for them. */
const UNNAMED_PARTNERS = /\b(?:neighbou?ring countries|neighbou?rs|cross-border cooperation)\b/i;
/**
 * "Our own forces", "at each of its stations", "along much of our side", "we will pass a
 * cybercrime law": a party's promise about itself has no counterpart, unless the other side's are
 * let in ("let our boats refuel at its jetty").
 */
const OWN =
  /\b(?:our|its|their) own\b(?!\s+(?:nationals|citizens))|\b(?:on|at|along|to|in|off) (?:(?:each|much|all|parts?) of )?(?:our|its|their) (?:side|territory|soil|stations?|posts?|bases?|coast(?!\s*guard))\b|\b(?:pass|adopt|enact)\w* (?:a|an|the|its|our|their) (?:new )?(?:\w+ )?(?:law|legislation)\b/i;
/** "off its Mediterranean coast": a coast named by its sea (case matters). */
const OWN_NAMED_COAST = /\b(?:off|along) (?:our|its|their) [A-Z]\w+ coast\b/;
/**
 * The speaker's side named in another party's promise ("let our boats refuel at its jetty", "keep
 * a team of instructors here at Hera").
 */
const FOR_THE_SPEAKER = /\b(?:[Ww]e|[Oo]ur|us|here)\b/;
/**
 * A purchase ("will acquire four patrol boats") or money from a party's own budget ("has set aside
 * funds in this year's defence budget") is its own, unless spent through its partners ("acquire …
 * through international cooperation").
 */
const PURCHASE = new RegExp(
  `\\b(?:acquir(?:e|es|ing)|purchas(?:e|es|ing)|procur(?:e|es|ing)|buy|buys|buying|install|installs|installing|installed|paid for|${ALLOCATION_WORDS})\\b`,
  "i",
);
/** "Honduras will open a new naval post on Zacate Grande": a post of its own, on its own ground. */
const OWN_POST =
  /\b(?:open|opens|opening|build|builds|building|set up|establish|establishes)\s+(?:(?:a|an|two|three|four|five|\w+ more|new|permanent|naval|police|military|army|border)\s+)*(?:posts?|bases?|centres?|centers?)\b/i;
/**
 * "we will station two more army companies in the municipalities along the border", "Peru will
 * keep soldiers in its border provinces": a party's own forces placed where the clause names no
 * partner are its own affair.
 */
const OWN_DEPLOYMENT =
  /\b(?:station|stations|stationing|post|posts|posting|deploy|deploys|deploying|keep|keeps|keeping|step up|steps up|stepping up)\s+(?:[\w’'-]+\s+){0,4}?(?:soldiers|troops|compan(?:y|ies)|battalions?|police|officers|boats|patrols|checks|team|units?)\b/i;
/**
 * "post two liaison officers there", "post two officers… at the situation centre of the Federal
 * Police": officers placed with the partner's service, not the party's own affair.
 */
const POSTED_WITH_PARTNER =
  /\bliaison officers?\b|\bat the (?:[\w’'-]+ ){0,3}(?:situation|operations?|coordination|command|control) (?:centre|center|room)s?\b/i;
const THROUGH_PARTNERS = /\b(?:cooperation|partners?|from|joint|jointly)\b/i;
/** "The provisions of the memorandum will be extended…": an agreement binds both sides. */
const INSTRUMENT_SUBJECT = /\b(?:memorandum|agreement|treaty|accord|pact|protocol)\b/i;
/** "…served alongside the Serbian police": the one joined, not one of those acting together. */
const JOINS = /\b(?:alongside|with)\s+(?:the\s+)?$/i;
/** A joint body or activity with no named agent ("a joint investigation team will be set up") is both parties'. */
const JOINT = /\b(?:joint|jointly|combined|common|together|side by side)\b/i;
/** "…, which Vilnius requested in July, …": who a relative clause names is not the committing party. */
const RELATIVE_CLAUSE = new RegExp(
  String.raw`(?:,\s+(?:which|who|whom|whose|where|(?:under|in|by|through|on|of|from) which)\b|${PREPOSITIONAL_RELATIVE})[^,]*`,
  "giu",
);
/** "…, so that information reaches both forces at once", "…once its own crews…": why or when, not who. */
const SIDE_CLAUSE = new RegExp(`,?\\s+(?:${SIDE_CLAUSE_OPENER})\\b[^,;]*`, "gi");
/** "the council is looking to…": an agency standing for its country, named in full earlier. */
const AGENCY_SUBJECT =
  /\b(?:the|its|their)\s+(council|agency|secretariat|ministry|commission|directorate|board|bureau|authority|service|command)\b/gi;

/** "places reserved for Timorese officers": those they are kept for receive. */
const RESERVED_FOR =
  /\b(?:reserved|set aside|earmarked|kept)\s+(?:[a-z]+\s+){0,3}for\s+(?:the\s+)?$/i;

/** "take back Tunisian citizens", "readmit Albanian nationals": a country takes back its own. */
const TAKEN_BACK = /\b(?:(?:take|takes|taking|took)\s+back|readmits?)\s+(?:the\s+)?$/i;

/** "…have trained Omani surveyors", "the training of Senegalese imams": those trained. */
const TRAINED =
  /(?<!\b(?:\p{L}+ly|well)\s+)\b(?:train(?:s|ed)?|training\s+(?:of|for))\s+(?:(?!(?:with|alongside|together|at|in|by|under|on|from|as)\b)[\p{L}\p{N}’'-]+\s+){0,8}$/iu;
/** "requested that Jordan train Bahraini customs officers": a request is the asker's. */
const ASKING = /\b(?:ask|asks|asked|request|requests|requested|sought|seeks?|assistance|help)\b/i;

/** A country named as a place, not as a party: "across the border with Tanzania", "the Belarusian border". */
const PLACE_BEFORE =
  /\b(?:(?:border with|borders with|border of|along|across|near|off the coast of)\s+(?:the\s+)?|(?:southern|northern|eastern|western|central|neighbou?ring)\s+)$/i;
/** Names listed before a country ("its borders with Niger, Chad and Sudan"): case matters. */
const LISTED_BEFORE = /(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*(?:,\s+|,?\s+(?:and|or)\s+))+$/u;

/**
 * "the smuggling of fuel from Libya", "drugs from Afghanistan", "drones launched at the Kingdom
 * from Yemen", "any drone that enters the airspace of either country from Russia or Belarus":
 * where goods or attacks come from.
 */
const SOURCE_OF_GOODS =
  /\b(?:(?:smuggl\w*|traffick\w*|fuel|drugs?|weapons|arms|migrants?|refugees?|cocaine|heroin|launched|fired)\b(?:\s+[\w’'-]+){0,3}|enter(?:s|ed|ing)?\b(?:\s+[\w’'-]+){0,6})\s+from\s+(?:the\s+)?$/i;

/** Whether `mention` is named as a place; `from` is where its clause starts. */
function namedAsPlace(text: string, mention: CountryMention, from: number): boolean {
  const before = charsBefore(text, mention, 80, from);
  return (
    PLACE_BEFORE.test(before.slice(-30)) ||
    SOURCE_OF_GOODS.test(before) ||
    listedAfter(PLACE_BEFORE, before) ||
    listedAfter(SOURCE_OF_GOODS, before)
  );
}

/**
 * "its borders with Niger, Chad and Sudan", "compounds in Cambodia and Myanmar": a list of names
 * after `place` is read as its first name is.
 */
function listedAfter(place: RegExp, before: string): boolean {
  const list = LISTED_BEFORE.exec(before);
  return list !== null && place.test(before.slice(0, list.index));
}
/**
 * "its borders with Niger", "the Lebanese coast", "the Ukrainian ports of the Danube", "Russian
 * jamming", "North Korean hacking groups": a place, or a threat, not a party.
 */
const PLACE_AFTER =
  /^\s+(?:border(?!\s*(?:guard|police|force|service|agency|officers|officials|and customs))|borders|frontier|coast(?!\s*guard)|coastline|waters|region|ports|airspace|territory|soil|jamming|aggression|invasion|occupation|shelling|hacking|hackers|missile|attacks|strikes|air strikes|bombing|raids|incursions|sabotage|insurgents?|insurgent groups|rebels?|militias?|terrorists?|gangs?|cartels?)\b/i;
/** "networks active in Libya", "migrants smuggled towards Libya": where, not to whom. */
const IN_A_PLACE = /\b(?:in|inside|within|towards?|through)\s+(?:the\s+)?$/i;
/**
 * A capital stands for its country only as a subject: "Lima has promised…", "Manila now hopes…",
 * not "in Lima".
 */
const CAPITAL_AS_SUBJECT =
  /^\s+(?:(?:now|also|still|already|\w+ly)\s+)?(?:has|have|had|is|was|will|would|said|says|announced|promised|agreed|requested|wants|hopes|offered|asked|insists|insisted)\b/i;

/** "The strip of land between Belarus and the Russian region…": a country beside a non-country. */
const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
const AND_AFTER = /^\s+and\s+(?:the\s+)?/i;

function isPlaceBetween(
  text: string,
  mention: CountryMention,
  mentions: readonly CountryMention[],
) {
  if (!BETWEEN_BEFORE.test(charsBefore(text, mention, 14))) return false;
  const and = AND_AFTER.exec(text.slice(mention.end, mention.end + 12));
  const other = mentions.find((found) => and && found.start === mention.end + and[0].length);
  return !other || PLACE_AFTER.test(text.slice(other.end, other.end + 20));
}

/**
 * A country after a preposition is an object ("support from Japan"), not the subject; so is the
 * one thanked or visited ("His Moldovan counterpart thanked Romania and said…").
 */
const PREPOSITION_BEFORE =
  /(?:\b(?:with|for|to|from|by|(?<![A-Z][a-z]+ )of|in|at|on|between|towards|toward|against|into|alongside|thanked|thanks|praised|welcomed|visited|urged|invited)\s+(?:the\s+)?(?:(?!that\b)[a-z]+\s+){0,2}|\band\s+(?:the\s+)?)$/;

/** "X said that …", "he added that …": the words before the reported content. */
export const REPORTING_FRAME =
  /\b(?:said|says|added|adds|noted|notes|stated|states|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|affirmed|affirms|asserted|asserts|maintained|maintains|revealed|reveals|pointed out|points out|explained|explains|announced|announces|observed|remarked|reiterated|indicated|highlighted|disclosed|confirmed|told [^,.;]{1,40}?|expressed (?:optimism|hope|confidence))\s+(?:that\s+)?(?=\S)/i;

export interface PartyReading {
  committing: string | null;
  /** The words read as the committing party, when the text names it; `byName` unless it is "we". */
  committingWords?: Span & { detail: string; code: string; byName: boolean };
  counterparts: string[];
  mutual?: Span;
}

interface PartyInput {
  text: string;
  clause: Span;
  cueStart: number;
  /**
   * The words of receiving ("have been receiving", "are studying at"), whichever cue decided the
   * stage: the giver is read after them, and a guest's host gives.
   */
  receiving?: Pick<Cue, "start" | "hosted">;
  mentions: readonly CountryMention[];
  /** Who "we" / "the government" is here: the speaker's country, or a quoted speaker's. */
  selfCountry: string | null;
  /** The other side to `selfCountry`, when the statement is about two countries. */
  partner: string | null;
  /** The country named as saying the clause, in reported speech ("The Philippine side said it…"). */
  reporter?: string;
  /**
   * Both parties named as saying it ("Both governments said they hope…"): both commit, unless the
   * words said name their own party.
   */
  mutualReporter?: Span;
  /** "If the Uzbek side confirms its interest, …": the condition does not name who commits. */
  leadingCondition?: Span;
  /** The clause is about operations or exercises, which both sides carry out unless one joins the other ("train with", "serve alongside"). */
  jointTheme?: boolean;
}

const inside = (span: Span, at: Span) => at.start >= span.start && at.end <= span.end;

/** The committing party `code`, read from a country named in the clause for the reason `detail`. */
const namedBy = (mention: CountryMention, code: string, detail: string) => ({
  start: mention.start,
  end: mention.end,
  detail,
  code,
  byName: true,
});

/** Who commits to whom in `clause`: the party before the cue, or the giver of what is received. */
export function readParties(input: PartyInput): PartyReading {
  const { text, clause, cueStart, receiving, selfCountry, partner } = input;
  const otherSide = (code: string) =>
    (code === selfCountry ? partner : code === partner ? selfCountry : null) ?? undefined;
  const mentions = input.mentions.filter(
    (mention) =>
      inside(clause, mention) &&
      !namedAsPlace(text, mention, clause.start) &&
      !PLACE_AFTER.test(text.slice(mention.end, mention.end + 20)) &&
      !(
        mention.capital &&
        (!CAPITAL_AS_SUBJECT.test(text.slice(mention.end, mention.end + 20)) ||
          isObject(text, mention))
      ) &&
      !isPlaceBetween(text, mention, input.mentions),
  );
  const condition = input.leadingCondition;
  const sideClauses = [...spansOf(SIDE_CLAUSE, text, clause)];
  const relatives = [...spansOf(RELATIVE_CLAUSE, text, clause), ...sideClauses];
  const before = mentions.filter(
    (mention) =>
      mention.end <= cueStart &&
      !(condition && inside(condition, mention)) &&
      !relatives.some((relative) => inside(relative, mention)),
  );

  let committing: string | null = null;
  let committingWords: PartyReading["committingWords"];
  const giver = receiving
    ? giverAfter(text, receiving, mentions)
    : passiveAgent(text, clause, cueStart, mentions.filter(notInCondition(text, clause)));
  if (giver) {
    committing = giver.code;
    committingWords = { ...giver, detail: "giver, so the committing party", byName: true };
  } else {
    const subjectFrom = condition ? { ...clause, start: condition.end } : clause;
    const subject =
      nearestSubject(text, subjectFrom, cueStart, before, selfCountry, relatives) ??
      agencyCountry(text, subjectFrom, cueStart, input.mentions);
    // "Austrian officers have attended the Federal Police Academy's course": with no giver named,
    // the guest's or receiver's partner gives.
    const giving =
      subject && receiving && receivesItself(text, subject, receiving)
        ? otherSide(subject.code)
        : undefined;
    if (subject) {
      committing = giving ?? subject.code;
      committingWords = {
        start: subject.start,
        end: subject.end,
        detail: giving ? "receives, so its partner gives" : "committing party",
        code: committing,
        byName: subject.byName,
      };
    } else {
      committing =
        input.reporter ?? selfCountry ?? before.at(-1)?.code ?? mentions[0]?.code ?? null;
    }
  }

  // "Ten places a year will be reserved for Timorese officers": what is reserved for them, their
  // partner gives.
  const reservedFor = mentions.find((mention) => RESERVED_FOR.test(charsBefore(text, mention, 30)));
  const reserving = reservedFor && otherSide(reservedFor.code);
  if (reservedFor && reserving && committing === reservedFor.code) {
    committing = reserving;
    committingWords = namedBy(reservedFor, reserving, "reserved for, so its partner gives");
  }

  // "He said his government would take back Tunisian citizens who reach Italy": the country whose
  // people are taken back takes them.
  const takenBack = mentions.find((mention) => TAKEN_BACK.test(charsBefore(text, mention, 20)));
  if (takenBack && committing === otherSide(takenBack.code)) {
    committing = takenBack.code;
    committingWords = namedBy(takenBack, takenBack.code, "takes back its own people");
  }

  // "We already train some seven hundred and fifty Sri Lankan service personnel": whoever is
  // trained is not the one who trains.
  const trainee = mentions.find((mention) => TRAINED.test(charsBefore(text, mention, 80)));
  const namedElsewhere = committingWords && committingWords.start !== trainee?.start;
  const trainer =
    trainee &&
    committing === trainee.code &&
    !namedElsewhere &&
    !ASKING.test(text.slice(clause.start, trainee.start))
      ? otherSide(trainee.code)
      : undefined;
  if (trainee && trainer) {
    committing = trainer;
    committingWords = namedBy(trainee, trainer, "is trained, so its partner trains");
  }

  // "The Minister has asked us to repair…", "The Congolese delegation asked Uganda to train…":
  // whoever is asked is not the one asking, so an unnamed asker is the asked party's partner.
  const asked = askedParty(text, cueStart, input.mentions, selfCountry);
  const asker = asked && committing === asked ? otherSide(asked) : undefined;
  if (asker) {
    committing = asker;
    committingWords = undefined;
  }

  const words = text.slice(clause.start, clause.end);
  // "…agreed to do so once its own first crews have finished": whose forces the promise is about
  // is read outside its side clauses.
  const mainWords = sideClauses.reduceRight(
    (kept, side) => kept.slice(0, side.start - clause.start) + kept.slice(side.end - clause.start),
    words,
  );
  const jointActivity =
    committingWords === undefined &&
    !input.reporter &&
    ((input.jointTheme && !/\b(?:with|alongside)\b/i.test(words)) ||
      JOINT.test(words) ||
      INSTRUMENT_SUBJECT.test(text.slice(clause.start, cueStart)))
      ? clause
      : undefined;
  // "The two sides noted that Somali officers have attended Eritrean courses": what both report
  // names its own party.
  const bothReport = committingWords?.byName ? undefined : input.mutualReporter;
  const bothSides = mutualReference(text, clause, cueStart, relatives, mentions) ?? bothReport;
  const mutual = bothSides ?? jointActivity ?? togetherAfterJoinedSubject(text, clause, cueStart);
  const named = [
    ...new Set(
      mentions
        .filter(
          (mention) =>
            !relatives.some((relative) => inside(relative, mention)) &&
            !IN_A_PLACE.test(charsBefore(text, mention, 12)) &&
            !listedAfter(IN_A_PLACE, charsBefore(text, mention, 60)),
        )
        .map((mention) => mention.code),
    ),
  ];
  // "Kenya and China will…": two countries named before the cue commit together.
  const withOurs = !receiving && ourAndNamed(text, before);
  // "Mixed patrols of Croatian officers and the Border Police of Bosnia and Herzegovina will…"
  const forces = before.filter((mention) => !JOINS.test(charsBefore(text, mention, 20)));
  const jointForces = input.jointTheme === true && new Set(forces.map((m) => m.code)).size >= 2;
  const jointSubject = (!receiving && namedTogether(text, before)) || withOurs || jointForces;
  // "Both ministers said they hoped the Netherlands would send a team": the two hope, the third
  // is asked.
  const thirdAsked = bothSides && committing !== selfCountry && committing !== partner;
  if (
    (mutual || jointSubject) &&
    selfCountry &&
    (named.includes(selfCountry) || withOurs || thirdAsked)
  )
    committing = selfCountry;
  const counterparts = named.filter((code) => code !== committing);
  // Whether the words keep to the committing party: the speaker's own, or another's that does not
  // let the speaker's side in; and no other party named.
  const speakerLeftOut = committing === selfCountry || !FOR_THE_SPEAKER.test(words);
  const noOtherNamed = named.every((code) => code === committing);
  const unnamed =
    UNNAMED_PARTNERS.test(words) ||
    (!mutual &&
      (((OWN.test(mainWords) || OWN_NAMED_COAST.test(mainWords)) && speakerLeftOut) ||
        ((PURCHASE.test(words) || OWN_POST.test(mainWords)) &&
          !THROUGH_PARTNERS.test(words) &&
          noOtherNamed) ||
        (OWN_DEPLOYMENT.test(mainWords) &&
          !POSTED_WITH_PARTNER.test(mainWords) &&
          !JOINT.test(words) &&
          speakerLeftOut &&
          noOtherNamed)));
  // In a bilateral statement the other side's promise is made to the speaker's country.
  const implied = committing === selfCountry ? partner : selfCountry;
  if (counterparts.length === 0 && !unnamed && implied && implied !== committing) {
    counterparts.push(implied);
  }
  // "We have also asked Canberra to help us watch our fishing grounds": the one asked is the
  // counterpart, whatever the request is about.
  if (asked && asked !== committing && !counterparts.includes(asked)) counterparts.push(asked);
  // "Our navies patrol the strait together with Indonesia": "our" is both sides, the third joins.
  if (bothSides && committing === selfCountry && partner && !counterparts.includes(partner)) {
    counterparts.push(partner);
  }
  const mutualSpan =
    mutual ??
    (jointSubject
      ? { start: (before.at(-2) ?? before.at(-1) ?? clause).start, end: cueStart }
      : undefined);
  return { committing, committingWords, counterparts, mutual: mutualSpan };
}

/**
 * "…receiving training from China": the country after "from" or "by" gives; a guest's host ("at",
 * "of", "in") too.
 */
function giverAfter(
  text: string,
  receiving: Pick<Cue, "start" | "hosted">,
  mentions: readonly CountryMention[],
) {
  const giving = receiving.hosted
    ? /\b(?:from|by|at|of|in|attend(?:s|ed|ing)?)\s+(?:the\s+|an?\s+)?$/i
    : /\b(?:from|by)\s+(?:the\s+)?$/i;
  return mentions.find(
    (mention) =>
      mention.start > receiving.start && giving.test(text.slice(mention.start - 12, mention.start)),
  );
}

/**
 * "asked us to", "asks the Netherlands for", "asked whether Korea could give": the party a request
 * is made to ("asked whether Polish soldiers will go" is a question, not a request).
 */
const ASKED = /^ask(?:s|ed)?\s+(?:(us)\b|(whether\s+)?(?:the\s+)?)/i;
const REQUESTED_ACT = /^[\s\p{L}]{0,30}?\b(?:could|would|might|can)\b/u;

function askedParty(
  text: string,
  cueStart: number,
  mentions: readonly CountryMention[],
  selfCountry: string | null,
): string | undefined {
  const request = ASKED.exec(text.slice(cueStart, cueStart + 20));
  if (!request) return undefined;
  if (request[1]) return selfCountry ?? undefined;
  const objectStart = cueStart + request[0].length;
  const object = mentions.find((mention) => mention.start === objectStart);
  if (!object) return undefined;
  const question = request[2] !== undefined;
  if (question && !REQUESTED_ACT.test(text.slice(object.end, object.end + 40))) return undefined;
  return object.code;
}

/** "…paid for from the Hungarian budget", "at Jamaica’s expense": who pays commits. */
const PAYER = /^(?:\s+budget\b|[’']s expense\b)/;

/**
 * "Training will be provided by Japan", "The supply by the Algerian side of thermal cameras…": the
 * agent of a passive or of a giving commits; so does the maker in "Deliveries of Russian fighters".
 */
const PASSIVE_AGENT =
  /\b(?:(?:be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|id|ught)\s+(?:[\p{L}\p{N}’'-]+\s+){0,5}?|(?:supply|provision|delivery|donation|transfer|hand-?over|loan|repair|refit|maintenance)\s+)by\s+(?:the\s+)?(?:government of\s+)?$|\b(?:deliver(?:y|ies)|suppl(?:y|ies)|transfers?)\s+of\s+$/iu;

/** The agent of the passive nearest the cue ("ratified by X, and … will be provided by Brazil"). */
function passiveAgent(
  text: string,
  clause: Span,
  cueStart: number,
  mentions: readonly CountryMention[],
) {
  const agents = mentions.filter(
    (mention) =>
      PASSIVE_AGENT.test(charsBefore(text, mention, 60, clause.start)) ||
      PAYER.test(text.slice(mention.end, mention.end + 12)),
  );
  const distance = (mention: CountryMention) => Math.abs(mention.start - cueStart);
  return agents.sort((a, b) => distance(a) - distance(b))[0];
}

/**
 * "the Estonian Navy and the Finnish Navy", "a Chadian battalion and a Nigerien battalion", "the
 * Jamaica Defence Force Coast Guard and the Royal Bahamas Defence Force", "the Minister of Defence
 * of Latvia and the Minister of Defence of Ukraine", "the Minister of Home Affairs, Labour and Police
 * of the Kingdom of Lesotho".
 */
const JOINED =
  /^\s*(?:[\p{L}-]+\s+){0,4}and\s+(?:the\s+|an?\s+)?(?:(?:\p{Lu}[\p{L}-]*,?|of|the|and)\s+){0,12}$/u;

/** "the agreement in force between", "the border between": what lies between two parties. */
const INSTRUMENT_OR_BORDER_BETWEEN =
  /\b(?:agreements?|memorand(?:um|a)|treat(?:y|ies)|protocols?|borders?|frontiers?|boundar(?:y|ies))\b[^,;.]{0,40}\bbetween\s+$/i;

/** A mention of both sides outside the clause's relative clauses ("…, where both services will work"). */
function mutualReference(
  text: string,
  clause: Span,
  cueStart: number,
  relatives: readonly Span[],
  mentions: readonly CountryMention[],
): Span | undefined {
  for (const found of spansOf(MUTUAL_REFERENCE, text, clause)) {
    // "The services of the two countries will…" is both; "an exercise of our two forces" is hosted.
    const objectOfCue =
      found.start > cueStart &&
      /\btwo\b/i.test(text.slice(found.start, found.end)) &&
      /\bof\s+$/.test(text.slice(found.start - 4, found.start));
    // "…under the readmission agreement in force between the two countries": what lies between them.
    const betweenThem =
      found.start > cueStart &&
      INSTRUMENT_OR_BORDER_BETWEEN.test(text.slice(cueStart, found.start));
    // "Latvian instructors have trained Ukrainian soldiers…, and they will train…": "they" are
    // the one side named before them.
    const oneSideBefore =
      /^they$/i.test(text.slice(found.start, found.end)) && opensOnOneSide(text, clause, mentions);
    if (
      !objectOfCue &&
      !betweenThem &&
      !oneSideBefore &&
      !relatives.some((relative) => inside(relative, found))
    )
      return found;
  }
  return undefined;
}

/** "Latvian instructors have trained…": a clause whose subject is one country's, not "X and Y". */
function opensOnOneSide(text: string, clause: Span, mentions: readonly CountryMention[]) {
  const inClause = mentions.filter((mention) => inside(clause, mention));
  const [first, second] = inClause;
  return Boolean(
    first &&
    /^\s*(?:\d+\.\s+)?(?:the\s+)?$/i.test(text.slice(clause.start, first.start)) &&
    !(second && second.code !== first.code && JOINED.test(text.slice(first.end, second.start))),
  );
}

/** Where the subject after "Under the agreement, " ends: its country, or the second of two joined ones. */
export function subjectEndAfter(
  text: string,
  mentions: readonly CountryMention[],
  from: number,
  to: number,
): number | undefined {
  const [first] = subjectsBetween(text, mentions, from, to);
  if (!first) return undefined;
  // The second of a pair follows "and the", which elsewhere marks an object: it is looked up
  // among all mentions.
  const second = mentions.find((mention) => mention.start >= first.end && mention.end <= to);
  return second && JOINED.test(text.slice(first.end, second.start)) ? second.end : first.end;
}

/**
 * "Our boat and the Teanoai II will patrol the waters … together", "the National Guard and the
 * Nicaraguan National Police will exchange…": two subjects acting as one, or on each other.
 */
function togetherAfterJoinedSubject(text: string, clause: Span, cueStart: number) {
  if (!/\band\b|^\s*Their\b/.test(text.slice(clause.start, cueStart))) return undefined;
  const after = { start: cueStart, end: clause.end };
  return (
    [...spansOf(/\btogether\b(?!\s+with\b)/gi, text, after)][0] ??
    [...spansOf(RECIPROCAL_VERB, text, after)][0]
  );
}
/** "will exchange", "will now swap" right after the cue: what two subjects do to each other. */
const RECIPROCAL_VERB = /^\w+\s+(?:\w+ly\s+)?(?:exchange|swap|share)\b(?!\s+with\b)/gi;

/**
 * "Malian officer cadets continue to be trained": the subject is the one receiving, with no verb
 * between them.
 */
function receivesItself(text: string, subject: Span, receiving: Pick<Cue, "start">): boolean {
  const between = text
    .slice(subject.end, receiving.start)
    .replace(/\b(?:(?:will|shall) (?:continue to )?|continues? to )$/, "");
  return (
    subject.end <= receiving.start &&
    !/\b(?:will|would|shall|to|has|have|had|is|are|was|were|can|may|must)\b/i.test(between)
  );
}

/** "Kenya and China will…": the last two countries before the cue are one subject. */
function namedTogether(text: string, before: readonly CountryMention[]): boolean {
  const [first, second] = before.slice(-2);
  return Boolean(
    first &&
    second &&
    first.code !== second.code &&
    JOINED.test(text.slice(first.end, second.start)) &&
    !isObject(text, first),
  );
}

/**
 * "Our operations centre here and the Guyana Defence Force Coast Guard will…", "our Internal
 * Security Agency and the Security Service of Ukraine will…": we and they.
 */
const OUR_AND_THEIRS =
  /\b[Oo]ur\b[^,.;:]{0,60}?\band\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+){0,5}?(?:of\s+(?:the\s+)?)?$/u;
function ourAndNamed(text: string, before: readonly CountryMention[]): boolean {
  const last = before.at(-1);
  return Boolean(last && OUR_AND_THEIRS.test(charsBefore(text, last, 110)));
}

/** Whether `mention` is the object of a preposition or verb after `from` (its clause's start). */
const isObject = (text: string, mention: CountryMention, from = 0) =>
  PREPOSITION_BEFORE.test(charsBefore(text, mention, 20, from));

/** "Its interior ministry said…", "Their coast guards will…": a sentence opening on a possessive. */
const OPENS_ON_POSSESSIVE = /^(?:\d+\.\s+)?(?:Its|Their)\s/;

/**
 * "Peru has moved more cautiously. Its interior ministry said…": words that open on "its" (or
 * that the caller found open on a pronoun) are about the country the sentence before names first
 * as a subject.
 */
export function possessorBefore(
  text: string,
  start: number,
  sentenceBefore: Span | undefined,
  mentions: readonly CountryMention[],
  opensOnPronoun = OPENS_ON_POSSESSIVE.test(text.slice(start, start + 20)),
): CountryMention | undefined {
  if (!sentenceBefore || !opensOnPronoun) return undefined;
  return subjectsBetween(text, mentions, sentenceBefore.start, sentenceBefore.end)[0];
}

/** Countries named between `from` and `to` that are not the object of a preposition. */
export function subjectsBetween(
  text: string,
  mentions: readonly CountryMention[],
  from: number,
  to: number,
): CountryMention[] {
  return mentions.filter(
    (mention) => mention.start >= from && mention.end <= to && !isObject(text, mention, from),
  );
}

const AFTER_A_VERB =
  /\b(?:[a-z]+(?:ing|ed)|provides|gives|supplies|sends|offers|trains|helps|lends|grants|assists|supports)\s+$/;

function nearestSubject(
  text: string,
  clause: Span,
  cueStart: number,
  before: readonly CountryMention[],
  selfCountry: string | null,
  relatives: readonly Span[],
): (Span & { code: string; byName: boolean }) | undefined {
  const subjects = subjectsBetween(text, before, clause.start, cueStart);
  // "Latvian instructors have trained Ukrainian soldiers": after a verb, an object.
  const country = subjects
    .filter((mention, i) => i === 0 || !AFTER_A_VERB.test(charsBefore(text, mention, 20)))
    .at(-1);
  // "Australian police advisers, who have worked in our headquarters, …": not the speaker.
  const self = selfCountry
    ? [...spansOf(SPEAKER_REFERENCE, text, { start: clause.start, end: cueStart })]
        .filter((reference) => !relatives.some((relative) => inside(relative, reference)))
        .at(-1)
    : undefined;
  // "Portuguese advisers have been helping our ministry": "our" after a verb is its object.
  const selfIsObject =
    self !== undefined && country !== undefined && AFTER_A_VERB.test(charsBefore(text, self, 20));
  if (self && selfCountry && !selfIsObject && (!country || self.start > country.start)) {
    return { ...self, code: selfCountry, byName: false };
  }
  return country && { ...country, byName: true };
}

/** "We are willing to do so, provided the drones are flown by Fijian crews": not the giver. */
function notInCondition(text: string, clause: Span) {
  const conditions = [...spansOf(CONDITION_PHRASE, text, clause)];
  return (mention: CountryMention) => !conditions.some((condition) => inside(condition, mention));
}

/** The country of the agency a clause's subject names ("the council" → "the UAE Cyber Security Council"). */
function agencyCountry(
  text: string,
  clause: Span,
  cueStart: number,
  mentions: readonly CountryMention[],
): (Span & { code: string; byName: boolean }) | undefined {
  const subject = [...text.slice(clause.start, cueStart).matchAll(AGENCY_SUBJECT)].at(-1);
  if (!subject?.[1]) return undefined;
  const noun = subject[1];
  const fullName = new RegExp(`\\b${noun.charAt(0).toUpperCase()}${noun.slice(1)}\\b`, "g");
  const named = [...text.slice(0, clause.start).matchAll(fullName)].at(-1);
  if (!named) return undefined;
  const sentenceStart = Math.max(
    0,
    text.lastIndexOf(". ", named.index) + 1,
    named.index - AGENCY_NAME_CHARS,
  );
  const country = mentions
    .filter((mention) => mention.start >= sentenceStart && mention.end <= named.index)
    .at(-1);
  if (!country) return undefined;
  const start = clause.start + subject.index;
  return { start, end: start + subject[0].length, code: country.code, byName: true };
}

/** How far before an agency's name its country may stand ("Paraguay’s National Anti-Drug Secretariat"). */
const AGENCY_NAME_CHARS = 60;
