import type { Stage, ThemeSlug } from "@pledgewatch/domain";
import { acronymMentions, findCountries, type CountryMention } from "./countries.ts";
import {
  CONDITION,
  findCues,
  FORECAST,
  HYPOTHETICAL,
  isNegated,
  LEADING_CONDITION,
  LEADING_RECALL,
  MEETING_REVIEW,
  NEXT_MEETING,
  NON_PARTY_SOURCE,
  NOT_A_PROMISE,
  PAST_EVENT,
  QUESTION,
  REPORTED_WOULD,
  SIDE_CLAUSE_OPENER,
  SPEAKING,
  type Cue,
} from "./cues.ts";
import {
  MUTUAL_REFERENCE,
  possessorBefore,
  readParties,
  REPORTING_FRAME,
  subjectEndAfter,
  subjectsBetween,
} from "./parties.ts";
import {
  charsBefore,
  firstMatch,
  introducing,
  sentenceSpans,
  spansOf,
  splitAt,
  type Span,
} from "./sentences.ts";
import { findThemes } from "./themes.ts";
import { namesNoPromise, suggestTitle } from "./title.ts";
import { transcriptTurns } from "./turns.ts";
import type { Candidate, Reason, StatementContext } from "./types.ts";

/** A stretch of one sentence spoken by one voice: a quotation, or the reporter's words. */
interface Region extends Span {
  /** Who "we" is here. */
  selfCountry: string | null;
  /** "He added that": the reporting words, when the region is reported speech. */
  frame?: Span;
  /** Who says it, with the reporting words ("Analysts said" of "Analysts said the patrols will…"). */
  sayer?: Span;
  /** The country named as the one reporting ("The Philippine side … said it…"). */
  reporter?: string;
  /** Both parties named as the ones reporting ("Both governments said they hope…"). */
  mutualReporter?: Span;
}

/**
 * Candidate commitments in `text`, in text order: each clause that carries a commitment cue
 * (hope, will, agreed, allocated…) about a cooperation theme (or a firm promise by a named
 * party), with its parties, stage, a title, a confidence and the words behind each reading.
 * Nothing is invented: every quote and reason is a span of `text`. Negated promises ("will not")
 * and hypotheticals are left out; passages already logged (`context.loggedPassages`) are not
 * suggested again.
 */
export function suggestCommitments(text: string, context: StatementContext = {}): Candidate[] {
  const steps = suggestionSteps(text, context);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * `suggestCommitments` in steps: the generator pauses after each line's countries and after each
 * sentence, and returns the candidates at the end, so that a server can let other requests in
 * while it reads a long statement.
 */
export function* suggestionSteps(
  text: string,
  context: StatementContext = {},
): Generator<void, Candidate[], void> {
  // A name never runs over a line break, so the countries are found a line at a time.
  const mentions: CountryMention[] = [];
  for (const line of text.matchAll(/[^\n]+/g)) {
    mentions.push(...findCountries(text, line.index, line.index + line[0].length));
    yield;
  }
  mentions.push(...acronymMentions(text, mentions));
  mentions.sort((a, b) => a.start - b.start);
  const speakerCountry = context.speakerCountryId ?? null;
  const mainCounterpart = mostNamedOther(mentions, speakerCountry);
  // In a bilateral statement each side's partner is the other side.
  const partnerOf = (country: string | null) =>
    country === speakerCountry
      ? mainCounterpart
      : country === mainCounterpart
        ? speakerCountry
        : null;
  const turns = transcriptTurns(text, mentions, {
    speaker: speakerCountry,
    partner: mainCounterpart,
  });
  const candidates: Candidate[] = [];
  const titles = headlines(text);
  // The candidates of the sentence before, whose themes a theme-less follow-up goes on about.
  let previous: Candidate[] = [];
  let sentenceBefore: Span | undefined;
  for (const sentence of sentenceSpans(text)) {
    const here: Candidate[] = [];
    const sentenceText = text.slice(sentence.start, sentence.end);
    const skipped =
      QUESTION.test(sentenceText) ||
      PAST_EVENT.test(sentenceText) ||
      MEETING_REVIEW.test(sentenceText) ||
      NEXT_MEETING.test(sentenceText) ||
      NON_PARTY_SOURCE.test(sentenceText) ||
      titles.some((title) => overlaps(title, sentence));
    const turn = turns.find((found) => sentence.start >= found.start && sentence.start < found.end);
    const voice = turn?.country ?? speakerCountry;
    // "Minister Kalniņš: We will provide…", "TANGIER, 30 November 2026 — Spain and Morocco will…":
    // the speaker's name and the dateline are not part of the promise.
    const opening =
      turn && turn.start === sentence.start ? { ...sentence, start: turn.labelEnd } : sentence;
    const dateline = DATELINE.exec(text.slice(opening.start, opening.end))?.[0].length ?? 0;
    const spoken = { ...opening, start: opening.start + dateline };
    const regions = skipped ? [] : regionsOf(text, spoken, sentenceBefore, mentions, voice);
    for (const region of regions) {
      const partner = partnerOf(region.selfCountry);
      /** Reads `clauses` in turn as promises; undefined as soon as one of them makes none. */
      const readInTurn = (clauses: readonly Span[]): Candidate[] | undefined => {
        const taken: Candidate[] = [];
        for (const clause of clauses) {
          const before = here.length || taken.length ? [...here, ...taken] : previous;
          const pointsBack =
            before.length > 0 && FOLLOW_UP.test(text.slice(clause.start, clause.end));
          const goesOnAbout = (subject: Span) =>
            pointsBack || detailedPromise(text, subject, candidates) !== undefined;
          const candidate = readClause(text, clause, region, mentions, partner, goesOnAbout);
          if (!candidate) return undefined;
          const detailed = pointsBack
            ? undefined
            : detailedPromise(text, subjectOf(candidate), candidates);
          if (detailed) continuePromise(text, candidate, detailed);
          else if (pointsBack || candidate.themes.length === 0) {
            inheritThemes(candidate, before, "theme of the promise just before");
          }
          const promiseBefore = before.at(-1);
          if (promiseBefore && namesNoPromise(candidate.title)) {
            candidate.title = promiseBefore.title;
          }
          taken.push(candidate);
        }
        return taken;
      };
      for (const clause of clausesOf(text, region)) {
        // "Djibouti will hand migrants … to the Ethiopian authorities, and Ethiopia will receive
        // them": two promises when each half makes one by itself; otherwise the clause is one.
        const halves = splitAt(text, clause, SECOND_PARTY_PROMISE);
        here.push(...((halves.length > 1 && readInTurn(halves)) || readInTurn([clause]) || []));
      }
    }
    candidates.push(...here);
    previous = here;
    sentenceBefore = sentence;
    yield;
  }
  const logged = context.loggedPassages ?? [];
  return mergeNearDuplicates(candidates).filter(
    (candidate) => !logged.some((passage) => overlaps(passage, candidate)),
  );
}

/** "This funding will pay for…", "…to that effect", "double that sum": words that point back. */
const FOLLOW_UP =
  /^(?:\d+\.\s+)?(?:this|these|such|the same)\s+\p{L}+|\b(?:to that effect|to this end|for that purpose|welcomed the (?:request|offer|proposal)|(?:this|that|these|those|similar) (?:sums?|amounts?|money|funding|support|programmes?|projects?|work|offers?|help|assistance|measures?))\b/iu;

/**
 * "The Omani side welcomed the offer and will nominate its first officers by April": a promise
 * that names no theme of its own, or points back to the one just before it, takes its themes.
 */
function inheritThemes(candidate: Candidate, before: readonly Candidate[], detail: string) {
  const themeReasons = before.flatMap((other) => other.reasons.filter((r) => r.kind === "theme"));
  const seen = new Set<string>(candidate.themes);
  for (const themeReason of themeReasons) {
    if (!themeReason.value || seen.has(themeReason.value)) continue;
    seen.add(themeReason.value);
    candidate.themes.push(themeReason.value as ThemeSlug);
    candidate.reasons.push({ ...themeReason, detail });
  }
  candidate.reasons.sort((a, b) => a.start - b.start);
}

/** "The centre…", "He said every patrol…": a definite subject at the start of a promise. */
const DEFINITE_SUBJECT =
  /(?<=^|\b(?:said|added|that)\s+)(?:the|this|these|those|each|every)\s+(?:(?:joint|new|combined|mixed|same)\s+)*(\p{L}{4,})\b/giu;

/** What commentary judges ("the move will play a critical role"), not a thing set up. */
const JUDGED_EVENT =
  /^(?:moves?|steps?|decisions?|developments?|visits?|talks|meetings?|relationships?|partnerships?|cooperation)$/;

/** How far back a further passage may refer: a reader loses the thread beyond a paragraph or two. */
const RECENT_PROMISES = 6;

interface DetailedPromise {
  promise: Candidate;
  /** The words that refer back to it: "The centre". */
  reference: Span;
}

/**
 * "The centre will be staffed by…" after "will open a joint centre": a promise whose subject is
 * a thing an earlier promise introduced details that promise (a further passage of it, in the
 * labelling rules), so it has its parties and themes.
 */
function detailedPromise(
  text: string,
  subjectWords: Span,
  earlier: readonly Candidate[],
): DetailedPromise | undefined {
  for (const subject of spansOf(DEFINITE_SUBJECT, text, subjectWords)) {
    const noun = /\p{L}+$/u.exec(text.slice(subject.start, subject.end))?.[0] ?? "";
    // "The Philippine side": a name, not a thing; "the move will play a role": a judgement of a
    // decision, not more of it.
    if (noun !== noun.toLowerCase() || JUDGED_EVENT.test(noun)) continue;
    const introduced = introducing(noun);
    const promise = earlier
      .slice(-RECENT_PROMISES)
      .findLast((other) => introduced.test(other.quote));
    if (promise) return { promise, reference: subject };
  }
  return undefined;
}

/** The words of a candidate before its deciding cue, where its subject stands. */
function subjectOf(candidate: Candidate): Span {
  const cue = candidate.reasons.find((found) => found.kind === "cue");
  return { start: candidate.start, end: cue?.start ?? candidate.start };
}

/** A further passage takes the parties and themes of the promise it details; its reasons say so. */
function continuePromise(
  text: string,
  candidate: Candidate,
  { promise, reference }: DetailedPromise,
) {
  candidate.committingCountryId = promise.committingCountryId;
  candidate.counterpartCountryIds = promise.counterpartCountryIds;
  candidate.direction = promise.direction;
  candidate.reasons = candidate.reasons.filter(
    (found) => !["party", "counterpart", "mutual"].includes(found.kind),
  );
  candidate.reasons.push({
    kind: "party",
    text: text.slice(reference.start, reference.end),
    ...reference,
    detail: `goes on about “${promise.title}”: its parties`,
    ...(promise.committingCountryId ? { value: promise.committingCountryId } : {}),
  });
  inheritThemes(candidate, [promise], `theme of “${promise.title}”, which it goes on about`);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

const MAX_HEADLINE_CHARS = 200;

/** "TANGIER, 30 November 2026 — ", "NAIROBI, Nov 28 (Reuters) - ": a news report's dateline. */
const DATELINE =
  /^\p{Lu}{2,}[\p{Lu} .'’-]*(?:,[^.—–\n]{1,40})?\s*(?:\([^)\n]{1,30}\)\s*)?(?:[—–]|\s-)\s+/u;

/**
 * The lines above the first sentence that have no full stop — a publisher's line, the title, a
 * dateline: they name, they do not promise.
 */
function headlines(text: string): Span[] {
  const spans: Span[] = [];
  // The last line is the body however it ends: a one-line statement is not a title.
  for (const line of [...text.matchAll(/[^\n]*\S[^\n]*/g)].slice(0, -1)) {
    const words = line[0].trim();
    if (words.length > MAX_HEADLINE_CHARS || /[.!?:;"”’)]$/.test(words)) break;
    const start = line.index + line[0].indexOf(words);
    spans.push({ start, end: start + words.length });
  }
  return spans;
}

/**
 * A statement is about one other country when that country is named this many times more often
 * than any third country (a communiqué may name a regional body's other members in passing).
 */
const MAIN_COUNTERPART_LEAD = 2;

/** The country a statement is about, besides the speaker's, if it is about one. */
function mostNamedOther(mentions: readonly CountryMention[], self: string | null): string | null {
  const counts = new Map<string, number>();
  for (const { code } of mentions) if (code !== self) counts.set(code, (counts.get(code) ?? 0) + 1);
  const [first, second] = [...counts].sort((a, b) => b[1] - a[1]);
  return first && first[1] >= (second?.[1] ?? 0) * MAIN_COUNTERPART_LEAD ? first[0] : null;
}

const MIN_QUOTATION_WORDS = 6;

/**
 * Splits a sentence into quotations and the words around them. A quotation's "we" is whoever the
 * words outside it name ("said the Chinese ambassador"), else the speaker.
 */
function regionsOf(
  text: string,
  sentence: Span,
  sentenceBefore: Span | undefined,
  mentions: readonly CountryMention[],
  speakerCountry: string | null,
): Region[] {
  const body = text.slice(sentence.start, sentence.end);
  const open = body.search(/[“"]/);
  const close = open === -1 ? body.search(/”/) : body.slice(open + 1).search(/[”"]/) + open + 1;
  const quoted: Span | undefined =
    open !== -1
      ? {
          start: sentence.start + open + 1,
          end: close > open ? sentence.start + close : sentence.end,
        }
      : close !== -1
        ? { start: sentence.start, end: sentence.start + close }
        : undefined;
  // A few quoted words ("gravest threats") are the reporter's emphasis, not another voice.
  const isQuotation =
    quoted &&
    text.slice(quoted.start, quoted.end).trim().split(/\s+/).length >= MIN_QUOTATION_WORDS;
  if (!quoted || !isQuotation)
    return [
      withFrame(text, { ...sentence, selfCountry: speakerCountry }, sentenceBefore, mentions),
    ];

  const outside = [
    { start: sentence.start, end: quoted.start - (open === -1 ? 0 : 1) },
    { start: Math.min(sentence.end, quoted.end + 1), end: sentence.end },
  ].filter((span) => span.end - span.start > 1);
  const attributed = mentions.find((mention) =>
    outside.some((span) => mention.start >= span.start && mention.end <= span.end),
  );
  return [
    { ...quoted, selfCountry: attributed?.code ?? speakerCountry },
    ...outside.map((span) =>
      withFrame(text, { ...span, selfCountry: speakerCountry }, sentenceBefore, mentions),
    ),
  ];
}

/** "…, Ghana's minister said.": the attribution after the words it reports. */
const TRAILING_ATTRIBUTION =
  /,\s+(?!(?:and|but|while|who|which)\b)(?:[^,;]{1,80}?\s)?(?:said|added|told (?:reporters|journalists)|stated|announced)(?:\s+(?:on|in|at|last|this|yesterday|today|earlier)\b[^,;.]{0,25})?\s*[.!]?\s*$/i;

/**
 * "He added that Kenya is looking to…": the promise starts after the reporting words; "…, the
 * minister said." ends before them.
 */
function withFrame(
  text: string,
  region: Region,
  sentenceBefore: Span | undefined,
  mentions: readonly CountryMention[],
): Region {
  const frame = firstMatch(REPORTING_FRAME, text, region);
  const firstCue = findCues(text, region.start, region.end)[0];
  if (!frame || (firstCue && firstCue.start < frame.start)) {
    const attribution = firstMatch(TRAILING_ATTRIBUTION, text, region);
    if (!attribution) {
      // "The Indian side informed that… It requested the Bhutanese side to…": "It" acts for the
      // country the sentence before is about.
      const actor = OPENS_ON_IT_ACTING.test(text.slice(region.start, region.end))
        ? possessorBefore(text, region.start, sentenceBefore, mentions, true)
        : undefined;
      return actor ? { ...region, reporter: actor.code } : region;
    }
    const words = trimmed(text, attribution);
    const reporter = subjectsBetween(text, mentions, words.start, words.end).at(-1);
    return { ...region, end: attribution.start, frame: words, reporter: reporter?.code };
  }
  const saying = { start: region.start, end: frame.start };
  const reporter = (
    subjectsBetween(text, mentions, saying.start, saying.end).at(-1) ??
    possessorBefore(text, saying.start, sentenceBefore, mentions)
  )?.code;
  const mutualReporter = firstMatch(MUTUAL_REFERENCE, text, saying);
  const sayer = { start: region.start, end: frame.end };
  return { ...region, start: frame.end, frame, sayer, reporter, mutualReporter };
}

const OPENS_ON_IT_ACTING =
  /^(?:\d+\.\s+)?It\s+(?:also\s+)?(?:requested|asked|urged|proposed|offered|undertook|pledged|promised|agreed|sought|invited|called)\b/;

/** Where a second promise starts inside one sentence ("…from China and stressed the need for…"). */
const CLAUSE_BREAK =
  /;\s+|,?\s+and\s+(?=(?:also\s+|further\s+)?(?:stressed|emphasi[sz]ed|called|urged|noted|added|pledged|agreed|said|expressed|announced|we|they|our|the two|both)\b)|,\s+(?:while|whereas|but)\s+/gi;

/**
 * ", and Ethiopia will…", ", and the Bhutanese side will…": a second party's promise joined to the
 * first. Case matters: the name is capitalised.
 */
const SECOND_PARTY_PROMISE =
  /,\s+and\s+(?=(?:the\s+)?\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]*){0,3}\s+(?:side\s+)?(?:will|would|shall|has|have|is|are|can|could)\b)/gu;

function clausesOf(text: string, region: Region): Span[] {
  const cues = findCues(text, region.start, region.end);
  const hasCue = (span: Span) => cues.some((cue) => cue.start >= span.start && cue.end <= span.end);
  // A piece without a cue belongs to the promise before it (or after it, at the start).
  const clauses: Span[] = [];
  for (const piece of splitAt(text, region, CLAUSE_BREAK)) {
    const previous = clauses.at(-1);
    if (previous && (!hasCue(piece) || !hasCue(previous))) previous.end = piece.end;
    else clauses.push({ ...piece });
  }
  return clauses
    .map((clause) => trimmed(text, clause))
    .filter((clause) => clause.end > clause.start);
}

/** Drops surrounding spaces, quotation marks and the comma before an attribution. */
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s“”"‘,;:]/.test(text.charAt(start))) start += 1;
  while (end > start && /[\s“”",;:]/.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

/**
 * A clause with no theme word is still a commitment when its cue is firm ("agreed", "offered")
 * or a party says "will" of itself ("Poland will provide host-nation support", "Our engineers
 * will visit…", "Each country will pay…"); a bare "will" after anything else ("the move will play
 * a role") is not.
 */
function promisesWithoutTheme(
  text: string,
  clause: Span,
  cue: Cue,
  mentions: readonly CountryMention[],
): boolean {
  if ((cue.stage === "pledge" || cue.stage === "agreement") && !cue.modal && !cue.instrument) {
    return true;
  }
  const justBefore = charsBefore(text, cue, 30, clause.start);
  const partySays =
    /\b(?:we|sides?|our\s+\w+|each\s+(?:country|side|government))\s+(?:\w+\s+){0,2}$/i.test(
      justBefore,
    ) ||
    mentions.some(
      (mention) =>
        mention.start >= clause.start && mention.end <= cue.start && mention.end >= cue.start - 30,
    );
  if (cue.allocation) return true;
  // "Minister, you asked us this morning to return…", "It requested similar support…": the one
  // spoken to, or the party the sentence before named, asks.
  if (cue.request === true && /\b(?:you|it)\s+(?:\w+\s+){0,2}$/i.test(justBefore)) return true;
  return (cue.modal === true || cue.request === true || cue.stage === "aspiration") && partySays;
}

/** "…at the Center in Quezon City, which since 2019 has helped…": what a relative clause says. */
const IN_RELATIVE_CLAUSE = /,\s+(?:which|who|where)\b[^,;]*$/i;

/**
 * The stage the clause's cues add up to, and the cue that decides it: work under way wins (but not
 * work a relative clause reports), then the first cue (a hope for a signature is a hope) unless it
 * only opens the clause ("Aiming to expand…, Egypt has expressed interest…").
 */
function decideStage(text: string, clause: Span, cues: readonly Cue[]): Cue | undefined {
  const underWay = cues.find(
    (cue) =>
      cue.stage === "programme" &&
      !cue.named &&
      !cue.hosted &&
      !IN_RELATIVE_CLAUSE.test(text.slice(clause.start, cue.start)),
  );
  if (underWay) return underWay;
  const [first, second] = cues.filter((cue) => cue.stage !== "programme");
  const opensClause =
    first !== undefined &&
    /^\p{L}+ing\b/u.test(text.slice(first.start, first.end)) &&
    !/\p{L}/u.test(text.slice(clause.start, first.start));
  return (opensClause && second ? second : first) ?? cues[0];
}

function readClause(
  text: string,
  clauseAsWritten: Span,
  region: Region,
  mentions: readonly CountryMention[],
  partner: string | null,
  /**
   * Whether the clause, by the words before its cue, goes on about an earlier promise ("This
   * funding will pay for…", "Each patrol will carry…").
   */
  goesOnAbout: (subject: Span) => boolean,
): Candidate | undefined {
  // "Recalling the memorandum signed in Kyiv…, the two sides decided…": what is recalled is read
  // neither as the promise nor as its parties.
  const recall = LEADING_RECALL.exec(text.slice(clauseAsWritten.start, clauseAsWritten.end));
  const wholeClause = recall
    ? { start: clauseAsWritten.start + recall[0].length, end: clauseAsWritten.end }
    : clauseAsWritten;
  const body = text.slice(wholeClause.start, wholeClause.end);
  const found = findCues(text, wholeClause.start, wholeClause.end);
  if (region.frame) {
    for (const would of spansOf(REPORTED_WOULD, text, wholeClause)) {
      found.push({ stage: "pledge", strength: 0.6, modal: true, ...would });
    }
    found.sort((a, b) => a.start - b.start);
  }
  if (found.some((cue) => personalHope(text, cue, wholeClause))) return undefined;
  const leadingCondition = LEADING_CONDITION.exec(body);
  // "Analysts said the patrols will struggle…": who says it may make it a forecast.
  const sayer = region.sayer ? `${text.slice(region.sayer.start, region.sayer.end)} ` : "";
  const forecast = FORECAST.test(sayer + text.slice(region.start, clauseAsWritten.start) + body);
  const cues = found.filter(
    (cue) =>
      !isNegated(text, cue) &&
      !(leadingCondition && cue.start < wholeClause.start + leadingCondition[0].length) &&
      !(
        cue.modal &&
        (forecast ||
          NOT_A_PROMISE_HERE.test(text.slice(cue.start, cue.start + NOT_A_PROMISE_CHARS)))
      ) &&
      !(cue.stage === "aspiration" && SPEAKING.test(text.slice(cue.end, cue.end + 25))) &&
      !sharedView(text, cue, wholeClause) &&
      !(
        (cue.stage === "agreement" || cue.stage === "pledge") &&
        PROMISE_TO_DELIBERATE.test(text.slice(cue.end, cue.end + 30))
      ) &&
      !AN_ANSWER.test(text.slice(cue.end, cue.end + 25)) &&
      !RECALLED.test(text.slice(wholeClause.start, cue.start)) &&
      !(cue.stage === "programme" && TREND.test(text.slice(wholeClause.start, cue.start))) &&
      !IN_SIDE_CLAUSE.test(text.slice(wholeClause.start, cue.start)) &&
      !namesTheInstrument(text, cue, found),
  );
  if (
    cues.length === 0 ||
    (HYPOTHETICAL.test(body) && CONDITION.test(body)) ||
    SIGNING_FORMALITY.test(body)
  ) {
    return undefined;
  }
  const cue = decideStage(text, wholeClause, cues);
  if (!cue) return undefined;
  const clause = aroundCue(text, wholeClause, cue);
  const clauseCues = cues.filter((found) => found.start >= clause.start && found.end <= clause.end);
  const themeMatches = findThemes(text, clause.start, clause.end).filter(
    (match, _, all) =>
      match.theme !== "cooperation-frameworks" ||
      all.length === 1 ||
      frameworkIsPromised(text, cue, match),
  );
  if (
    themeMatches.length === 0 &&
    (ANNOUNCEMENT.test(body) ||
      (!promisesWithoutTheme(text, clause, cue, mentions) &&
        !goesOnAbout({ start: clause.start, end: cue.start })))
  ) {
    return undefined;
  }

  const themes = themeMatches.map((match) => match.theme);
  const parties = readParties({
    text,
    clause,
    cueStart: cue.instrument
      ? instrumentSubjectEnd(text, clause, cue, clauseCues, mentions)
      : cue.start,
    receiving: clauseCues.find((found) => found.receiving),
    mentions,
    selfCountry: region.selfCountry,
    reporter: region.reporter,
    mutualReporter: region.mutualReporter,
    leadingCondition: leadingCondition
      ? { start: wholeClause.start, end: wholeClause.start + leadingCondition[0].length }
      : undefined,
    partner,
    jointTheme: themes.includes("joint-operations"),
  });
  const condition = firstMatch(CONDITION, text, clause);
  const specific = !themes.includes("cooperation-frameworks");

  const reasons: Reason[] = [
    reason(text, "cue", cue, `${cue.stage} cue`),
    ...themeMatches.map((match) => reason(text, "theme", match, "theme", match.theme)),
  ];
  if (parties.committingWords) {
    const { detail, code } = parties.committingWords;
    reasons.push(reason(text, "party", parties.committingWords, detail, code));
  }
  for (const mention of mentions) {
    if (
      mention.start >= clause.start &&
      mention.end <= clause.end &&
      parties.counterparts.includes(mention.code)
    ) {
      reasons.push(reason(text, "counterpart", mention, "counterpart", mention.code));
    }
  }
  // An agreement binds both sides, whoever the sentence names first; but one named country that
  // "has agreed to" something, or "we have agreed" in reply to a request, consents alone.
  const consents = (found: Cue) =>
    /^agree/i.test(text.slice(found.start, found.end)) &&
    (parties.committingWords?.byName === true ||
      (parties.committingWords !== undefined &&
        CONSENT.test(text.slice(Math.max(0, found.start - 5), found.end))));
  // "Peru is looking to sign a protocol": a signing hoped for binds no one yet.
  const hoped = (found: Cue) =>
    cues.some(
      (hope) =>
        hope.stage === "aspiration" && hope.end <= found.start && found.start - hope.end <= 25,
    );
  const agreement = cues.find(
    (found) =>
      found.stage === "agreement" && !found.instrument && !consents(found) && !hoped(found),
  );
  const mutual = parties.mutual ?? agreement;
  if (mutual) {
    const detail = parties.mutual ? "both parties commit" : "an agreement binds both sides";
    reasons.push(reason(text, "mutual", mutual, detail));
  }
  if (region.frame) reasons.push(reason(text, "reported-speech", region.frame, "reported speech"));
  if (cue.stage === "programme" && !cue.named) {
    reasons.push(reason(text, "ongoing", cue, "already under way: an existing programme"));
  }
  if (condition) reasons.push(reason(text, "condition", condition, "a condition: less sure"));

  const confidence =
    cue.strength +
    (parties.committingWords ? 0.1 : 0) +
    (themes.length === 0 ? -0.15 : specific ? 0.05 : -0.05) -
    (condition ? 0.25 : 0) -
    (parties.committing ? 0 : 0.15);
  return {
    start: clause.start,
    end: clause.end,
    quote: text.slice(clause.start, clause.end),
    committingCountryId: parties.committing,
    counterpartCountryIds: parties.counterparts,
    direction: mutual ? "mutual" : "unilateral",
    themes: themes as ThemeSlug[],
    stage: cue.stage as Stage,
    title: suggestTitle(text, clause, clauseCues),
    confidence: Math.round(Math.min(0.95, Math.max(0.05, confidence)) * 100) / 100,
    reasons: reasons.sort((a, b) => a.start - b.start),
  };
}

/** How far after "Under the memorandum," the subject's countries may end ("the Coast Guard of the Antigua and Barbuda Defence Force and the Saint Kitts and Nevis Coast Guard"). */
const INSTRUMENT_SUBJECT_CHARS = 110;

/**
 * "Under the agreement, French instructors train Senegalese units": the party is the subject after
 * the instrument's phrase, so parties are read up to the end of its first country's name.
 */
function instrumentSubjectEnd(
  text: string,
  clause: Span,
  cue: Cue,
  clauseCues: readonly Cue[],
  mentions: readonly CountryMention[],
): number {
  const comma = text.indexOf(",", cue.end);
  if (comma === -1 || comma >= clause.end) return cue.start;
  const subjectEnd = Math.min(clause.end, comma + INSTRUMENT_SUBJECT_CHARS);
  // With no country in it ("the Judiciary Police of the two countries will…"), the subject runs
  // to the verb's cue.
  const verb = clauseCues.find((found) => found.start > comma && !found.instrument);
  const countryless =
    verb && !mentions.some((mention) => mention.start > comma && mention.end <= verb.start);
  return (
    subjectEndAfter(text, mentions, comma, subjectEnd) ?? (countryless ? verb.start : cue.start)
  );
}

/** "Under a status-of-forces agreement signed in 2023, …": the signing names the instrument. */
function namesTheInstrument(text: string, cue: Cue, cues: readonly Cue[]): boolean {
  return cues.some((instrument) => {
    if (!instrument.instrument || cue.instrument || instrument.start > cue.start) return false;
    const phraseEnd = text.indexOf(",", instrument.start);
    return phraseEnd !== -1 && cue.end <= phraseEnd;
  });
}

/** "We have agreed", "his government agrees": consent to what was asked. */
const CONSENT = /\b(?:(?:has|have)\s+agreed|agrees)$/i;

/**
 * "They agreed to study a standing arrangement", "undertook to examine the request": a promise to
 * deliberate.
 */
const PROMISE_TO_DELIBERATE =
  /^\s+to\s+(?:study|consider|examine|explore|discuss|review|look into|assess)\b/i;

/**
 * "I hope that the next generation will know this border only as a place of trade": the speaker's
 * own wish, not a party's, unless what is hoped is the speaker's side's act ("I hope that by next
 * year we can open a joint police post").
 */
function personalHope(text: string, cue: Cue, clause: Span): boolean {
  return (
    cue.stage === "aspiration" &&
    /\bI\s+(?:\w+ly\s+)?$/.test(charsBefore(text, cue, 12)) &&
    /^\s*hope\b/i.test(text.slice(cue.start, cue.end + 1)) &&
    !OUR_ACT.test(text.slice(cue.end, clause.end))
  );
}
const OUR_ACT = /\bwe\s+(?:can|will|could|shall)\s+(?!be able to\b)/i;

/** "The Minister has promised me an answer before the summer": a reply to come, not a promise. */
const AN_ANSWER = /^\s+(?:(?:us|me|him|her|them|the House)\s+)?an answer\b/i;

/** How far after a "will" the words that make it no promise may end ("will, of course, keep … informed"). */
const NOT_A_PROMISE_CHARS = 60;
/** The cue's own words: "will train your officers: the first course will be held…" promises. */
const NOT_A_PROMISE_HERE = new RegExp(`^(?:${NOT_A_PROMISE.source})`, "i");

/**
 * "We agreed on three things.", "Two measures have now been agreed.", "I want to tell the House
 * what the two have undertaken to do": they announce what follows.
 */
const ANNOUNCEMENT =
  /^(?:\p{L}+\s+){0,3}(?:agreed on|have (?:now )?been agreed)\b[^,;]{0,30}$|\bagreed on (?:what|how|(?:\p{L}+ )?(?:measures|things|points|steps))\b|\bwhat\b[^,;.]{0,80}\b(?:have|has) (?:undertaken|agreed|decided|committed) to do\b|\btell (?:you|the House)\b[^,;.]{0,10}\bwhat\b[^,;.]{0,60}\bagreed\b/iu;

/** "This Record was signed in Kathmandu … in two originals": the formalities closing a document. */
const SIGNING_FORMALITY = /\b(?:in two originals|in duplicate|equally authentic)\b/i;

/** "The two sides recalled the memorandum of 2005, renewed in 2021": history, not a promise. */
const RECALLED = /\b(?:recall|recalls|recalled|recalling)\b/i;

/** "Kidnappings at sea have declined since 2021": how something has changed, not work under way. */
const TREND =
  /\b(?:declined|fallen|fell|risen|rose|increased|decreased|grown|grew|dropped|doubled|halved|tripled)\s+(?:[\w’'-]+\s+){0,3}$/i;

/** "…, once the two governments have signed an agreement": when the promise holds, not a promise. */
const IN_SIDE_CLAUSE = new RegExp(`,\\s+(?:${SIDE_CLAUSE_OPENER})\\b[^,;]*$`, "i");

/** "They agreed that the safety of the sea lanes … is a responsibility…": a view, no undertaking. */
function sharedView(text: string, cue: Cue, clause: Span): boolean {
  const agreedThat = /^agreed?(?: with [^,.;]{1,40}?)? that\b/i.exec(
    text.slice(cue.start, cue.end + 50),
  );
  if (!agreedThat) return false;
  const agreed = text.slice(cue.start + agreedThat[0].length, clause.end);
  // "…agreed that the two ministries will assess the first six months": to deliberate only.
  return !UNDERTAKING.test(agreed.replace(DELIBERATIONS, ""));
}

const UNDERTAKING = /\b(?:will|shall|would|should|can|may|(?:is|are) to)\b/i;
const DELIBERATIONS = new RegExp(NOT_A_PROMISE.source, "gi");

/**
 * An agreement or MoU is the commitment's theme when it is what is signed or sought ("signed a
 * memorandum", "to engage in more security agreements"), not when it is the setting of another
 * promise ("The agreement also covers border security…").
 */
function frameworkIsPromised(text: string, cue: Cue, match: Span): boolean {
  if (cue.stage === "agreement" && !cue.instrument) return true;
  const between = text.slice(cue.end, match.start).match(/\S+/g) ?? [];
  return match.start >= cue.end && between.length <= FRAMEWORK_OBJECT_WORDS;
}

const FRAMEWORK_OBJECT_WORDS = 8;

/** A quote longer than this is cut around its cue: a run-on text can make one "sentence" of pages. */
const MAX_QUOTE_CHARS = 1_000;

function aroundCue(text: string, clause: Span, cue: Cue): Span {
  if (clause.end - clause.start <= MAX_QUOTE_CHARS) return clause;
  const from = Math.max(clause.start, cue.start - MAX_QUOTE_CHARS / 4);
  const to = Math.min(clause.end, from + MAX_QUOTE_CHARS);
  // Whole words only: start after a space, end before one.
  const start = from === clause.start ? from : text.indexOf(" ", from) + 1;
  const end = to === clause.end ? to : text.lastIndexOf(" ", to);
  return { start, end };
}

function reason(
  text: string,
  kind: Reason["kind"],
  span: Span,
  detail: string,
  value?: string,
): Reason {
  const { start, end } = span;
  return { kind, text: text.slice(start, end), start, end, detail, ...(value && { value }) };
}

const contentWords = (quote: string) => new Set(quote.toLowerCase().match(/\p{L}{4,}/gu) ?? []);

/**
 * A statement often repeats a promise (a news report's lede and its body): the later copy of a
 * candidate with the same parties and stage and mostly the same words is dropped, its themes kept.
 */
function mergeNearDuplicates(candidates: Candidate[]): Candidate[] {
  const kept: { candidate: Candidate; words: Set<string> }[] = [];
  for (const candidate of candidates) {
    const words = contentWords(candidate.quote);
    const twin = kept.find(
      (other) =>
        other.candidate.committingCountryId === candidate.committingCountryId &&
        other.candidate.stage === candidate.stage &&
        jaccard(other.words, words) >= 0.8,
    );
    if (twin) {
      twin.candidate.themes = [...new Set([...twin.candidate.themes, ...candidate.themes])];
    } else kept.push({ candidate, words });
  }
  return kept.map(({ candidate }) => candidate);
}

function jaccard(a: Set<string>, b: Set<string>): number {
  let shared = 0;
  for (const word of a) if (b.has(word)) shared += 1;
  const union = a.size + b.size - shared;
  return union === 0 ? 1 : shared / union;
}
