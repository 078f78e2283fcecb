// Turns one planned statement into rows: the statement with its text, its commitments (quoted from
// that text at exact offsets), their counterparts, themes and status histories.
import {
  THEMES,
  rolledUpProgress,
  type Stage,
  type StatementKind,
  type Status,
} from "@pledgewatch/domain";
import { sha256 } from "../seed/seed.ts";
import type { RowOf } from "./bulk-insert.ts";
import { statusHistory, type HistoryEvent } from "./history.ts";
import { isoDay, type PlannedCommitment, type PlannedStatement } from "./plan.ts";
import type { Random } from "./random.ts";
import {
  COUNTERPART_OTHERS,
  SPEAKER_TITLES,
  commitmentSentence,
  commitmentTitle,
  drawAction,
  drawFiller,
  initiativeSentence,
  initiativeTitle,
  statementOpening,
  statementTitle,
  statusNote,
} from "./text.ts";

export const FICTIONAL_PUBLISHER = "Pledgewatch data generator (fictional)";

export interface Country {
  id: string;
  name: string;
}

export interface GeneratorContext {
  random: Random;
  /** Countries from most to least involved. */
  countries: Country[];
  /** Draws an index into `countries`, heavy-tailed. */
  drawCountry: (random: Random) => number;
}

export interface StatementRows {
  statement: RowOf<"statement">;
  commitments: RowOf<"commitment">[];
  counterparts: RowOf<"counterpart">[];
  themes: RowOf<"theme">[];
  quotes: RowOf<"quote">[];
  statusEvents: RowOf<"statusEvent">[];
}

const STATEMENT_KINDS: Partial<Record<StatementKind, number>> = {
  joint_statement: 30,
  news_report: 25,
  speech: 15,
  press_release: 12,
  communique: 10,
  mou: 8,
};
const STAGE_WEIGHTS: Record<Stage, number> = {
  aspiration: 20,
  pledge: 40,
  agreement: 25,
  programme: 15,
};
const PROGRESS_RANGE: Record<Exclude<Status, "not_assessed">, [number, number]> = {
  in_progress: [5, 80],
  stalled: [0, 50],
  partially_fulfilled: [20, 90],
  fulfilled: [100, 100],
  broken: [0, 30],
};
const EXPLICIT_INITIATIVE_PROGRESS = 0.15;
const THEMES_PER_COMMITMENT = { 1: 55, 2: 30, 3: 15 };

const id = (prefix: string, n: number) => `${prefix}${String(n).padStart(7, "0")}`;
const at = (day: string, hour: number) => `${day}T${String(hour).padStart(2, "0")}:00:00.000+00:00`;

/** A partial date of the day: mostly the full day, sometimes only the month or the year. */
function reduced(random: Random, day: string, weights = { day: 80, month: 15, year: 5 }) {
  const precision = random.weighted(weights);
  return precision === "day" ? day : precision === "month" ? day.slice(0, 7) : day.slice(0, 4);
}

function drawDeadline(random: Random, statementDay: string): string | null {
  if (random.chance(0.25)) return null;
  const year = Number(statementDay.slice(0, 4)) + random.int(1, 5);
  const month = String(random.int(1, 12)).padStart(2, "0");
  const day = `${year}-${month}-${random.pick(["01", "15", "28"])}`;
  return reduced(random, day, { day: 15, month: 35, year: 50 });
}

function drawThemes(random: Random, count: number) {
  const chosen = new Set<(typeof THEMES)[number]>();
  while (chosen.size < count) chosen.add(random.pick(THEMES));
  return [...chosen];
}

/** The rows of a status history, numbered from `firstNumber`. */
function statusEventRows(
  random: Random,
  commitmentId: string,
  history: HistoryEvent[],
  firstNumber: number,
): RowOf<"statusEvent">[] {
  return history.map((event, n) => {
    const eventId = id("ge", firstNumber + n);
    return {
      id: eventId,
      commitmentId,
      fromStatus: event.fromStatus,
      toStatus: event.toStatus,
      occurredOn: event.occurredOn,
      note: random.chance(0.7)
        ? statusNote(event.toStatus as Exclude<Status, "not_assessed">)
        : null,
      evidenceUrl: event.withEvidence ? `https://example.org/fictional/evidence/${eventId}` : null,
      recordedAt: at(event.occurredOn, 10 + (n % 8)),
    };
  });
}

/** Statement `index` of the plan, with global numbering of commitments, quotes and events. */
export function statementRows(
  context: GeneratorContext,
  plan: PlannedStatement,
  index: number,
  planned: PlannedCommitment[],
  firstEvent: number,
): StatementRows {
  const { random, countries, drawCountry } = context;
  const day = isoDay(plan.day);
  const publishedOn = reduced(random, day);
  const firstIndex = drawCountry(random);
  let secondIndex = drawCountry(random);
  while (secondIndex === firstIndex) secondIndex = drawCountry(random);
  const first = countries[firstIndex] as Country;
  const second = countries[secondIndex] as Country;
  const kind = random.weighted(STATEMENT_KINDS);
  const statementId = id("gs", index);

  const sentences: string[] = [
    statementOpening(kind, index + 1, first.name, second.name, publishedOn),
  ];
  const rows: Omit<StatementRows, "statement"> = {
    commitments: [],
    counterparts: [],
    themes: [],
    quotes: [],
    statusEvents: [],
  };
  let textLength = (sentences[0] as string).length;
  const addSentence = (sentence: string) => {
    const start = textLength + 1;
    sentences.push(sentence);
    textLength = start + sentence.length;
    return { start, end: textLength };
  };

  let eventNumber = firstEvent;
  const childProgress: (number | null)[] = [];
  for (let k = 0; k < plan.count; k += 1) {
    const commitmentIndex = plan.first + k;
    const { isInitiative, parent, status, events } = planned[commitmentIndex] as PlannedCommitment;
    const commitmentId = id("gc", commitmentIndex);
    const [committing, counterpart] = random.chance(0.7) ? [first, second] : [second, first];
    const themes = drawThemes(random, Number(random.weighted(THEMES_PER_COMMITMENT)));
    const mutual = random.chance(0.35);
    const stage = random.weighted(STAGE_WEIGHTS);
    const targetOn = isInitiative ? null : drawDeadline(random, day);
    const themeNames = themes.map((theme) => theme.name);
    let title: string;
    let sentence: string;
    if (isInitiative) {
      title = initiativeTitle(committing.name, counterpart.name, themeNames[0] as string);
      sentence = initiativeSentence(committing.name, counterpart.name, themeNames);
    } else {
      const action = drawAction(random, themeNames);
      title = commitmentTitle(mutual, committing.name, counterpart.name, action);
      sentence = commitmentSentence({
        stage,
        mutual,
        committing: committing.name,
        counterpart: counterpart.name,
        action,
        deadline: targetOn,
      });
    }
    if (random.chance(0.4)) addSentence(drawFiller(random));
    const span = addSentence(sentence);
    rows.quotes.push({
      id: id("gq", commitmentIndex),
      statementId,
      commitmentId,
      ...span,
      text: sentence,
    });

    const counterpartIds = [counterpart.id];
    if (random.chance(0.12)) {
      const third = countries[drawCountry(random)] as Country;
      if (third.id !== committing.id && third.id !== counterpart.id) counterpartIds.push(third.id);
    }
    for (const countryId of counterpartIds) rows.counterparts.push({ commitmentId, countryId });
    for (const theme of themes) rows.themes.push({ commitmentId, themeSlug: theme.slug });

    const history = statusHistory(random, plan.day, events, status);
    const eventRows = statusEventRows(random, commitmentId, history, eventNumber);
    eventNumber += eventRows.length;
    rows.statusEvents.push(...eventRows);
    const lastEventOn = history.at(-1)?.occurredOn ?? null;
    const startedOn =
      history.find((event) => event.toStatus === "in_progress")?.occurredOn.slice(0, 7) ?? null;
    const progress = status === "not_assessed" ? null : random.int(...PROGRESS_RANGE[status]);
    if (parent >= 0) childProgress.push(progress);
    rows.commitments.push({
      id: commitmentId,
      title,
      description: random.chance(0.3)
        ? `Fictional: generated by Pledgewatch, quoted from fictional statement no. ${index + 1}.`
        : null,
      kind: isInitiative ? "initiative" : "commitment",
      parentId: parent >= 0 ? id("gc", parent) : null,
      committingCountryId: committing.id,
      counterpartOther: random.chance(0.05) ? random.pick(COUNTERPART_OTHERS) : null,
      direction: mutual ? "mutual" : "unilateral",
      stage,
      status,
      progress,
      progressExplicit: 0,
      announcedOn: publishedOn,
      targetOn,
      startedOn,
      completedOn: status === "fulfilled" ? lastEventOn : null,
      lastEventOn,
      createdAt: at(day, 9),
      updatedAt: eventRows.at(-1)?.recordedAt ?? at(day, 9),
    });
  }
  // The initiative (first of its statement) shows the roll-up of its parts unless an assessor set
  // its progress explicitly. A not-assessed initiative has no assessed parts (see plan.ts).
  const initiative = rows.commitments[0];
  if (initiative?.kind === "initiative") {
    const explicit =
      initiative.status !== "not_assessed" && random.chance(EXPLICIT_INITIATIVE_PROGRESS);
    if (explicit) initiative.progressExplicit = 1;
    else initiative.progress = rolledUpProgress(childProgress);
  }
  sentences.push(drawFiller(random));
  const text = sentences.join(" ");
  const speakerCountry = random.chance(0.5) ? first : second;
  return {
    statement: {
      id: statementId,
      title: statementTitle(kind, first.name, second.name, index + 1),
      kind,
      publisher: FICTIONAL_PUBLISHER,
      publishedOn,
      eventName:
        kind === "speech" || kind === "communique"
          ? `Fictional ${first.name}–${second.name} security dialogue`
          : null,
      eventLocation: kind === "speech" || kind === "communique" ? speakerCountry.name : null,
      eventOn: kind === "speech" || kind === "communique" ? publishedOn : null,
      speakerName: kind === "speech" ? `Fictional speaker no. ${index + 1}` : null,
      speakerTitle: kind === "speech" ? random.pick(SPEAKER_TITLES) : null,
      speakerCountryId: kind === "speech" ? speakerCountry.id : null,
      language: "en",
      text,
      textSha256: sha256(text),
      createdAt: at(day, 9),
      updatedAt: at(day, 9),
    },
    ...rows,
  };
}
