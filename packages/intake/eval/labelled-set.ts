// The labelled statements of eval/statements (the tuning set) and eval/unseen (the held-out set),
// rules in eval/README.md: each text with every sentence marked pledge or not, turned into
// offsets. Loading checks every label, so a typo in a labels file fails here, naming the file and
// the field, instead of skewing the figures.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import {
  AppError,
  DIRECTIONS,
  isCountryCode,
  locatePassage,
  STAGES,
  STATEMENT_KINDS,
  THEMES,
  type Direction,
  type QuoteSpan,
  type Stage,
  type StatementKind,
  type ThemeSlug,
} from "@pledgewatch/domain";

export const STATEMENTS_DIR = new URL("./statements/", import.meta.url);
/** Statements never used to tune the extractor: they show whether the tuning set was overfitted. */
export const UNSEEN_DIR = new URL("./unseen/", import.meta.url);
/**
 * A second person's labels of some labelled statements, made without seeing the first: how far two
 * labellers agree is the ceiling for any extractor. Labels files only; the texts are those of
 * statements/ or unseen/.
 */
export const SECOND_LABELLING_DIR = new URL("./second-labelling/", import.meta.url);

/** The two sets, each scored and judged against the targets on its own. */
export const LABELLED_SETS = [
  { name: "Tuning set", dir: STATEMENTS_DIR },
  { name: "Held out (never used to tune the extractor)", dir: UNSEEN_DIR },
] as const;

/** What an analyst records for a sentence that makes a commitment. */
export interface PledgeLabel {
  committingCountryId: string;
  counterpartCountryIds: string[];
  direction: Direction;
  themes: ThemeSlug[];
  stage: Stage;
}

export interface LabelledSentence extends QuoteSpan {
  /** The commitment the sentence makes; null when it makes none. */
  pledge: PledgeLabel | null;
  note?: string;
}

/** One commitment hand-logged for the seed statement, with the passages quoted for it. */
export interface SeedCommitment {
  externalId: string;
  title: string;
  passages: QuoteSpan[];
}

export interface LabelledStatement {
  slug: string;
  title: string;
  source: string;
  kind: StatementKind;
  speakerCountryId: string;
  text: string;
  /** Every sentence of the text, in text order. */
  sentences: LabelledSentence[];
  /** Headings and datelines: text that is not a sentence, so carries no label. */
  notSentences: QuoteSpan[];
  /** The seed statement's reference commitments (empty for the other statements). */
  seedCommitments: SeedCommitment[];
}

/** A labels file as written: a pledge sentence carries its labels beside `pledge: true`. */
interface LabelsFile {
  title: string;
  source: string;
  kind: string;
  speakerCountryId: string;
  notSentences?: string[];
  sentences: ({ text: string; pledge: boolean; note?: string } & Partial<PledgeLabel>)[];
  seedCommitments?: { externalId: string; title: string; passages: string[] }[];
}

const THEME_SLUGS: readonly string[] = THEMES.map((theme) => theme.slug);

function checkLabel(ok: boolean, field: string, message: string): void {
  if (!ok) throw new AppError("VALIDATION", message, field);
}

function pledgeLabel(sentence: LabelsFile["sentences"][number]): PledgeLabel {
  const { committingCountryId, counterpartCountryIds, direction, themes, stage } = sentence;
  const check = (ok: boolean, field: string, problem: string) =>
    checkLabel(ok, field, `${problem}, in the labels of "${sentence.text}"`);
  check(
    typeof committingCountryId === "string" && isCountryCode(committingCountryId),
    "committingCountryId",
    `needs an ISO alpha-2 code, not ${committingCountryId}`,
  );
  check(
    Array.isArray(counterpartCountryIds) && counterpartCountryIds.every(isCountryCode),
    "counterpartCountryIds",
    `needs a list of ISO alpha-2 codes, not ${JSON.stringify(counterpartCountryIds)}`,
  );
  check(
    DIRECTIONS.some((known) => known === direction),
    "direction",
    `unknown: ${direction}`,
  );
  check(
    STAGES.some((known) => known === stage),
    "stage",
    `unknown: ${stage}`,
  );
  check(
    Array.isArray(themes) && themes.every((theme) => THEME_SLUGS.includes(theme)),
    "themes",
    `needs theme slugs of packages/domain, not ${JSON.stringify(themes)}`,
  );
  return { committingCountryId, counterpartCountryIds, direction, themes, stage } as PledgeLabel;
}

function labelledStatement(slug: string, text: string, labels: LabelsFile): LabelledStatement {
  checkLabel(
    STATEMENT_KINDS.some((known) => known === labels.kind),
    "kind",
    `unknown statement kind: ${labels.kind}`,
  );
  checkLabel(
    isCountryCode(labels.speakerCountryId),
    "speakerCountryId",
    "needs an ISO alpha-2 code",
  );
  const sentences = labels.sentences.map((sentence) => {
    const labelled: LabelledSentence = {
      ...locatePassage(text, sentence.text),
      pledge: sentence.pledge ? pledgeLabel(sentence) : null,
    };
    return sentence.note === undefined ? labelled : { ...labelled, note: sentence.note };
  });
  sentences.forEach((sentence, index) => {
    const previous = sentences[index - 1];
    checkLabel(
      !previous || previous.end <= sentence.start,
      "sentences",
      `out of text order or overlapping the one before: "${sentence.text}"`,
    );
  });
  return {
    slug,
    title: labels.title,
    source: labels.source,
    kind: labels.kind as StatementKind,
    speakerCountryId: labels.speakerCountryId,
    text,
    sentences,
    notSentences: (labels.notSentences ?? []).map((passage) => locatePassage(text, passage)),
    seedCommitments: (labels.seedCommitments ?? []).map(({ externalId, title, passages }) => ({
      externalId,
      title,
      passages: passages.map((passage) => locatePassage(text, passage)),
    })),
  };
}

function loadStatement(slug: string, labelsDir: URL, textDir: URL): LabelledStatement {
  const labelsFile = `${slug}.labels.json`;
  try {
    const text = readFileSync(new URL(`${slug}.txt`, textDir), "utf8");
    const labels = JSON.parse(readFileSync(new URL(labelsFile, labelsDir), "utf8")) as LabelsFile;
    return labelledStatement(slug, text, labels);
  } catch (error) {
    const field = error instanceof AppError && error.field ? ` (${error.field})` : "";
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${labelsFile}${field}: ${message}`, { cause: error });
  }
}

const slugsOf = (dir: URL, suffix: string) =>
  readdirSync(dir)
    .filter((name) => name.endsWith(suffix))
    .map((name) => name.slice(0, -suffix.length))
    .sort();

/** Every `<slug>.txt` of `dir` with its `<slug>.labels.json`, by slug. */
export function loadLabelledSet(dir: URL = STATEMENTS_DIR): LabelledStatement[] {
  return slugsOf(dir, ".txt").map((slug) => loadStatement(slug, dir, dir));
}

/** The second labeller's statements, each over the text of its namesake in either set. */
export function loadSecondLabelling(): LabelledStatement[] {
  return slugsOf(SECOND_LABELLING_DIR, ".labels.json").map((slug) => {
    const textDir = LABELLED_SETS.map((set) => set.dir).find((dir) =>
      existsSync(new URL(`${slug}.txt`, dir)),
    );
    if (!textDir) throw new Error(`second-labelling/${slug}.labels.json: no statement ${slug}.txt`);
    return loadStatement(slug, SECOND_LABELLING_DIR, textDir);
  });
}
