import type { Stage } from "@pledgewatch/domain";
import { charsBefore, MONTH_NAMES, spansOf } from "./sentences.ts";

/** A word or phrase that marks a commitment and the stage it implies. */
export interface Cue {
  stage: Stage;
  start: number;
  end: number;
  /** How firmly the words promise something, 0–1; the starting point of a candidate's confidence. */
  strength: number;
  /** A receiving party ("have been receiving training from China"): the giver commits. */
  receiving?: boolean;
  /** Guests of an institution ("officers are studying at the Pakistan Military Academy"): the host gives. */
  hosted?: boolean;
  /** A named programme ("the Police Equipment Modernization Programme"), weaker than work under way. */
  named?: boolean;
  /** "Under the agreement, …": one party's part of an agreement, not the agreement itself. */
  instrument?: boolean;
  /** A bare "will"/"shall": a promise only when a party says it of itself. */
  modal?: boolean;
  /** "Has set aside funds": money committed is a commitment, whatever it pays for. */
  allocation?: boolean;
  /** "The Cambodian side asked for…": a party's request is one, whatever it asks for. */
  request?: boolean;
}

interface CuePattern extends Omit<Cue, "start" | "end"> {
  pattern: RegExp;
}

/** Money committed from a budget: a programme's cue, and a party's own spending. */
export const ALLOCATION_WORDS = "allocated|earmarked|budgeted|set aside";

const ASPIRATION_VERBS =
  "seek|seeks|seeking|sought|hope|hopes|hoping|hoped|wish|wishes|wishing|aspire|aspires|aspiring|want|wants|wanting|look|looks|looking|aim|aims|aiming|intend|intends|intending|plan|plans|planning";

/**
 * The cues, from the stage definitions in packages/domain (vocabulary.ts): hope / seek / look
 * forward → aspiration; will / pledge / commit → pledge; agreed / signed → agreement; allocated /
 * programme / ongoing work → programme. Strength orders them: a signature is firmer than a hope.
 */
const CUE_PATTERNS: CuePattern[] = [
  {
    stage: "agreement",
    strength: 0.85,
    pattern:
      /(?<!\bto be |\b(?:measures|steps|terms|points|actions|projects|plans|agreements|memoranda|documents|instruments) )\b(?:agreed|agree|agrees|signed|sign|signs|concluded|inked|initialled|renewed|reached (?:an |a )?(?:[\w-]+ ){0,2}(?:agreement|consensus|understanding)|entered into|(?:conclusion|signing) of|welcomed the (?:signing|conclusion|renewal))\b/gi,
  },
  {
    // "The measures were adopted at the first meeting of…": what a meeting adopted is agreed.
    stage: "agreement",
    strength: 0.85,
    pattern: /\b(?:was|were) adopted at\b/gi,
  },
  {
    // A commitment stated through the instrument that holds it: "Under the agreement, India supplies…".
    stage: "agreement",
    strength: 0.7,
    instrument: true,
    pattern:
      /\b(?:(?:under|as part of|through) (?:the|this|a|an|that) (?:[\w-]+ ){0,3}(?:agreement|deal|memorandum|MoU|compact|pact|accord|arrangement|plan|protocol|framework|programme|program)|(?:agreement|deal|memorandum|MoU|compact|pact|accord) (?:provides|provided|calls|called|commits|committed) (?:for|to))\b/gi,
  },
  {
    stage: "pledge",
    strength: 0.8,
    pattern:
      /\b(?:pledged?|pledges|pledging|committed to|commits to|commit to|commitment to|promised?|promises|undertook|undertakes?|undertaken to|vowed?|vows|resolved to|decided to|deciding to|determined to|(?:re)?affirm(?:ed|s)? to|(?:is|are|was|were|stands?|stood|remains?) (?:also |still |now )?ready to|(?:is|are) going to|offered|offers? to|(?<=\b(?:[Ww]e|I) (?:also |now |hereby )?)offer|intention to|determination to|(?:is|are) to (?:run|provide|hold|open|deliver|deploy|train|supply|build|host|send|establish|set up|fund|donate|lend|take place|begin|start)|(?:is|are) to be (?:given|provided|completed|finished|delivered|opened|built|installed|supplied|deployed|set up|posted|stationed|extended|trained|made available|available|held|sent|equipped|staffed|funded|handed|handed over|working|operational|in place)|(?:directed|instructed|tasked|mandated) (?:[\w’-]+ ){0,8}?to)\b/gi,
  },
  {
    // "Haiti is grateful for the offer of training, and we accept it": an offer taken up.
    stage: "pledge",
    strength: 0.7,
    pattern: /\baccept(?:s|ed)? (?:it|them|(?:the|that|this) (?:offer|proposal|request))\b/gi,
  },
  // "…remedies that will assist": a "will" in a relative clause describes, it does not promise.
  {
    stage: "pledge",
    strength: 0.65,
    modal: true,
    pattern: /(?<!\b(?:that|which|who) )\b(?:will|shall)\b|[’']ll\b/gi,
  },
  {
    stage: "aspiration",
    strength: 0.6,
    pattern: new RegExp(
      `\\b(?:(?:${ASPIRATION_VERBS}) (?:to|for)|(?:is|are|was|were) (?:seeking|looking|hoping|aiming|planning)|look(?:s|ing)? forward to|(?:it is )?(?:our|my|their|his|her) hope|we hope|hope[sd]? that|expressed (?:its |their |his |her |the )?(?:optimism|hope|interest|wish|readiness|willingness)|the need (?:for|to)|call(?:ed|s)? for|urged?|urges|would (?:also |still |very much )?(?:like|welcome)|(?:is|are) keen to|(?:is|are) interested in|(?:both (?:of us|(?:our )?(?:governments|countries|sides))|they|we) (?:also )?want(?:ed)?(?! to\\b)|sought|(?:is|are) considering|consider(?:s|ed)? (?:to|the possibility)|the possibility of)\\b`,
      "gi",
    ),
  },
  {
    stage: "aspiration",
    strength: 0.6,
    request: true,
    pattern:
      /(?<!\b(?:the|a|this|that|its|their|his|her) )\brequest(?:ed|s)?\b|(?<=\p{L}\s|\b(?:however|also|therefore|now|then),\s)\bask(?:s|ed)? (?!not\b)(?:[\p{L}\p{N}’-]+ ){0,3}?(?:to|for|whether|that)\b/giu,
  },
  {
    stage: "programme",
    strength: 0.6,
    allocation: true,
    pattern: new RegExp(`\\b(?:${ALLOCATION_WORDS})\\b`, "gi"),
  },
  {
    stage: "programme",
    strength: 0.6,
    pattern:
      /\b(?:disbursed|funded|financed|has adopted|have adopted|(?:has|have) ordered|(?:will|shall) continue|ongoing|under way|underway|continues? to|(?:is|are)(?:,? \w+,| \w+ly)? (?:working|enhancing|implementing|developing|building|upgrading|deploying|training|modernising|modernizing|rolling out|carrying out|conducting|expanding|establishing|providing)|(?:has|have) been (?:providing|training|learning|studying|implementing|working|conducting|supporting|deploying|running|operating|stationed|deployed|based|funding|helping|assisting|patrolling))\b/gi,
  },
  {
    stage: "programme",
    strength: 0.55,
    named: true,
    pattern: /\b[A-Z][\w-]*(?: [A-Z][\w-]*)* (?:Programme|Program|Initiative|Project)\b/g,
  },
  {
    stage: "programme",
    strength: 0.6,
    receiving: true,
    pattern:
      /\b(?:(?:has|have) been receiving|(?:is|are) receiving|(?<!\b(?:is|are|was|were|be|been|being) )received|benefit(?:ed|ing|s)? from)\b/gi,
  },
  {
    stage: "programme",
    strength: 0.6,
    receiving: true,
    hosted: true,
    pattern:
      /\b(?:(?:already|currently|now|at present)\s+)?(?:attend|attends|attending|(?:has|have) attended|(?:is|are)\s+(?:(?:already|currently|now|at present)\s+)?(?:studying|learning|attending|following)|(?:continues? to be|(?:is|are) (?:being )?|(?:has|have) (?:long |always |\w+ly )?been) trained(?= (?:at|in|by)\b)|(?:has|have) (?:studied|trained)(?= (?:for (?:\w+ ){1,2})?(?:at|in)\b)|(?:has|have) (?:taken|followed|completed) (?:\w+ )?courses?(?= (?:[\w ]+ )?(?:at|in)\b)|keep (?:their|its|his|her) places?(?= (?:at|in|on)\b)|be (?:offered|given|granted)(?= (?:\w+ ){0,2}places?\b)|be admitted(?= (?:[\w ]+ )?to the\b))\b/gi,
  },
  // "since 2022": work that goes on.
  {
    stage: "programme",
    strength: 0.55,
    pattern: new RegExp(
      String.raw`\b[Ss]ince (?:(?:19|20)\d\d|(?:the |last )?(?:spring|summer|autumn|winter|${MONTH_NAMES}|last year))\b`,
      "g",
    ),
  },
];

/** Every cue in `text` between `from` and `to`, in text order. */
export function findCues(text: string, from: number, to: number): Cue[] {
  const cues: Cue[] = [];
  for (const { pattern, ...kind } of CUE_PATTERNS) {
    for (const found of spansOf(pattern, text, { start: from, end: to })) {
      cues.push({ ...kind, ...found });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/**
 * Words that undo the cue right after them: "will not", "has no plans to", "refused to", "neither
 * country’s forces will".
 */
const NEGATION_BEFORE =
  /\b(?:not|never|neither|nor|no longer|no|nobody|no one|none of|refused? to|refuses to|declined? to|declines to|ruled out|rejected|did not|does not|do not)\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}$/iu;
const NEGATION_AFTER = /^\s*(?:not|never|no longer|be no|n[’']t)\b/i;
const CONTRACTED_NEGATION =
  /\b(?:won[’']t|shan[’']t|can[’']t|cannot|wouldn[’']t|isn[’']t|aren[’']t|doesn[’']t|didn[’']t)\s+(?:\w+\s+){0,2}$/i;

export function isNegated(text: string, cue: Cue): boolean {
  const before = charsBefore(text, cue, 40);
  const after = text.slice(cue.end, cue.end + 12);
  return (
    NEGATION_BEFORE.test(before) || CONTRACTED_NEGATION.test(before) || NEGATION_AFTER.test(after)
  );
}

/** A condition on the promise ("if funds allow", "subject to approval"): still a candidate, less sure. */
export const CONDITION =
  /\b(?:if|unless|provided that|providing that|(?<=,\s)provided(?=\s+(?:the|they|it|we|our|their)\b)|subject to|on condition that|in the event that|as long as|depending on)\b/i;

/**
 * What opens a clause of why or when ("…, because their dogs find heroin", "…, once the two
 * governments have signed…", "…, to protect the cables that link the Baltic states with Finland"):
 * it names no party and holds no promise. "Once a year" is not one.
 */
export const SIDE_CLAUSE_OPENER =
  "so that|because|while|whereas|once(?!\\s+(?:a|an|every|more|again|in)\\b)|(?:in order )?to (?:protect|guard|secure|safeguard)";

/** "He said Kenya would…": in reported speech, "would" is the speaker's "will". */
export const REPORTED_WOULD = /\bwould\b/gi;

/**
 * A "will" that promises nothing: to meet or talk ("will discuss", "will review"; but a meeting
 * "to exchange the names of…" is the exchange, and one "at the line … and run it together" a
 * patrol), a procedure
 * ("will take effect once…"), or someone's forecast ("analysts warn it will spread").
 */
export const NOT_A_PROMISE =
  /\b(?:will|shall|would)(?:,[^,]{1,20},)? (?:\w+ly )?(?:(?:only )?work if|do little|change little|recall|remember|know|keep (?:[\w’-]+ ){0,3}informed|write to|discuss|review|consider|meet\b(?![^.;]{0,80}?\b(?:to (?:exchange|share|pass|hand|swap)|and (?:\w+ ){0,4}together)\b)|examine|explore|study|look into|hold talks|take effect|enter into force|come into force|remain valid|remain in force|look at|look again|assess|be reviewed|be held|be examined|be studied|be considered|visit|report (?:back )?to (?:the|both|their) (?:\w+ )?(?:ministers?|leaders|heads|council|committee|cabinet|parliament))\b/i;
/**
 * "I want to thank…", "Today I want to speak about…", "We will want to know whether…": what a
 * speaker does in speaking, not a wish of a party ("hopes to add a navy-to-navy exercise" is one).
 */
export const SPEAKING =
  /^\s*(?:\w+\s+)?(?:know|tell|thank|say|speak|talk|ask|remind|inform|express|acknowledge|congratulate|pay tribute|assure|begin|start by|conclude|add(?! (?:a|an|the|two|three|more|new|\d+)\b)|stress|make clear|recall|report)\b/i;
/** Voices outside the parties, whose views are not the parties' promises. */
const OUTSIDE_VOICES = "critic|analyst|observer|commentator|expert|researcher|academic";

export const FORECAST = new RegExp(
  String.raw`\b(?:whether|recalled|recalling|argued?|argues|(?:warn|warned|warns)(?! (?:each other|one another|the other))|predicted|predicts|expects?|expected|believes?|believed|fears? that|feared|claimed|claims? that|(?:${OUTSIDE_VOICES})s?(?:\s+[\p{L}\p{N}’-]+){0,6}\s+(?:say|says|said|doubt|doubted|note|noted|question|questioned)|(?:were|was|is|are) confident|confidence that|(?:it|this) will (?:make|help|mean))\b`,
  "iu",
);

/**
 * A question (or a parliamentary "To ask the Secretary of State…", "Deputy Brosnan asked the
 * Minister for Defence…") asks; it does not promise. So does a question someone unnamed put
 * ("Asked whether Dutch officers would…, the minister said…", "I have been asked whether…", "Some
 * have asked whether…", "A journalist asked me this morning whether…"); a party asking another is a
 * request ("Your Navy has asked whether…").
 */
export const QUESTION =
  /^To ask\b|^(?:Deputy|Senator|Mr|Ms|Mrs|Dr)\b[^.;]{0,60}\basked the (?:Minister|Secretary|Taoiseach|Prime Minister)\b|\?\s*["”’]?$|^(?:[^:]{0,40}:\s+)?(?:Asked whether|(?:I|We|He|She|They) (?:have|has) been asked whether|(?:Some (?:[\p{L}’]+ ){0,3}(?:have )?|(?:A|One) (?:journalist|reporter|correspondent) )asked (?:(?:me|us) (?:\p{L}+ ){0,2})?whether)\b/u;

/**
 * "In July 2024 our Prime Minister and President Zelensky signed…", "Two years ago our countries
 * signed…", "Three years later our governments signed…": a sentence opening on a date gone by tells
 * history, unless it says what will be done.
 */
export const PAST_EVENT = new RegExp(
  String.raw`^(?:[^:]{0,40}:\s+)?(?:In (?:(?:early |late )?(?:${MONTH_NAMES}) )?(?:19|20)\d\d|(?:[\p{L}-]+ )?(?:years?|months?) (?:ago|later)|(?:Nearly|Almost|More than|Over) [\p{L}-]+ (?:years|decades) ago)\b(?![^.;]*\b(?:will|shall|(?:is|are) (?:to|going to))\b)`,
  "u",
);

/**
 * "The ministers also reviewed the work of the two centres…", "The two sides discussed the
 * spillover…", "The Ministers expressed concern at…", "They noted with concern that…", "They paid
 * tribute to…": what a meeting went over or felt, unless the sentence goes on to what was decided.
 */
export const MEETING_REVIEW =
  /^(?:\d+\.\s+)?(?:The|They|We|Both)\b[^,;]{0,60}?\b(?:also )?(?:reviewed|discussed|paid tribute|noted with (?:(?:deep|grave|serious|great) )?concern|expressed (?:(?:its|their|his|her|deep|grave|serious|great) ){0,2}(?:concern|alarm|regret|sympathy|satisfaction|appreciation|gratitude))\b(?![^;]*\b(?:and|but) (?:also )?(?:agreed|decided|undertook|will|asked|requested|said|pledged|committed|resolved)\b)/;

/**
 * "The two sides will hold their next meeting in Luleå in 2028", "The next session will be held in
 * Malabo": where they meet next is not a promise, unless the sentence goes on to one ("the next
 * round of joint exercises" is).
 */
export const NEXT_MEETING =
  /^(?:\d+\.\s+)?(?:[^,;]{0,120}?\b(?:hold|holds|host|hosts)\s+(?:their|its|the)\s+next|The next)\s+(?:meeting|session|round(?!\s+of\s+(?!talks|consultations|negotiations)))\b(?![^;]*\b(?:and|but)\b)/;

/** "…, said a researcher in Niamey": what someone outside the parties says commits no one. */
export const NON_PARTY_SOURCE = new RegExp(
  String.raw`\b(?:say|says|said|according to) (?:a|an|one) (?:[\p{L}-]+ )?(?:${OUTSIDE_VOICES})\b`,
  "iu",
);

/**
 * "If the funding we have requested is approved, …", "until the scanners Costa Rica has ordered
 * are installed, …": the words of a leading condition or time clause (after a list item's number
 * and label) are not its cue.
 */
export const LEADING_CONDITION =
  /^(?:(?:\d+\.|•)\s+)?(?:[\p{L} ]{1,40}:\s+)?(?:(?:a|one|two|three|\p{L}+) (?:day|week|month|year)s? )?(?:if|unless|subject to|provided that|once|should|until|when|after|before|as soon as|pending)\b[^,]*,/iu;

/**
 * "Recalling the floods of September 2024, when the Oder rose…, the two sides decided that…": the
 * history a paragraph opens on, before what the parties decide.
 */
export const LEADING_RECALL =
  /^(?:\d+\.\s+)?Recalling\b.*?,\s+(?=(?:the|both|they|we)\b[^,]{0,50}?\b(?:decided|agreed|undertook|resolved|committed|will|shall)\b)/i;

/** A hypothetical, not a promise: "if Kenya were to…", "would have". */
export const HYPOTHETICAL = /\b(?:were to|would have|could have|might)\b/i;
